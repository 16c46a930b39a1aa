package cn.sandiao.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;

/** A node of the region tree. Codes are hierarchical: a child's code starts with its parent's. */
@Entity
public class Region {

    @Id
    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private RegionLevel level;

    @Column(name = "parent_code")
    private String parentCode;

    protected Region() {
    }

    public Region(String code, String name, RegionLevel level, String parentCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public RegionLevel getLevel() {
        return level;
    }

    public String getParentCode() {
        return parentCode;
    }
}
