package cn.sandiao.organization;

import cn.sandiao.common.crypto.EncryptedStringConverter;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;

/** A people's mediator on a committee's roster; {@code userId} is the Camunda user. */
@Entity
public class Mediator {

    @Id
    @Column(name = "user_id")
    private String userId;

    private String name;

    @Column(name = "committee_code")
    private String committeeCode;

    private boolean active;

    @Enumerated(EnumType.STRING)
    private Gender gender;

    @Enumerated(EnumType.STRING)
    @Column(name = "mediator_role")
    private MediatorRole role;

    @Enumerated(EnumType.STRING)
    private Employment employment;

    /** Encrypted like the parties' phones. */
    @Convert(converter = EncryptedStringConverter.class)
    private String phone;

    @Column(name = "active_from")
    private LocalDate activeFrom;

    @Column(name = "active_to")
    private LocalDate activeTo;

    /** Fields of expertise, as dispute types. */
    @ElementCollection
    @CollectionTable(name = "mediator_expertise", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "dispute_type")
    @BatchSize(size = 500) // an import compares thousands of mediators: load their lists in batches
    private Set<String> expertise = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "mediator_training", joinColumns = @JoinColumn(name = "user_id"))
    @BatchSize(size = 500)
    private List<TrainingRecord> trainings = new ArrayList<>();

    protected Mediator() {
    }

    public Mediator(String userId, String name, String committeeCode) {
        this.userId = userId;
        this.name = name;
        this.committeeCode = committeeCode;
        this.active = true;
    }

    /** The particulars the county's roster keeps for a mediator (all but the committee's own code may change). */
    void revise(Particulars particulars) {
        this.name = particulars.name();
        this.committeeCode = particulars.committeeCode();
        this.gender = particulars.gender();
        this.role = particulars.role();
        this.employment = particulars.employment();
        this.phone = particulars.phone();
        this.activeFrom = particulars.activeFrom();
        this.activeTo = particulars.activeTo();
        this.expertise.clear();
        this.expertise.addAll(particulars.expertise());
    }

    /** What a mediator's row of the roster says, apart from the id and the active flag. */
    record Particulars(String name, String committeeCode, Gender gender, MediatorRole role, Employment employment,
                       String phone, Collection<String> expertise, LocalDate activeFrom, LocalDate activeTo) {
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    /** Records a training, or corrects the hours of one already recorded (same day and topic). */
    void recordTraining(TrainingRecord training) {
        trainings.removeIf(t -> t.sameTraining(training.getTrainedOn(), training.getTopic()));
        trainings.add(training);
    }

    public Optional<TrainingRecord> training(LocalDate day, String topic) {
        return trainings.stream().filter(t -> t.sameTraining(day, topic)).findFirst();
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public String getCommitteeCode() {
        return committeeCode;
    }

    public boolean isActive() {
        return active;
    }

    public Gender getGender() {
        return gender;
    }

    public MediatorRole getRole() {
        return role;
    }

    public Employment getEmployment() {
        return employment;
    }

    public String getPhone() {
        return phone;
    }

    public LocalDate getActiveFrom() {
        return activeFrom;
    }

    public LocalDate getActiveTo() {
        return activeTo;
    }

    public Set<String> getExpertise() {
        return Set.copyOf(expertise);
    }

    public List<TrainingRecord> getTrainings() {
        return List.copyOf(trainings);
    }
}
