package cn.sandiao.dispute;

/** Where the parties ask a failed mediation to go next (recorded on the outcome; DMN dispute_escalation decides). */
public enum EscalationChoice {
    NEXT_LEVEL("提交上一级调解组织"),
    ADMINISTRATIVE("申请主管部门行政调解"),
    JUDICIAL("向人民法院申请诉前调解或起诉"),
    NONE("不再调解");

    private final String label;

    EscalationChoice(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
