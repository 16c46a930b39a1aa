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
import java.time.LocalDate;

/** A written notice to the petitioner: what was decided or answered, on which day, by whom. */
@Entity
@Table(name = "petition_notice")
public class PetitionNotice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "petition_id")
    private Long petitionId;

    @Enumerated(EnumType.STRING)
    private NoticeKind kind;

    private String content;

    @Column(name = "issued_on")
    private LocalDate issuedOn;

    @Column(name = "issued_by")
    private String issuedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected PetitionNotice() {
    }

    PetitionNotice(Long petitionId, NoticeKind kind, String content, LocalDate issuedOn, String issuedBy,
                   Instant recordedAt) {
        this.petitionId = petitionId;
        this.kind = kind;
        this.content = content;
        this.issuedOn = issuedOn;
        this.issuedBy = issuedBy;
        this.recordedAt = recordedAt;
    }

    public Long getPetitionId() {
        return petitionId;
    }

    public NoticeKind getKind() {
        return kind;
    }

    public String getContent() {
        return content;
    }

    public LocalDate getIssuedOn() {
        return issuedOn;
    }

    public String getIssuedBy() {
        return issuedBy;
    }
}
