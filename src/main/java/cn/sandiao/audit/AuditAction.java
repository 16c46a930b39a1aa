package cn.sandiao.audit;

public enum AuditAction {
    LOGIN_SUCCEEDED("登录成功"),
    LOGIN_FAILED("登录失败"),
    LOGIN_LOCKED("暂停登录"),
    ACCOUNT_UNLOCKED("管理员解锁账户"),
    /** A step of a dispute or a petition (the subject says which); the name is older than petitions' entries. */
    CASE_CHANGED("办理步骤"),
    PERSONAL_DATA_VIEWED("查看个人信息"),
    EXPORTED("导出"),
    /** A record of the organisation (region, committee, mediator, training, expert) added or changed by an import. */
    ORGANIZATION_CHANGED("组织机构变更"),
    /** A staff account opened by the organisation's administrator, with its role and office. */
    ACCOUNT_OPENED("开立账号"),
    /** A staff account closed: its mediator left the roster. */
    ACCOUNT_DISABLED("停用账号"),
    PASSWORD_CHANGED("修改密码"),
    /** Harm prevented (防止民转刑 …), recorded for the statistics. */
    PREVENTION_RECORDED("登记防止事项"),
    /** A screening round (矛盾纠纷排查) with the disputes it found, recorded for the statistics. */
    SCREENING_RECORDED("登记矛盾纠纷排查"),
    /** audit_event.action is varchar(40): names stay within it. */
    PERSONAL_DATA_REENCRYPTED("个人信息重新加密");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
