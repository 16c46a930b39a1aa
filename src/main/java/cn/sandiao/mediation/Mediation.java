package cn.sandiao.mediation;

import cn.sandiao.dispute.Channel;
import cn.sandiao.dispute.EscalationChoice;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.workflow.RunningLimit;
import cn.sandiao.workflow.DeadlineRule;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One mediation attempt by one committee: accepted on a day, due by its rule, ended with a result. */
@Entity
public class Mediation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "mediation_level")
    private MediationLevel level;

    @Column(name = "committee_code")
    private String committeeCode;

    @Column(name = "mediator_id")
    private String mediatorId;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Column(name = "due_on")
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "due_rule")
    private DeadlineRule dueRule;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "parties_consent")
    private Boolean partiesConsent;

    @Column(name = "refusal_reason")
    private String refusalReason;

    @Enumerated(EnumType.STRING)
    private MediationResult result;

    @Enumerated(EnumType.STRING)
    @Column(name = "agreement_form")
    private AgreementForm agreementForm;

    @Column(name = "agreement_content")
    private String agreementContent;

    @Column(name = "agreement_amount")
    private BigDecimal agreementAmount;

    @Column(name = "performance_deadline")
    private LocalDate performanceDeadline;

    @Column(name = "agreement_signed_on")
    private LocalDate agreementSignedOn;

    @Column(name = "failure_reason")
    private String failureReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "escalate_to")
    private EscalationChoice escalateTo;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Version
    private long version;

    protected Mediation() {
    }

    Mediation(Long caseId, Channel channel, MediationLevel level, String committeeCode, String mediatorId,
              LocalDate acceptedOn, LocalDate dueOn, DeadlineRule dueRule, Instant startedAt) {
        this.caseId = caseId;
        this.channel = channel;
        this.level = level;
        this.committeeCode = committeeCode;
        this.mediatorId = mediatorId;
        this.acceptedOn = acceptedOn;
        this.dueOn = dueOn;
        this.dueRule = dueRule;
        this.startedAt = startedAt;
    }

    /** Another mediator of the committee carries on, or none until one takes the task ({@code null}). */
    void handOverTo(String mediatorId) {
        this.mediatorId = mediatorId;
    }

    /** A pause or an extension of the clock moved the last day. */
    void moveDue(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    RunningLimit clock() {
        return new RunningLimit(caseId, dueRule, id, acceptedOn);
    }

    void consent(boolean given, String refusalReason, Instant at) {
        this.partiesConsent = given;
        this.refusalReason = refusalReason;
        if (!given) {
            end(MediationResult.REFUSED, at);
        }
    }

    void succeed(AgreementForm form, String content, BigDecimal amount, LocalDate performanceDeadline, Instant at) {
        this.agreementForm = form;
        this.agreementContent = content;
        this.agreementAmount = amount;
        this.performanceDeadline = performanceDeadline;
        end(MediationResult.SUCCESS, at);
    }

    /** The signed copy of the written agreement came in: it took effect on the day the parties signed it. */
    void agreementSigned(LocalDate signedOn) {
        this.agreementSignedOn = signedOn;
    }

    void fail(MediationResult result, String reason, EscalationChoice escalateTo, Instant at) {
        this.failureReason = reason;
        this.escalateTo = result == MediationResult.FAILED ? escalateTo : null;
        end(result, at);
    }

    private void end(MediationResult result, Instant at) {
        this.result = result;
        this.endedAt = at;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Channel getChannel() {
        return channel;
    }

    public MediationLevel getLevel() {
        return level;
    }

    public String getCommitteeCode() {
        return committeeCode;
    }

    public String getMediatorId() {
        return mediatorId;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public EscalationChoice getEscalateTo() {
        return escalateTo;
    }

    public DeadlineRule getDueRule() {
        return dueRule;
    }

    public Boolean getPartiesConsent() {
        return partiesConsent;
    }

    public String getRefusalReason() {
        return refusalReason;
    }

    public MediationResult getResult() {
        return result;
    }

    public AgreementForm getAgreementForm() {
        return agreementForm;
    }

    public String getAgreementContent() {
        return agreementContent;
    }

    public BigDecimal getAgreementAmount() {
        return agreementAmount;
    }

    public LocalDate getPerformanceDeadline() {
        return performanceDeadline;
    }

    public String getFailureReason() {
        return failureReason;
    }

    public LocalDate getAgreementSignedOn() {
        return agreementSignedOn;
    }

    public Instant getEndedAt() {
        return endedAt;
    }
}
