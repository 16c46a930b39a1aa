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

    void register(String petitionNo, Instant at, String by) {
        this.petitionNo = petitionNo;
        this.registeredAt = at;
        this.registeredBy = by;
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

    public List<Petitioner> getPetitioners() {
        return petitioners;
    }
}
