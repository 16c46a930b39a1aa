package cn.sandiao.petition;

/** The procedures of 信访工作条例 第三十一条 items 1 to 5 a claim is guided to. */
public enum GuidedProcedure {
    LITIGATION("诉讼、复议或检察、公安机关法律程序（第三十一条第一项）"),
    ARBITRATION("仲裁（第三十一条第二项）"),
    PARTY_APPEAL("党员申诉、申请复审（第三十一条第三项）"),
    ADMINISTRATIVE("行政复议、行政裁决、行政确认、行政许可、行政处罚等行政程序（第三十一条第四项）"),
    STATUTORY_DUTY("申请查处违法行为、履行保护人身权或者财产权等职责（第三十一条第五项）");

    private final String label;

    GuidedProcedure(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
