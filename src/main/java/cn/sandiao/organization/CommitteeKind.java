package cn.sandiao.organization;

/** Kinds of people's mediation bodies, from the village up to the county's professional committees. */
public enum CommitteeKind {
    VILLAGE("村（社区）人民调解委员会"),
    TOWNSHIP("乡镇（街道）人民调解委员会"),
    COUNTY_CENTRE("县社会矛盾纠纷调处中心"),
    PROFESSIONAL("县专业人民调解委员会");

    private final String label;

    CommitteeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
