package cn.sandiao.document;

import cn.sandiao.petition.NoticeKind;

/**
 * The papers the product issues: for a dispute case, in the order a people's mediation case file (卷宗) holds them
 * (those added later follow the follow-up record, in that order among themselves; the binder puts each in its place);
 * then, in one block, a petition's notices and opinions.
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
    CASE_FILE("人民调解卷宗", "case-file"),

    // --- a petition's papers (信访工作条例 2022; see docs/documents.md), one for each notice the petition records
    /** 受理告知书: accepted, with the way and procedure of handling (第二十三条). */
    PETITION_ACCEPTANCE(NoticeKind.ACCEPTANCE, "petition-acceptance"),
    /** 导入法定途径告知书: to be handled in a legal procedure instead (第三十一条第一至五项). */
    PETITION_GUIDANCE(NoticeKind.GUIDANCE, "petition-guidance"),
    /** 转送告知书: sent to the organ that may handle it, or to the 政法部门 (第二十二条、第二十三条、第二十八条第二款). */
    PETITION_TRANSFER(NoticeKind.TRANSFER, "petition-transfer"),
    /** 访调对接告知书: mediated with both parties' consent (第三十三条). */
    PETITION_MEDIATION_REFERRAL(NoticeKind.MEDIATION_REFERRAL, "petition-mediation-referral"),
    /** 延期办理告知书: the handling period extended, with the reason (第三十四条). */
    PETITION_EXTENSION(NoticeKind.EXTENSION, "petition-extension"),
    /** 信访处理意见书: the answer to a claim (第三十一条第六项、第三十二条), review within 30 days (第三十五条). */
    PETITION_REPLY(NoticeKind.REPLY, "petition-reply"),
    /** 复查意见书 (第三十五条), re-review within 30 days (第三十六条第一款). */
    PETITION_REVIEW_OPINION(NoticeKind.REVIEW_OPINION, "petition-review-opinion"),
    /** 复核意见书 (第三十六条), after which the same matter is not taken again (第三十六条第三款). */
    PETITION_RE_REVIEW_OPINION(NoticeKind.RE_REVIEW_OPINION, "petition-re-review-opinion"),
    /** 不再受理告知书: the same matter again after its re-review (第三十六条第三款). */
    PETITION_NOT_ACCEPTED_AGAIN(NoticeKind.NOT_ACCEPTED_AGAIN, "petition-not-accepted-again");

    private final String label;
    private final String template;
    /** The petition's notice this paper prints; null for a dispute case's papers. */
    private final NoticeKind notice;

    DocumentKind(String label, String template) {
        this.label = label;
        this.template = template;
        this.notice = null;
    }

    DocumentKind(NoticeKind notice, String template) {
        this.label = notice.label();
        this.template = template;
        this.notice = notice;
    }

    /** Whether this is a petition's paper (issued under /api/petitions), not a dispute case's. */
    public boolean ofPetition() {
        return notice != null;
    }

    /** The petition notice printed by this paper; null for a dispute case's papers. */
    public NoticeKind notice() {
        return notice;
    }

    /** The petition's paper printing that notice. */
    public static DocumentKind of(NoticeKind notice) {
        return java.util.Arrays.stream(values()).filter(kind -> kind.notice == notice).findFirst().orElseThrow();
    }

    public String label() {
        return label;
    }

    String template() {
        return template;
    }
}
