package cn.sandiao.petition;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A petition (信访事项): who brought it, against whom, what it asks, and whether it repeats an earlier one. */
@Entity
@Table(name = "petition")
public class Petition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_no")
    private String petitionNo;

    @Enumerated(EnumType.STRING)
    private PetitionForm form;

    @Enumerated(EnumType.STRING)
    private PetitionCategory category;

    private String respondent;

    @Column(name = "region_code")
    private String regionCode;

    private String content;

    private String demand;

    @Enumerated(EnumType.STRING)
    private PetitionStatus status;

    @Column(name = "repeat_of")
    private Long repeatOf;

    @Column(name = "repeat_evidence")
    private String repeatEvidence;

    @Column(name = "received_on")
    private LocalDate receivedOn;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Column(name = "acceptance_due")
    private LocalDate acceptanceDue;

    @Column(name = "accepted_on")
    private LocalDate acceptedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "acceptance_decision")
    private AcceptanceDecision acceptanceDecision;

    @Column(name = "acceptance_route")
    private String acceptanceRoute;

    @Column(name = "handling_due")
    private LocalDate handlingDue;

    @Column(name = "extended_days")
    private Integer extendedDays;

    @Column(name = "dispute_case_id")
    private Long disputeCaseId;

    @Column(name = "mediation_result")
    private String mediationResult;

    @Column(name = "replied_on")
    private LocalDate repliedOn;

    @Column(name = "reply_content")
    private String replyContent;

    @Enumerated(EnumType.STRING)
    private PetitionEvaluation evaluation;

    @Column(name = "evaluated_on")
    private LocalDate evaluatedOn;

    @Column(name = "evaluation_comment")
    private String evaluationComment;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "closure_note")
    private String closureNote;

    @Version
    private long version;

    @OneToMany(mappedBy = "petition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Petitioner> petitioners = new ArrayList<>();

    protected Petition() {
    }

    Petition(PetitionForm form, PetitionCategory category, String respondent, String regionCode, String content,
             String demand, LocalDate receivedOn) {
        this.form = form;
        this.category = category;
        this.respondent = respondent;
        this.regionCode = regionCode;
        this.content = content;
        this.demand = demand;
        this.receivedOn = receivedOn;
        this.status = PetitionStatus.REGISTERED;
    }

    void register(String petitionNo, Instant at, String by, LocalDate acceptanceDue) {
        this.petitionNo = petitionNo;
        this.registeredAt = at;
        this.registeredBy = by;
        this.acceptanceDue = acceptanceDue;
    }

    void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void decide(AcceptanceDecision decision, String route, LocalDate on) {
        this.acceptanceDecision = decision;
        this.acceptanceRoute = route;
        this.acceptedOn = on;
        this.status = switch (decision) {
            case ACCEPT -> PetitionStatus.ACCEPTED;
            case REFER_TO_MEDIATION -> PetitionStatus.IN_MEDIATION;
            case GUIDE_TO_PROCEDURE -> PetitionStatus.GUIDED;
            case TRANSFER_POLITICAL_LEGAL, TRANSFER_AUTHORITY -> PetitionStatus.TRANSFERRED;
        };
        if (decision != AcceptanceDecision.ACCEPT && decision != AcceptanceDecision.REFER_TO_MEDIATION) {
            this.closedOn = on;
            this.closureNote = decision.label() + (route == null ? "" : "：" + route);
        }
    }

    void startHandlingClock(LocalDate due) {
        this.handlingDue = due;
    }

    void extendHandling(int days, LocalDate newDue) {
        this.extendedDays = (extendedDays == null ? 0 : extendedDays) + days;
        this.handlingDue = newDue;
    }

    void referredTo(Long caseId) {
        this.disputeCaseId = caseId;
    }

    /** The mediation's result arrived; a failed one sends the petition back to a decision on its route. */
    void mediated(String result, String resultLabel, boolean succeeded, LocalDate on) {
        this.mediationResult = result;
        if (succeeded) {
            close(PetitionStatus.CLOSED, on, "访调对接调解成功：" + resultLabel);
        } else {
            this.status = PetitionStatus.REGISTERED;
        }
    }

    void reply(LocalDate on, String content) {
        this.repliedOn = on;
        this.replyContent = content;
        this.status = PetitionStatus.REPLIED;
    }

    void evaluate(PetitionEvaluation evaluation, LocalDate on, String comment) {
        this.evaluation = evaluation;
        this.evaluatedOn = on;
        this.evaluationComment = comment;
    }

    void moveTo(PetitionStatus status) {
        this.status = status;
    }

    void close(PetitionStatus end, LocalDate on, String note) {
        this.status = end;
        this.closedOn = on;
        this.closureNote = note;
    }

    public String petitionerNames() {
        return petitioners.stream().map(Petitioner::getName).reduce((a, b) -> a + "、" + b).orElse("");
    }

    void addPetitioner(Petitioner petitioner) {
        petitioner.attachTo(this, petitioners.size() + 1);
        petitioners.add(petitioner);
    }

    void markRepeatOf(Long earlierId, String evidence) {
        this.repeatOf = earlierId;
        this.repeatEvidence = evidence;
    }

    public boolean isRepeat() {
        return repeatOf != null;
    }

    public Long getId() {
        return id;
    }

    public String getPetitionNo() {
        return petitionNo;
    }

    public PetitionForm getForm() {
        return form;
    }

    public PetitionCategory getCategory() {
        return category;
    }

    public String getRespondent() {
        return respondent;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getContent() {
        return content;
    }

    public String getDemand() {
        return demand;
    }

    public PetitionStatus getStatus() {
        return status;
    }

    public Long getRepeatOf() {
        return repeatOf;
    }

    public String getRepeatEvidence() {
        return repeatEvidence;
    }

    public LocalDate getReceivedOn() {
        return receivedOn;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public LocalDate getAcceptanceDue() {
        return acceptanceDue;
    }

    public LocalDate getAcceptedOn() {
        return acceptedOn;
    }

    public AcceptanceDecision getAcceptanceDecision() {
        return acceptanceDecision;
    }

    public String getAcceptanceRoute() {
        return acceptanceRoute;
    }

    public LocalDate getHandlingDue() {
        return handlingDue;
    }

    public Integer getExtendedDays() {
        return extendedDays;
    }

    public Long getDisputeCaseId() {
        return disputeCaseId;
    }

    public String getMediationResult() {
        return mediationResult;
    }

    public LocalDate getRepliedOn() {
        return repliedOn;
    }

    public String getReplyContent() {
        return replyContent;
    }

    public PetitionEvaluation getEvaluation() {
        return evaluation;
    }

    public LocalDate getEvaluatedOn() {
        return evaluatedOn;
    }

    public String getEvaluationComment() {
        return evaluationComment;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public String getClosureNote() {
        return closureNote;
    }

    public List<Petitioner> getPetitioners() {
        return petitioners;
    }
}
