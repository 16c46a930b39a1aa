package cn.sandiao.mediation;

public enum MediationResult {
    SUCCESS("调解成功"),
    FAILED("调解不成"),
    WITHDRAWN("当事人撤回"),
    REFUSED("当事人拒绝调解");

    private final String label;

    MediationResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
