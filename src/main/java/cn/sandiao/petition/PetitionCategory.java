package cn.sandiao.petition;

/** The three kinds of petition the 信访工作条例 distinguishes (第十五条、第三十一条). */
public enum PetitionCategory {
    SUGGESTION("建议意见类"),
    ACCUSATION("检举控告类"),
    CLAIM("申诉求决类");

    private final String label;

    PetitionCategory(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
