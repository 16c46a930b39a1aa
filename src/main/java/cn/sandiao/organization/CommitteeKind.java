package cn.sandiao.organization;

/**
 * Kinds of mediation bodies: people's mediation from the village up to the county's professional committees,
 * the departments that mediate disputes tied to their duties (行政调解), and the court (诉前调解).
 */
public enum CommitteeKind {
    VILLAGE("村（社区）人民调解委员会"),
    TOWNSHIP("乡镇（街道）人民调解委员会"),
    COUNTY_CENTRE("县社会矛盾纠纷调处中心"),
    PROFESSIONAL("县专业人民调解委员会"),
    DEPARTMENT("行政调解部门"),
    COURT("人民法院");

    private final String label;

    CommitteeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
