package cn.sandiao.dispute;

import cn.sandiao.organization.MediationLevel;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A registered dispute (纠纷案件): the aggregate every task of the dispute_case process works on. */
@Entity
public class DisputeCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_no")
    private String caseNo;

    @Enumerated(EnumType.STRING)
    private DisputeSource source;

    @Enumerated(EnumType.STRING)
    @Column(name = "dispute_type")
    private DisputeType type;

    @Column(name = "region_code")
    private String regionCode;

    private String description;

    private BigDecimal amount;

    @Column(name = "people_involved")
    private int peopleInvolved;

    @Column(name = "abnormal_death")
    private boolean abnormalDeath;

    @Column(name = "repeated_escalation")
    private boolean repeatedEscalation;

    @Enumerated(EnumType.STRING)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    private RiskLevel riskLevel;

    @Column(name = "risk_reason")
    private String riskReason;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    @Column(name = "mediation_level")
    private MediationLevel mediationLevel;

    @Column(name = "committee_code")
    private String committeeCode;

    @Enumerated(EnumType.STRING)
    private CaseResult result;

    @Column(name = "closure_note")
    private String closureNote;

    @Column(name = "decline_reason")
    private String declineReason;

    @Enumerated(EnumType.STRING)
    @Column(name = "decline_route")
    private DeclineRoute declineRoute;

    @Column(name = "registered_at")
    private Instant registeredAt;

    @Column(name = "registered_by")
    private String registeredBy;

    @Column(name = "triage_due")
    private LocalDate triageDue;

    @Column(name = "triaged_at")
    private Instant triagedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** The limit the closure is measured against (按期办结). */
    @Column(name = "closing_due")
    private LocalDate closingDue;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    /** Set when a court handed the case in (source COURT_ENTRUSTED); null otherwise. */
    @Embedded
    private CourtEntrustment courtEntrustment;

    @Version
    private long version;

    @OneToMany(mappedBy = "disputeCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Party> parties = new ArrayList<>();

    protected DisputeCase() {
    }

    DisputeCase(DisputeSource source, DisputeType type, String regionCode, String description, BigDecimal amount,
                int peopleInvolved, boolean abnormalDeath, boolean repeatedEscalation) {
        this.source = source;
        this.type = type;
        this.regionCode = regionCode;
        this.description = description;
        this.amount = amount;
        this.peopleInvolved = peopleInvolved;
        this.abnormalDeath = abnormalDeath;
        this.repeatedEscalation = repeatedEscalation;
        this.status = CaseStatus.REGISTERED;
    }

    void register(String caseNo, Instant at, String by, LocalDate triageDue) {
        this.caseNo = caseNo;
        this.registeredAt = at;
        this.registeredBy = by;
        this.triageDue = triageDue;
    }

    void addParty(Party party) {
        party.attachTo(this, parties.size() + 1);
        parties.add(party);
    }

    void moveTriageDue(LocalDate triageDue) {
        this.triageDue = triageDue;
    }

    void linkProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    void accept(DisputeType type, RiskLevel riskLevel, String riskReason, Channel channel,
                MediationLevel mediationLevel, Instant at) {
        this.type = type;
        this.riskLevel = riskLevel;
        this.riskReason = riskReason;
        this.channel = channel;
        this.mediationLevel = mediationLevel;
        this.triagedAt = at;
        this.status = CaseStatus.MEDIATING;
    }

    /** Handed in by a court to the body it named: accepted as it comes, no triage of ours. */
    void entrustedBy(CourtEntrustment entrustment, RiskLevel riskLevel, String riskReason, MediationLevel level,
                     Instant at) {
        this.courtEntrustment = entrustment;
        accept(type, riskLevel, riskReason, Channel.PEOPLE, level, at);
    }

    void decline(String reason, DeclineRoute route, Instant at) {
        this.declineReason = reason;
        this.declineRoute = route;
        this.triagedAt = at;
    }

    /** The body now mediating: a committee of people's mediation, a department or the court. */
    void mediatedBy(MediationLevel level, String committeeCode) {
        this.mediationLevel = level;
        this.committeeCode = committeeCode;
        this.channel = Channel.of(level);
    }

    /** Mediated again after its agreement failed; the earlier closure stays in the timeline. */
    void reopen() {
        this.result = null;
        this.closureNote = null;
        this.closedAt = null;
        this.closingDue = null;
        this.status = CaseStatus.MEDIATING;
    }

    void close(CaseResult result, String note, Instant at, LocalDate limit) {
        this.result = result;
        this.closureNote = note;
        this.closedAt = at;
        this.closingDue = limit;
        this.status = CaseStatus.CLOSED;
    }

    public CourtEntrustment getCourtEntrustment() {
        return courtEntrustment;
    }

    public Long getId() {
        return id;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public DisputeSource getSource() {
        return source;
    }

    public DisputeType getType() {
        return type;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getDescription() {
        return description;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public int getPeopleInvolved() {
        return peopleInvolved;
    }

    public boolean isAbnormalDeath() {
        return abnormalDeath;
    }

    public boolean isRepeatedEscalation() {
        return repeatedEscalation;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public RiskLevel getRiskLevel() {
        return riskLevel;
    }

    public String getRiskReason() {
        return riskReason;
    }

    public Channel getChannel() {
        return channel;
    }

    public MediationLevel getMediationLevel() {
        return mediationLevel;
    }

    public String getCommitteeCode() {
        return committeeCode;
    }

    public CaseResult getResult() {
        return result;
    }

    public String getClosureNote() {
        return closureNote;
    }

    public String getDeclineReason() {
        return declineReason;
    }

    public DeclineRoute getDeclineRoute() {
        return declineRoute;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public LocalDate getTriageDue() {
        return triageDue;
    }

    public Instant getTriagedAt() {
        return triagedAt;
    }

    public LocalDate getClosingDue() {
        return closingDue;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public List<Party> getParties() {
        return parties;
    }
}
