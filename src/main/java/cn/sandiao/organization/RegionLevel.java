package cn.sandiao.organization;

/** Levels of the county's administrative tree. */
public enum RegionLevel {
    COUNTY("县"),
    TOWNSHIP("乡镇（街道）"),
    VILLAGE("村（社区）");

    private final String label;

    RegionLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
