package cn.sandiao.organization;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.hibernate.annotations.BatchSize;

/** A mediation committee (调委会) or the county centre; its mediators form the Camunda group {@code groupId}. */
@Entity
public class Committee {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private CommitteeKind kind;

    @Column(name = "region_code")
    private String regionCode;

    /** For a professional committee: its field, the dispute type it handles (e.g. TRAFFIC). */
    private String specialty;

    @Column(name = "group_id")
    private String groupId;

    private boolean active;

    /** The dispute types it takes; none listed means it takes every type. */
    @ElementCollection
    @CollectionTable(name = "committee_dispute_type", joinColumns = @JoinColumn(name = "committee_code"))
    @Column(name = "dispute_type")
    @BatchSize(size = 500) // an import compares thousands of committees: load their lists in batches
    private Set<String> disputeTypes = new TreeSet<>();

    protected Committee() {
    }

    public Committee(String code, String name, CommitteeKind kind, String regionCode, String specialty) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.regionCode = regionCode;
        this.specialty = specialty;
        this.groupId = groupIdOf(code, kind);
        this.active = true;
    }

    /** A copy outside any persistence context, for the routing's catalogue kept in memory (CommitteeCatalogue). */
    Committee detachedCopy() {
        Committee copy = new Committee();
        copy.code = code;
        copy.name = name;
        copy.kind = kind;
        copy.regionCode = regionCode;
        copy.specialty = specialty;
        copy.groupId = groupId;
        copy.active = active;
        copy.disputeTypes = new TreeSet<>(disputeTypes);
        return copy;
    }

    /**
     * {@code mediator-<code>} for a people's mediation committee, {@code admin-mediator-<code>} for a department,
     * the role group {@code court} for the court.
     */
    public static String groupIdOf(String code, CommitteeKind kind) {
        return switch (kind) {
            case DEPARTMENT -> "admin-mediator-" + code;
            case COURT -> Roles.COURT;
            default -> "mediator-" + code;
        };
    }

    /**
     * New particulars from the county's roster. The kind may change only where the Camunda group stays the same
     * (the importer refuses the rest), since open tasks are offered to that group.
     */
    void revise(String newName, CommitteeKind newKind, String newRegionCode, String newSpecialty,
                Collection<String> newDisputeTypes) {
        if (!groupIdOf(code, newKind).equals(groupId)) {
            throw new IllegalArgumentException("调委会类型的改变会改变其调解员组：" + code);
        }
        this.name = newName;
        this.kind = newKind;
        this.regionCode = newRegionCode;
        this.specialty = newSpecialty;
        this.disputeTypes.clear();
        this.disputeTypes.addAll(newDisputeTypes);
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
    }

    /** Whether it takes disputes of this type. */
    public boolean takes(String disputeType) {
        return disputeTypes.isEmpty() || disputeTypes.contains(disputeType);
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public CommitteeKind getKind() {
        return kind;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getSpecialty() {
        return specialty;
    }

    public String getGroupId() {
        return groupId;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getDisputeTypes() {
        return Set.copyOf(disputeTypes);
    }
}
