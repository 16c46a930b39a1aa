package cn.sandiao.dispute;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads a case's history; every feature records its steps here. */
@Service
public class CaseTimeline {

    /** The log context key of the case number; the engine puts a case's business key under the same name. */
    public static final String LOG_CASE_NO = "caseNo";
    private static final Logger log = LoggerFactory.getLogger(CaseTimeline.class);

    private final CaseEventRepository events;
    private final DisputeCaseRepository cases;
    private final AuditLog auditLog;
    private final Clock clock;

    CaseTimeline(CaseEventRepository events, DisputeCaseRepository cases, AuditLog auditLog, Clock clock) {
        this.events = events;
        this.cases = cases;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /**
     * A step of the case; every step is a change of the case's state and goes into the audit trail and the log
     * too. The log line names the case by its number and leaves out the detail, which may quote the parties.
     */
    @Transactional
    public void record(Long caseId, CaseEventType type, String actor, String summary, String detail) {
        events.save(new CaseEvent(caseId, clock.instant(), actor, type, summary, detail));
        auditLog.record(actor, AuditAction.CASE_CHANGED, caseId, type.label() + "：" + summary);
        String outer = MDC.get(LOG_CASE_NO);
        MDC.put(LOG_CASE_NO, cases.findById(caseId).map(DisputeCase::getCaseNo).orElse(String.valueOf(caseId)));
        try {
            log.atInfo().addKeyValue("event", type.name()).addKeyValue("actor", actor)
                    .log(summary);
        } finally {
            if (outer == null) {
                MDC.remove(LOG_CASE_NO);
            } else {
                MDC.put(LOG_CASE_NO, outer);
            }
        }
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> of(Long caseId) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
    }
}
