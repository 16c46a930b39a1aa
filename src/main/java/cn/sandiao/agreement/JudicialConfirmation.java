package cn.sandiao.agreement;

import cn.sandiao.workflow.RunningLimit;
import cn.sandiao.workflow.DeadlineRule;
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

/** The judicial confirmation of one written people's-mediation agreement, from the parties' window to the ruling. */
@Entity
@Table(name = "judicial_confirmation")
public class JudicialConfirmation {

    public enum Status { WINDOW_OPEN, WINDOW_CLOSED, ACCEPTED, RULED }

    public enum Ruling {
        CONFIRMED("裁定确认调解协议有效"),
        REJECTED("裁定驳回申请");

        private final String label;

        Ruling(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Where the parties go after a rejection (人民调解法 第三十三条第三款). */
    public enum RejectedRoute {
        MEDIATION("通过人民调解方式变更原协议或达成新协议"),
        LITIGATION("向人民法院提起诉讼");

        private final String label;

        RejectedRoute(String label) {
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

    @Column(name = "window_ends_on")
    private LocalDate windowEndsOn;

    /** Null until the signed agreement is uploaded: the window then counts from the outcome's day. */
    @Column(name = "agreement_effective_on")
    private LocalDate agreementEffectiveOn;

    @Enumerated(EnumType.STRING)
    private Status status;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "ruling_due_on")
    private LocalDate rulingDueOn;

    @Enumerated(EnumType.STRING)
    private Ruling ruling;

    @Column(name = "ruling_reason")
    private String rulingReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "rejected_route")
    private RejectedRoute rejectedRoute;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Version
    private long version;

    protected JudicialConfirmation() {
    }

    JudicialConfirmation(Long caseId, Long mediationId, LocalDate windowEndsOn) {
        this.caseId = caseId;
        this.mediationId = mediationId;
        this.windowEndsOn = windowEndsOn;
        this.status = Status.WINDOW_OPEN;
    }

    void accept(LocalDate on, LocalDate rulingDueOn) {
        this.status = Status.ACCEPTED;
        this.acceptedOn = on;
        this.rulingDueOn = rulingDueOn;
    }

    /** The court's clock for its ruling, from the day it accepted the application. */
    RunningLimit rulingClock() {
        return new RunningLimit(caseId, DeadlineRule.JUDICIAL_CONFIRMATION_RULING, id, acceptedOn);
    }

    void moveWindowEnd(LocalDate windowEndsOn) {
        this.windowEndsOn = windowEndsOn;
    }

    /** The signed agreement came in: the window counts from the day it took effect (人民调解法 第三十三条). */
    void agreementTookEffect(LocalDate on, LocalDate windowEndsOn) {
        this.agreementEffectiveOn = on;
        this.windowEndsOn = windowEndsOn;
    }

    /** The day the window counts from: the day the agreement took effect if known, else {@code outcomeDay}. */
    LocalDate windowStart(LocalDate outcomeDay) {
        return agreementEffectiveOn != null ? agreementEffectiveOn : outcomeDay;
    }

    void moveRulingDue(LocalDate rulingDueOn) {
        this.rulingDueOn = rulingDueOn;
    }

    void closeWindow() {
        this.status = Status.WINDOW_CLOSED;
    }

    void rule(Ruling ruling, String reason, RejectedRoute rejectedRoute, String judge, Instant at) {
        this.status = Status.RULED;
        this.ruling = ruling;
        this.rulingReason = reason;
        this.rejectedRoute = ruling == Ruling.REJECTED ? rejectedRoute : null;
        this.decidedBy = judge;
        this.decidedAt = at;
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

    public LocalDate getWindowEndsOn() {
        return windowEndsOn;
    }

    public Status getStatus() {
        return status;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public LocalDate getRulingDueOn() {
        return rulingDueOn;
    }

    public Ruling getRuling() {
        return ruling;
    }

    public String getRulingReason() {
        return rulingReason;
    }

    public RejectedRoute getRejectedRoute() {
        return rejectedRoute;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
