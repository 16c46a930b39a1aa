package cn.sandiao.dispute;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads a case's history; every feature records its steps here. */
@Service
public class CaseTimeline {

    private final CaseEventRepository events;

    CaseTimeline(CaseEventRepository events) {
        this.events = events;
    }

    @Transactional
    public void record(Long caseId, CaseEventType type, String actor, String summary, String detail) {
        events.save(new CaseEvent(caseId, Instant.now(), actor, type, summary, detail));
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> of(Long caseId) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
    }
}
