package cn.sandiao.petition;

import cn.sandiao.audit.StepType;

/**
 * The steps of a petition's history. petition_event.event_type (varchar(40)) stores the name: the names are the
 * strings the history was written with before this enum, so older rows read as before.
 */
public enum PetitionEventType implements StepType {
    REGISTERED("登记"),
    REPEAT_DETECTED("重复信访"),
    DECIDED("受理决定"),
    EXTENSION_REQUESTED("申请延期"),
    EXTENSION_REFUSED("不批准延期"),
    EXTENDED("批准延期"),
    REPLIED("书面答复"),
    REMINDED("催办"),
    SUPERVISED("逾期督办"),
    REFERRED_TO_MEDIATION("访调对接"),
    MEDIATION_RESULT("调解结果"),
    EVALUATED("信访人评价"),
    REVIEW_REQUESTED("请求复查"),
    RE_REVIEW_REQUESTED("请求复核"),
    HEARING("复核听证"),
    REVIEW_OPINION("复查意见"),
    RE_REVIEW_OPINION("复核意见"),
    CLOSED("办结"),
    FINAL("复核终结"),
    NOT_ACCEPTED_AGAIN("不再受理"),
    /** Only the synthetic data (statistics) ends a history so; the process records DECIDED for these ends. */
    GUIDED("导入法定途径"),
    TRANSFERRED("转送"),
    /** A notice or opinion printed as a numbered PDF (the document module's papers of a petition). */
    DOCUMENT_ISSUED("出具文书");

    private final String label;

    PetitionEventType(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }

    /** The step that ends a petition with the given status. */
    static PetitionEventType endedAs(PetitionStatus end) {
        return switch (end) {
            case CLOSED -> CLOSED;
            case FINAL -> FINAL;
            case NOT_ACCEPTED_AGAIN -> NOT_ACCEPTED_AGAIN;
            case GUIDED -> GUIDED;
            case TRANSFERRED -> TRANSFERRED;
            default -> throw new IllegalArgumentException("not an end of a petition: " + end);
        };
    }

    /** The step of asking for a review (复查) or a re-review (复核). */
    static PetitionEventType requested(ReviewLevel level) {
        return level == ReviewLevel.REVIEW ? REVIEW_REQUESTED : RE_REVIEW_REQUESTED;
    }

    /** The step of giving the opinion of a review or a re-review. */
    static PetitionEventType opinion(ReviewLevel level) {
        return level == ReviewLevel.REVIEW ? REVIEW_OPINION : RE_REVIEW_OPINION;
    }
}
