package cn.sandiao.screening;

/** What kind of screening round (排查) a committee held; the label is what reports and forms show. */
public enum ScreeningKind {
    ROUTINE("日常排查"),
    SPECIAL_CAMPAIGN("专项排查"),
    BEFORE_HOLIDAY_OR_SENSITIVE_PERIOD("节假日及敏感时期排查");

    private final String label;

    ScreeningKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
