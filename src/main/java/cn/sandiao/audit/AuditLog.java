package cn.sandiao.audit;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail. Each line joins the caller's transaction, so what did not happen is not recorded. */
@Service
public class AuditLog {

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    @Transactional
    public void record(String actor, AuditAction action, Long caseId, String detail) {
        events.save(new AuditEvent(actor, action, caseId, truncate(detail), clock.instant()));
    }

    /** For events whose request fails afterwards (a refused login): kept even though the caller rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String actor, AuditAction action, String detail) {
        events.save(new AuditEvent(actor, action, null, truncate(detail), clock.instant()));
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }
}
