package cn.sandiao.mediation;

/** 人民调解法 第28条: an agreement is written (书面) or, where the parties think it unnecessary, oral (口头). */
public enum AgreementForm {
    WRITTEN("书面协议"),
    ORAL("口头协议");

    private final String label;

    AgreementForm(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
