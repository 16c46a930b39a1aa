package cn.sandiao.dispute;

public enum DisputeSource {
    WALK_IN("来访"),
    PHONE_12345("电话/12345热线"),
    GRID_SCREENING("网格排查"),
    POLICE_REFERRAL("公安移交（警调对接）"),
    COURT_ENTRUSTED("法院委派委托（诉调对接）"),
    PETITION_TRANSFER("信访转入（访调对接）"),
    DEPARTMENT_REFERRAL("部门移交");

    private final String label;

    DisputeSource(String label) {
        this.label = label;
    }

    /** The Chinese name users read. */
    public String label() {
        return label;
    }
}
