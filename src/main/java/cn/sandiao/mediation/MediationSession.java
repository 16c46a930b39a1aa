package cn.sandiao.mediation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;
import java.time.LocalDate;

/** The record (调解记录) of one mediation session. */
@Entity
public class MediationSession {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "mediation_id")
    private Long mediationId;

    @Column(name = "session_date")
    private LocalDate sessionDate;

    private String place;

    private String participants;

    private String summary;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected MediationSession() {
    }

    MediationSession(Long mediationId, LocalDate sessionDate, String place, String participants, String summary,
                     String recordedBy, Instant recordedAt) {
        this.mediationId = mediationId;
        this.sessionDate = sessionDate;
        this.place = place;
        this.participants = participants;
        this.summary = summary;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public Long getMediationId() {
        return mediationId;
    }

    public LocalDate getSessionDate() {
        return sessionDate;
    }

    public String getPlace() {
        return place;
    }

    public String getParticipants() {
        return participants;
    }

    public String getSummary() {
        return summary;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
