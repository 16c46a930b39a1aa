package cn.sandiao.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail; never changed once written. */
@Entity
@Immutable
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    private AuditAction action;

    @Column(name = "case_id")
    private Long caseId;

    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(String actor, AuditAction action, Long caseId, String detail, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.caseId = caseId;
        this.detail = detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public AuditAction getAction() {
        return action;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getDetail() {
        return detail;
    }
}
