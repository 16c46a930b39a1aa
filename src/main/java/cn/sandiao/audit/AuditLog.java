package cn.sandiao.audit;

import java.time.Clock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail. Each line joins the caller's transaction, so what did not happen is not recorded. */
@Service
public class AuditLog {

    /** audit_event.actor (V6__audit.sql). */
    private static final int ACTOR_LENGTH = 64;

    private final AuditEventRepository events;
    private final Clock clock;

    AuditLog(AuditEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    /** An entry about a case of either kind, or about none when {@code subject} is null. */
    @Transactional
    public void record(Subject subject, String actor, AuditAction action, String detail) {
        events.save(new AuditEvent(actorOf(actor), action, subject, truncate(detail), clock.instant()));
    }

    /** An entry about a dispute by its id, or about no case when {@code caseId} is null (exports). */
    @Transactional
    public void record(String actor, AuditAction action, Long caseId, String detail) {
        record(caseId == null ? null : Subject.dispute(caseId, null), actor, action, detail);
    }

    /** For events whose request fails afterwards (a refused login): kept even though the caller rolls back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordAlone(String actor, AuditAction action, String detail) {
        events.save(new AuditEvent(actorOf(actor), action, null, truncate(detail), clock.instant()));
    }

    /** A login attempt may name anyone in any length: the trail keeps what fits its column, and "?" for nobody. */
    private static String actorOf(String actor) {
        if (actor == null || actor.isBlank()) {
            return "?";
        }
        return actor.length() <= ACTOR_LENGTH ? actor : actor.substring(0, ACTOR_LENGTH - 1) + "…";
    }

    private static String truncate(String detail) {
        return detail == null || detail.length() <= 1000 ? detail : detail.substring(0, 1000);
    }
}
