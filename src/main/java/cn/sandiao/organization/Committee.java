package cn.sandiao.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

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

    /** For a professional committee: the dispute type it handles (e.g. TRAFFIC). */
    private String specialty;

    @Column(name = "group_id")
    private String groupId;

    protected Committee() {
    }

    public Committee(String code, String name, CommitteeKind kind, String regionCode, String specialty) {
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.regionCode = regionCode;
        this.specialty = specialty;
        this.groupId = groupIdOf(code, kind);
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
}
