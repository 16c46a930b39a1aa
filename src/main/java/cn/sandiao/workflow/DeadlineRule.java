package cn.sandiao.workflow;

/**
 * The clocks the workflow enforces, each with the rule that sets it. The codes are the ones the
 * deadline catalogue publishes; a limit is written here once and nowhere else.
 */
public enum DeadlineRule {
    TRIAGE("受理审查与分流", 1, DeadlineUnit.WORKING_DAYS,
            "本地工作规范（\"问题不过夜\"），非法律规定"),
    PEOPLE_MEDIATION("人民调解", 1, DeadlineUnit.MONTHS,
            "《人民调解工作若干规定》第三十三条（一般在一个月内调结）"),
    SUPERVISOR_RESPONSE("督办与临期提醒处理", 1, DeadlineUnit.WORKING_DAYS,
            "本地工作规范，非法律规定");

    private final String title;
    private final int limit;
    private final DeadlineUnit unit;
    private final String basis;

    DeadlineRule(String title, int limit, DeadlineUnit unit, String basis) {
        this.title = title;
        this.limit = limit;
        this.unit = unit;
        this.basis = basis;
    }

    public String title() {
        return title;
    }

    public int limit() {
        return limit;
    }

    public DeadlineUnit unit() {
        return unit;
    }

    public String basis() {
        return basis;
    }

    /** e.g. "人民调解期限1个月，依据《人民调解工作若干规定》第三十三条…". */
    public String describe() {
        return title + "期限" + limit + unit.label() + "，依据" + basis;
    }
}
