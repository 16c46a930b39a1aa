package cn.sandiao.petition;

/** Where a petition stands; the last six are ends. */
public enum PetitionStatus {
    REGISTERED("已登记，待受理"),
    ACCEPTED("已受理，办理中"),
    IN_MEDIATION("访调对接，调解中"),
    REPLIED("已书面答复"),
    UNDER_REVIEW("复查中"),
    REVIEWED("已出具复查意见"),
    UNDER_RE_REVIEW("复核中"),
    CLOSED("已办结"),
    FINAL("复核终结"),
    GUIDED("已导入法定途径"),
    TRANSFERRED("已转送"),
    NOT_ACCEPTED_AGAIN("不再受理");

    private final String label;

    PetitionStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
