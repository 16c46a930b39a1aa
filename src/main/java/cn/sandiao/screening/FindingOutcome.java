package cn.sandiao.screening;

/** What became of a dispute a round found: registered as a case (source 网格排查), or settled on the spot. */
public enum FindingOutcome {
    REGISTERED("登记受理"),
    SETTLED_ON_SPOT("当场化解");

    private final String label;

    FindingOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
