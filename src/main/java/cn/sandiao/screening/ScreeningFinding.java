package cn.sandiao.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A dispute a screening round found, and what became of it: a registered case (its id and number), or settled on the
 * spot or prevented (with a note). It keeps its round's day and region, so that the statistics count it from its own
 * row. A short description only: the parties' names, ID numbers and phones belong to the case, encrypted there.
 */
@Entity
@Table(name = "screening_finding")
public class ScreeningFinding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "round_id")
    private Long roundId;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Column(name = "region_code")
    private String regionCode;

    private String description;

    @Enumerated(EnumType.STRING)
    private FindingOutcome outcome;

    @Column(name = "case_id")
    private Long caseId;

    @Column(name = "case_no")
    private String caseNo;

    @Column(name = "settled_note")
    private String settledNote;

    protected ScreeningFinding() {
    }

    private ScreeningFinding(ScreeningRound round, String description, FindingOutcome outcome, Long caseId,
                             String caseNo, String settledNote) {
        this.roundId = round.getId();
        this.heldOn = round.getHeldOn();
        this.regionCode = round.getRegionCode();
        this.description = description;
        this.outcome = outcome;
        this.caseId = caseId;
        this.caseNo = caseNo;
        this.settledNote = settledNote;
    }

    static ScreeningFinding registered(ScreeningRound round, String description, Long caseId, String caseNo) {
        return new ScreeningFinding(round, description, FindingOutcome.REGISTERED, caseId, caseNo, null);
    }

    /** Settled on the spot or prevented: no case, a note of what was done. */
    static ScreeningFinding withoutCase(ScreeningRound round, String description, FindingOutcome outcome, String note) {
        if (!outcome.handledWithoutCase()) {
            throw new IllegalArgumentException("a registered finding names its case");
        }
        return new ScreeningFinding(round, description, outcome, null, null, note);
    }

    public Long getId() {
        return id;
    }

    public Long getRoundId() {
        return roundId;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getDescription() {
        return description;
    }

    public FindingOutcome getOutcome() {
        return outcome;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getCaseNo() {
        return caseNo;
    }

    public String getSettledNote() {
        return settledNote;
    }
}
