package cn.sandiao.organization;

/** A mediator's post on the committee (职务); the label is what the spreadsheet shows. */
public enum MediatorRole {
    DIRECTOR("主任"),
    DEPUTY_DIRECTOR("副主任"),
    MEMBER("委员"),
    MEDIATOR("调解员");

    private final String label;

    MediatorRole(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
