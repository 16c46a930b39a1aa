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

    /** Null for entries about no case (a login, an export). */
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind")
    private SubjectKind subjectKind;

    @Column(name = "subject_id")
    private Long subjectId;

    private String detail;

    protected AuditEvent() {
    }

    AuditEvent(String actor, AuditAction action, Subject subject, String detail, Instant occurredAt) {
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.action = action;
        this.subjectKind = subject == null ? null : subject.kind();
        this.subjectId = subject == null ? null : subject.id();
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

    public SubjectKind getSubjectKind() {
        return subjectKind;
    }

    public Long getSubjectId() {
        return subjectId;
    }

    public String getDetail() {
        return detail;
    }
}
