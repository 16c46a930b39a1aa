package cn.sandiao.organization;

import java.util.List;

/**
 * The sheets of the organisation's spreadsheet (template, import, export), each with its Chinese headings in
 * order and an example row. The example row (second row, first cell starting with {@link #EXAMPLE_MARK}) shows
 * how to fill a sheet and is never imported, so the template itself uploads as "nothing to change".
 */
enum OrganizationSheet {
    REGIONS("区划", List.of(Col.REGION_CODE, Col.NAME, Col.PARENT_CODE, Col.ACTIVE),
            List.of("990101001001", "东村", "990101001", "是")),
    COMMITTEES("调委会", List.of(Col.CODE, Col.NAME, Col.KIND, Col.REGION, Col.FIELD, Col.TYPES, Col.ACTIVE),
            List.of("dongcun", "东村人民调解委员会", CommitteeKind.VILLAGE.label(), "990101001001", "",
                    "婚姻家庭纠纷、邻里纠纷", "是")),
    MEDIATORS("调解员", List.of(Col.USER_ID, Col.NAME, Col.GENDER, Col.COMMITTEE, Col.ROLE, Col.EMPLOYMENT,
            Col.PHONE, Col.EXPERTISE, Col.FROM, Col.TO, Col.ACTIVE),
            List.of("wangxiuying", "王秀英", "女", "dongcun", "主任", "兼职", "13800000000", "婚姻家庭纠纷、邻里纠纷",
                    "2024-01-01", "", "是")),
    TRAININGS("培训记录", List.of(Col.USER_ID, Col.DATE, Col.HOURS, Col.TOPIC),
            List.of("wangxiuying", "2025-06-18", "8", "人民调解法与调解技巧")),
    EXPERTS("专家", List.of(Col.EXPERT_CODE, Col.NAME, Col.PROFESSION, Col.FIELD, Col.PHONE, Col.PANEL, Col.ACTIVE),
            List.of("expert-001", "张律师", "律师", "合同债务纠纷", "13800000001", "county-centre", "是"));

    /** The headings (Chinese: what the county's administrator reads and refusals name). */
    static final class Col {
        static final String REGION_CODE = "区划代码";
        static final String NAME = "名称";
        static final String PARENT_CODE = "上级区划代码";
        static final String ACTIVE = "是否有效";
        static final String CODE = "调委会编码";
        static final String KIND = "类型";
        static final String REGION = "所在区划代码";
        static final String FIELD = "专业领域";
        static final String TYPES = "受理纠纷类型";
        static final String USER_ID = "人员编号";
        static final String GENDER = "性别";
        static final String COMMITTEE = "所属调委会编码";
        static final String ROLE = "职务";
        static final String EMPLOYMENT = "专职兼职";
        static final String PHONE = "联系电话";
        static final String EXPERTISE = "擅长领域";
        static final String FROM = "任职起始日期";
        static final String TO = "任职终止日期";
        static final String DATE = "培训日期";
        static final String HOURS = "学时";
        static final String TOPIC = "培训内容";
        static final String EXPERT_CODE = "专家编号";
        static final String PROFESSION = "职业";
        static final String PANEL = "所属专家库（调委会编码）";

        private Col() {
        }
    }

    static final String EXAMPLE_MARK = "【示例】";

    private final String title;
    private final List<String> headings;
    private final List<String> example;

    OrganizationSheet(String title, List<String> headings, List<String> example) {
        this.title = title;
        this.headings = headings;
        this.example = example;
    }

    String title() {
        return title;
    }

    List<String> headings() {
        return headings;
    }

    /** The example row, its first cell marked so that an upload skips it. */
    List<String> example() {
        List<String> marked = new java.util.ArrayList<>(example);
        marked.set(0, EXAMPLE_MARK + marked.get(0));
        return marked;
    }

    int column(String heading) {
        return headings.indexOf(heading);
    }
}
