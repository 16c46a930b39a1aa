package cn.sandiao.petition;

/** Review by the next-higher authority (复查, 第三十五条) and re-review above it (复核, 第三十六条). */
public enum ReviewLevel {
    REVIEW("复查"),
    RE_REVIEW("复核");

    private final String label;

    ReviewLevel(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
