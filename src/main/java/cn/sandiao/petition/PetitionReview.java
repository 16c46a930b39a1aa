package cn.sandiao.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;

/** A request for review (复查) or re-review (复核) and the opinion given on it. */
@Entity
@Table(name = "petition_review")
public class PetitionReview {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id")
    private Long petitionId;

    @Enumerated(EnumType.STRING)
    private ReviewLevel level;

    @Column(name = "requested_on")
    private LocalDate requestedOn;

    @Column(name = "request_reason")
    private String requestReason;

    @Column(name = "requested_by")
    private String requestedBy;

    @Column(name = "opinion_due")
    private LocalDate opinionDue;

    private String opinion;

    @Enumerated(EnumType.STRING)
    @Column(name = "opinion_result")
    private OpinionResult opinionResult;

    @Column(name = "opinion_on")
    private LocalDate opinionOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Version
    private long version;

    protected PetitionReview() {
    }

    PetitionReview(Long petitionId, ReviewLevel level, LocalDate requestedOn, String requestReason,
                   String requestedBy, LocalDate opinionDue) {
        this.petitionId = petitionId;
        this.level = level;
        this.requestedOn = requestedOn;
        this.requestReason = requestReason;
        this.requestedBy = requestedBy;
        this.opinionDue = opinionDue;
    }

    void decide(String opinion, OpinionResult result, LocalDate on, String by) {
        this.opinion = opinion;
        this.opinionResult = result;
        this.opinionOn = on;
        this.decidedBy = by;
    }

    void moveDue(LocalDate due) {
        this.opinionDue = due;
    }

    public Long getId() {
        return id;
    }

    public Long getPetitionId() {
        return petitionId;
    }

    public ReviewLevel getLevel() {
        return level;
    }

    public LocalDate getRequestedOn() {
        return requestedOn;
    }

    public String getRequestReason() {
        return requestReason;
    }

    public LocalDate getOpinionDue() {
        return opinionDue;
    }

    public String getOpinion() {
        return opinion;
    }

    public OpinionResult getOpinionResult() {
        return opinionResult;
    }

    public LocalDate getOpinionOn() {
        return opinionOn;
    }

    public String getDecidedBy() {
        return decidedBy;
    }
}
