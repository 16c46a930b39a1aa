package cn.sandiao.agreement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The follow-up visit (回访) on an agreement once its performance deadline has passed. */
@Entity
@Table(name = "follow_up")
public class FollowUp {

    public enum Performance {
        FULL("已全部履行"),
        PARTIAL("部分履行"),
        NONE("未履行");

        private final String label;

        Performance(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What follows an agreement that was not performed. */
    public enum NextStep {
        REMEDIATION("重新调解"),
        ENFORCEMENT("申请人民法院强制执行（已经司法确认）"),
        LITIGATION("引导向人民法院起诉");

        private final String label;

        NextStep(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "mediation_id")
    private Long mediationId;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    private Performance performance;

    @Enumerated(EnumType.STRING)
    @Column(name = "next_step")
    private NextStep nextStep;

    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Version
    private long version;

    protected FollowUp() {
    }

    FollowUp(Long caseId, Long mediationId, LocalDate dueOn) {
        this.caseId = caseId;
        this.mediationId = mediationId;
        this.dueOn = dueOn;
    }

    void record(Performance performance, NextStep nextStep, String note, String by, Instant at) {
        this.performance = performance;
        this.nextStep = performance == Performance.NONE ? nextStep : null;
        this.note = note;
        this.recordedBy = by;
        this.recordedAt = at;
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

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Performance getPerformance() {
        return performance;
    }

    public NextStep getNextStep() {
        return nextStep;
    }

    public String getNote() {
        return note;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
