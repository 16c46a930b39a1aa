package cn.sandiao.dispute;

/** What the court does with a case handed to it: mediate before filing, or guide the parties to litigation. */
public enum JudicialRoute {
    PRE_LITIGATION_MEDIATION("诉前调解（委派调解）"),
    LITIGATION("引导立案诉讼");

    private final String label;

    JudicialRoute(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
