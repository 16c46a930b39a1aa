package cn.sandiao.petition;

/** What a review or re-review opinion does to the opinion below it. */
public enum OpinionResult {
    UPHELD("维持原处理意见"),
    CHANGED("撤销或变更原处理意见");

    private final String label;

    OpinionResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
