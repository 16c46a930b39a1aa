package cn.sandiao.document;

/** What an uploaded file is, as the case file (卷宗) sorts it. */
public enum AttachmentCategory {
    IDENTITY_DOCUMENT("当事人身份证明"),
    POWER_OF_ATTORNEY("授权委托书"),
    /** The printed 人民调解调查记录 as filled in by hand and signed. */
    INVESTIGATION_RECORD("人民调解调查记录"),
    EVIDENCE("证据材料"),
    SIGNED_AGREEMENT("签署的人民调解协议书"),
    SERVED_NOTICE("已送达的文书"),
    PERFORMANCE_PROOF("履行凭证");

    private final String label;

    AttachmentCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Identity papers are personal data through and through: only those who work the case may open them. */
    boolean isIdentity() {
        return this == IDENTITY_DOCUMENT;
    }
}
