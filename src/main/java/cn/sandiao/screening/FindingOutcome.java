package cn.sandiao.screening;

/**
 * What became of a dispute a round found: registered as a case (source 网格排查), settled on the spot, or a dispute in
 * the making that the round's workers talked down before it became one (预防纠纷). The national forms' definition of
 * 预防纠纷 was not found in a public source: the worker classifies it, and the statistics count what was classified.
 */
public enum FindingOutcome {
    REGISTERED("登记受理"),
    SETTLED_ON_SPOT("当场化解"),
    PREVENTED("预防纠纷");

    private final String label;

    FindingOutcome(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Whether the finding stays without a case and is told by a note: settled on the spot or prevented. */
    public boolean handledWithoutCase() {
        return this != REGISTERED;
    }
}
