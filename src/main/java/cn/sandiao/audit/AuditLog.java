package cn.sandiao.audit;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Writes the audit trail. Each line joins the caller's transaction, so what did not happen is not recorded. */
@Service
public class AuditLog {

    /** audit_event.actor (V6__audit.sql). */
    private static final int ACTOR_LENGTH = 64;
    private static final int BATCH_SIZE = 500;

    private final AuditEventRepository events;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditLog(AuditEventRepository events, JdbcTemplate jdbc, Clock clock) {
        this.events = events;
        this.jdbc = jdbc;
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

    /**
     * Many entries about no case at once (an organisation import changes thousands of records): sent to the
     * database in batches, which the identity-keyed entity cannot be.
     */
    @Transactional
    public void recordAll(String actor, AuditAction action, List<String> details) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        jdbc.batchUpdate("insert into audit_event (occurred_at, actor, action, detail) values (?, ?, ?, ?)", details,
                BATCH_SIZE, (statement, detail) -> {
                    statement.setObject(1, now);
                    statement.setString(2, actorOf(actor));
                    statement.setString(3, action.name());
                    statement.setString(4, truncate(detail));
                });
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
