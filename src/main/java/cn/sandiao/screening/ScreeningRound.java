package cn.sandiao.screening;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One screening round (矛盾纠纷排查) a committee held, as recorded: written once, never changed. */
@Entity
@Table(name = "screening_round")
public class ScreeningRound {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "committee_code")
    private String committeeCode;

    /** The area screened (a village, a township or the committee's whole area): where the round is counted. */
    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "held_on")
    private LocalDate heldOn;

    @Enumerated(EnumType.STRING)
    private ScreeningKind kind;

    private String participants;

    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected ScreeningRound() {
    }

    ScreeningRound(String committeeCode, String regionCode, LocalDate heldOn, ScreeningKind kind, String participants,
                   String note, String recordedBy, Instant recordedAt) {
        this.committeeCode = committeeCode;
        this.regionCode = regionCode;
        this.heldOn = heldOn;
        this.kind = kind;
        this.participants = participants;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public String getCommitteeCode() {
        return committeeCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public ScreeningKind getKind() {
        return kind;
    }

    public String getParticipants() {
        return participants;
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
