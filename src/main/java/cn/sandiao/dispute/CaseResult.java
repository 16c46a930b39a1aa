package cn.sandiao.dispute;

public enum CaseResult {
    SUCCEEDED("调解成功"),
    FAILED_TO_ADMINISTRATIVE("调解不成-转行政"),
    FAILED_TO_JUDICIAL("调解不成-转司法"),
    WITHDRAWN("当事人撤回"),
    DECLINED("不予受理");

    private final String label;

    CaseResult(String label) {
        this.label = label;
    }

    /** The Chinese name users read. */
    public String label() {
        return label;
    }
}
