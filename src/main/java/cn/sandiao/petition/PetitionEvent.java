package cn.sandiao.petition;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One step in a petition's history. */
@Entity
@Table(name = "petition_event")
public class PetitionEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id")
    private Long petitionId;

    @Column(name = "occurred_at")
    private Instant occurredAt;

    private String actor;

    @Enumerated(EnumType.STRING)
    @Column(name = "event_type")
    private PetitionEventType type;

    private String summary;

    private String detail;

    protected PetitionEvent() {
    }

    PetitionEvent(Long petitionId, String actor, PetitionEventType type, String summary, String detail, Instant occurredAt) {
        this.petitionId = petitionId;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.type = type;
        this.summary = summary;
        this.detail = detail;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getActor() {
        return actor;
    }

    public PetitionEventType getType() {
        return type;
    }

    public String getSummary() {
        return summary;
    }

    public String getDetail() {
        return detail;
    }
}
