package cn.sandiao.dispute;

public enum DeclineRoute {
    LITIGATION_OR_ARBITRATION("已进入诉讼或仲裁程序，告知当事人通过该程序解决"),
    CRIMINAL("涉嫌违法犯罪，移送公安机关"),
    OUTSIDE_JURISDICTION("不属本地或本中心受理范围，告知向有权机关反映"),
    OTHER("其他");

    private final String label;

    DeclineRoute(String label) {
        this.label = label;
    }

    /** The Chinese name users read. */
    public String label() {
        return label;
    }
}
