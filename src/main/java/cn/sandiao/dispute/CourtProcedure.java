package cn.sandiao.dispute;

/** The procedure a filed case is tried under; it sets the limit of a 委托调解 (特邀调解规定 第二十七条). */
public enum CourtProcedure {
    ORDINARY("普通程序"),
    SIMPLE("简易程序");

    private final String label;

    CourtProcedure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
