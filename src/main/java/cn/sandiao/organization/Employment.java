package cn.sandiao.organization;

/** Whether a mediator works full-time (专职) or part-time (兼职); the label is what the spreadsheet shows. */
public enum Employment {
    FULL_TIME("专职"),
    PART_TIME("兼职");

    private final String label;

    Employment(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
