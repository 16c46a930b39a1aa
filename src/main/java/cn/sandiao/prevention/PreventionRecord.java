package cn.sandiao.prevention;

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

/** One incident of harm prevented, as recorded: written once, never changed. */
@Entity
@Table(name = "prevention_record")
public class PreventionRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private PreventionKind kind;

    @Column(name = "region_code")
    private String regionCode;

    @Column(name = "case_id")
    private Long caseId;

    private int people;

    @Column(name = "occurred_on")
    private LocalDate occurredOn;

    private String note;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected PreventionRecord() {
    }

    PreventionRecord(PreventionKind kind, String regionCode, Long caseId, int people, LocalDate occurredOn,
                     String note, String recordedBy, Instant recordedAt) {
        this.kind = kind;
        this.regionCode = regionCode;
        this.caseId = caseId;
        this.people = people;
        this.occurredOn = occurredOn;
        this.note = note;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public PreventionKind getKind() {
        return kind;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getPeople() {
        return people;
    }

    public LocalDate getOccurredOn() {
        return occurredOn;
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
