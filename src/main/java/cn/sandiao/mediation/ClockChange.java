package cn.sandiao.mediation;

/** What a mediator may record about the mediation's clock together with a session. */
enum ClockChange {
    PAUSE("开始鉴定，暂停计时"),
    RESUME("鉴定结束，恢复计时"),
    EXTEND("当事人同意延长调解期限");

    private final String label;

    ClockChange(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
