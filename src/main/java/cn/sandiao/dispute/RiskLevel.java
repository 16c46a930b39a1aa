package cn.sandiao.dispute;

public enum RiskLevel {
    GENERAL("一般"),
    SERIOUS("较大"),
    MAJOR("重大");

    private final String label;

    RiskLevel(String label) {
        this.label = label;
    }

    /** The Chinese name users read. */
    public String label() {
        return label;
    }
}
