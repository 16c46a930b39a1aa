package cn.sandiao.petition;

/** The written notices a petitioner receives. */
public enum NoticeKind {
    ACCEPTANCE("受理告知书"),
    GUIDANCE("导入法定途径告知书"),
    TRANSFER("转送告知书"),
    MEDIATION_REFERRAL("访调对接告知书"),
    EXTENSION("延期办理告知书"),
    REPLY("信访处理意见书"),
    REVIEW_OPINION("复查意见书"),
    RE_REVIEW_OPINION("复核意见书"),
    NOT_ACCEPTED_AGAIN("不再受理告知书");

    private final String label;

    NoticeKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
