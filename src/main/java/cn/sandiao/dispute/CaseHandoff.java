package cn.sandiao.dispute;

import cn.sandiao.organization.MediationLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import java.time.Instant;

/** A hand-off of a case (联动): from one channel/level to the next, with the reason. */
@Entity
public class CaseHandoff {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_channel")
    private Channel fromChannel;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_level")
    private MediationLevel fromLevel;

    @Column(name = "from_committee")
    private String fromCommittee;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_channel")
    private Channel toChannel;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_level")
    private MediationLevel toLevel;

    private String reason;

    @Column(name = "handed_off_at")
    private Instant handedOffAt;

    private String actor;

    protected CaseHandoff() {
    }

    CaseHandoff(Long caseId, Channel fromChannel, MediationLevel fromLevel, String fromCommittee, Channel toChannel,
                MediationLevel toLevel, String reason, Instant handedOffAt, String actor) {
        this.caseId = caseId;
        this.fromChannel = fromChannel;
        this.fromLevel = fromLevel;
        this.fromCommittee = fromCommittee;
        this.toChannel = toChannel;
        this.toLevel = toLevel;
        this.reason = reason;
        this.handedOffAt = handedOffAt;
        this.actor = actor;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public Channel getFromChannel() {
        return fromChannel;
    }

    public MediationLevel getFromLevel() {
        return fromLevel;
    }

    public String getFromCommittee() {
        return fromCommittee;
    }

    public Channel getToChannel() {
        return toChannel;
    }

    public MediationLevel getToLevel() {
        return toLevel;
    }

    public String getReason() {
        return reason;
    }

    public Instant getHandedOffAt() {
        return handedOffAt;
    }

    public String getActor() {
        return actor;
    }
}
