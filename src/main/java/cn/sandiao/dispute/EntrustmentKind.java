package cn.sandiao.dispute;

/** How a court hands a case to a mediation body (最高人民法院关于人民法院特邀调解的规定 第一条). */
public enum EntrustmentKind {
    /** Before the court files the case: 委派调解. */
    BEFORE_FILING("委派调解（立案前）"),
    /** After filing, during the proceedings: 委托调解. */
    AFTER_FILING("委托调解（立案后）");

    private final String label;

    EntrustmentKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
