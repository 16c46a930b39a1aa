package cn.sandiao.organization;

/** A person's gender (性别); the label is what the spreadsheet shows. */
public enum Gender {
    MALE("男"),
    FEMALE("女");

    private final String label;

    Gender(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
