package cn.sandiao.workflow;

public enum DeadlineUnit {
    CALENDAR_DAYS("日"),
    WORKING_DAYS("个工作日"),
    MONTHS("个月");

    private final String label;

    DeadlineUnit(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
