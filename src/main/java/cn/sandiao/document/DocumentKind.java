package cn.sandiao.document;

/**
 * The papers the product issues for a dispute case, in the order a people's mediation case file (卷宗) holds them
 * (those added later follow the follow-up record, in that order among themselves; the binder puts each in its place).
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
    /**
     * 人民调解调查记录: printed with the case's heading and blank ruled fields, filled by hand during the investigation
     * and signed; the signed record comes back as an upload ({@link AttachmentCategory#INVESTIGATION_RECORD}).
     */
    INVESTIGATION_RECORD("人民调解调查记录", "investigation-record"),
    /** 人民调解口头协议登记表: the committee's record of an oral agreement (人民调解法 第二十八条、第三十条). */
    ORAL_AGREEMENT_REGISTER("人民调解口头协议登记表", "oral-agreement-register"),
    /** 司法确认申请书: the parties' joint application to the court (人民调解法 第三十三条, 民事诉讼法 第二百零五条). */
    CONFIRMATION_APPLICATION("司法确认申请书", "confirmation-application"),
    /** The committee's written report to the court on a case it entrusted (特邀调解规定 第十九条至第二十一条、第二十六条). */
    COURT_REPORT("委派（委托）调解结果报告", "court-report"),
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
