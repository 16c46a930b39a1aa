package cn.sandiao.document;

/**
 * The papers the product issues for a dispute case, in the order a people's mediation case file (卷宗) holds them.
 * Each has a Thymeleaf template of the same name under {@code documents/templates/} (a county may override it, see
 * {@link DocumentTemplates}).
 */
public enum DocumentKind {
    /** 人民调解受理登记表: the committee's record that it took the case in (the case file's first required item). */
    ACCEPTANCE_REGISTER("人民调解受理登记表", "acceptance-register"),
    /** 人民调解当事人权利义务告知书: the parties' rights and duties, told before mediating (人民调解法 第二十三、二十四条). */
    RIGHTS_NOTICE("人民调解当事人权利义务告知书", "rights-notice"),
    /** 人民调解记录: what each session heard and did, for the parties and the mediator to sign. */
    MEDIATION_RECORD("人民调解记录", "mediation-record"),
    /** 人民调解协议书: the written agreement the parties sign (人民调解法 第二十八条、第二十九条). */
    MEDIATION_AGREEMENT("人民调解协议书", "mediation-agreement"),
    /** 人民调解回访记录: what the follow-up visits found of the agreement's performance. */
    FOLLOW_UP_RECORD("人民调解回访记录", "follow-up-record"),
    /** 人民调解卷宗: the case bound into one file (一案一卷) with cover, contents and 卷宗情况说明 ({@link CaseFileBinder}). */
    CASE_FILE("人民调解卷宗", "case-file");

    private final String label;
    private final String template;

    DocumentKind(String label, String template) {
        this.label = label;
        this.template = template;
    }

    public String label() {
        return label;
    }

    String template() {
        return template;
    }
}
