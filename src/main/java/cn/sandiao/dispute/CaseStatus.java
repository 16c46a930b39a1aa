package cn.sandiao.dispute;

public enum CaseStatus {
    REGISTERED("待受理审查"),
    MEDIATING("调解中"),
    CLOSED("已结案");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    /** The Chinese name users read. */
    public String label() {
        return label;
    }
}
