package cn.sandiao.petition;

/** What the office decides on a received petition (信访工作条例 第二十三、二十八、三十一、三十三条). */
public enum AcceptanceDecision {
    ACCEPT("受理"),
    GUIDE_TO_PROCEDURE("导入法定途径（第三十一条第一至五项）"),
    TRANSFER_POLITICAL_LEGAL("转政法部门（诉访分离，第二十八条第二款）"),
    TRANSFER_AUTHORITY("转送有权处理的机关、单位（第二十三条）"),
    REFER_TO_MEDIATION("访调对接，经双方同意调解（第三十三条）");

    private final String label;

    AcceptanceDecision(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
