package cn.sandiao.dispute;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Appends to and reads a case's history; every feature records its steps here. */
@Service
public class CaseTimeline {

    private final CaseEventRepository events;
    private final AuditLog auditLog;

    CaseTimeline(CaseEventRepository events, AuditLog auditLog) {
        this.events = events;
        this.auditLog = auditLog;
    }

    /** A step of the case; every step is a change of the case's state and goes into the audit trail too. */
    @Transactional
    public void record(Long caseId, CaseEventType type, String actor, String summary, String detail) {
        events.save(new CaseEvent(caseId, Instant.now(), actor, type, summary, detail));
        auditLog.record(actor, AuditAction.CASE_CHANGED, caseId, type.label() + "：" + summary);
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> of(Long caseId) {
        return events.findByCaseIdOrderByOccurredAtAscIdAsc(caseId);
    }
}
