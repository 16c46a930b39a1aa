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

    /** An inactive region stays for the cases registered in it; no new case is registered there. */
    private boolean active;

    protected Region() {
    }

    public Region(String code, String name, RegionLevel level, String parentCode) {
        this.code = code;
        this.name = name;
        this.level = level;
        this.parentCode = parentCode;
        this.active = true;
    }

    /** A place renamed (merged townships keep their code in the statistical division). */
    void rename(String newName) {
        this.name = newName;
    }

    /** A county joins the city that now runs one system for its counties (its code's prefix). */
    void placeUnderCity(String cityCode) {
        if (level != RegionLevel.COUNTY || !code.startsWith(cityCode)) {
            throw new IllegalArgumentException("只有县级区划可以归入其地级市：" + code);
        }
        this.parentCode = cityCode;
    }

    void deactivate() {
        this.active = false;
    }

    void reactivate() {
        this.active = true;
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

    public boolean isActive() {
        return active;
    }
}
