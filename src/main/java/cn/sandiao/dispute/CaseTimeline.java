package cn.sandiao.dispute;

import cn.sandiao.audit.CaseSteps;
import cn.sandiao.audit.Subject;
import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads a case's history; every feature records its steps here. */
@Service
public class CaseTimeline {

    private final CaseEventRepository events;
    private final DisputeCaseRepository cases;
    private final CaseSteps steps;
    private final Clock clock;

    CaseTimeline(CaseEventRepository events, DisputeCaseRepository cases, CaseSteps steps, Clock clock) {
        this.events = events;
        this.cases = cases;
        this.steps = steps;
        this.clock = clock;
    }

    /** A step of the case; it goes into the audit trail and the log too (see {@link CaseSteps}). */
    @Transactional
    public void record(Long caseId, CaseEventType type, String actor, String summary, String detail) {
        events.save(new CaseEvent(caseId, clock.instant(), actor, type, summary, detail));
        String caseNo = cases.findById(caseId).map(DisputeCase::getCaseNo).orElse(null);
        steps.record(Subject.dispute(caseId, caseNo), type, actor, summary);
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> of(Long caseId) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
    }
}
