package cn.sandiao.dispute;

public enum PartyRole {
    APPLICANT("申请人"),
    RESPONDENT("被申请人");

    private final String label;

    PartyRole(String label) {
        this.label = label;
    }

    /** The Chinese name users read. */
    public String label() {
        return label;
    }
}
