package cn.sandiao.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A supervisor's handling of a deadline: an acknowledged reminder (临期提醒) or a 督办 of overdue work. */
@Entity
public class Supervision {

    /** A deadline reminder, a 督办 of an overdue mediation, or the weekly instruction of a major case's leader. */
    public enum Kind { REMINDER, OVERDUE, LEADER }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "mediation_id")
    private Long mediationId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String note;

    private String supervisor;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected Supervision() {
    }

    Supervision(Long caseId, Long mediationId, Kind kind, String note, String supervisor, Instant recordedAt) {
        this.caseId = caseId;
        this.mediationId = mediationId;
        this.kind = kind;
        this.note = note;
        this.supervisor = supervisor;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Long getMediationId() {
        return mediationId;
    }

    public Kind getKind() {
        return kind;
    }

    public String getNote() {
        return note;
    }

    public String getSupervisor() {
        return supervisor;
    }
}
