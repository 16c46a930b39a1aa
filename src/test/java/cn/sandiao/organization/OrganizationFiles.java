package cn.sandiao.organization;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Spreadsheets for the import tests: a second made-up county, 和顺县 (990102), with a township, two villages, a
 * committee at each, a professional committee for property disputes, mediators, a training and an expert.
 */
final class OrganizationFiles {

    static final String COUNTY = "990102";
    static final String SHANGCUN = "990102001001";

    private final Map<OrganizationSheet, List<List<String>>> rows = new EnumMap<>(OrganizationSheet.class);

    private OrganizationFiles() {
        for (OrganizationSheet sheet : OrganizationSheet.values()) {
            rows.put(sheet, new ArrayList<>());
        }
    }

    /** A workbook with no rows, to add some to. */
    static OrganizationFiles empty() {
        return new OrganizationFiles();
    }

    static OrganizationFiles heshun() {
        OrganizationFiles file = new OrganizationFiles();
        file.add(OrganizationSheet.REGIONS, "990102", "和顺县", "", "是");
        file.add(OrganizationSheet.REGIONS, "990102001", "青石镇", "990102", "是");
        file.add(OrganizationSheet.REGIONS, SHANGCUN, "上村", "990102001", "是");
        file.add(OrganizationSheet.REGIONS, "990102001002", "下村", "990102001", "是");
        file.add(OrganizationSheet.COMMITTEES, "t-shangcun", "上村人民调解委员会", "村（居）民委员会人民调解委员会",
                SHANGCUN, "", "", "是");
        file.add(OrganizationSheet.COMMITTEES, "t-qingshi", "青石镇人民调解委员会", "乡镇（街道）人民调解委员会",
                "990102001", "", "邻里纠纷、婚姻家庭纠纷", "是");
        file.add(OrganizationSheet.COMMITTEES, "t-property", "和顺县物业纠纷人民调解委员会", "行业性专业性人民调解委员会",
                COUNTY, "物业纠纷", "物业纠纷", "是");
        file.add(OrganizationSheet.MEDIATORS, "t-m1", "钱多多", "女", "t-shangcun", "主任", "兼职", "13900001001",
                "邻里纠纷", "2025-01-01", "", "是");
        file.add(OrganizationSheet.MEDIATORS, "t-m2", "孙小明", "男", "t-property", "调解员", "专职", "0731-12345678",
                "物业纠纷", "2025-03-01", "2027-02-28", "是");
        file.add(OrganizationSheet.TRAININGS, "t-m1", "2025-05-20", "6.5", "调解协议的制作");
        file.add(OrganizationSheet.EXPERTS, "t-e1", "吴律师", "律师", "物业纠纷", "13900001101", "t-property", "是");
        return file;
    }

    OrganizationFiles add(OrganizationSheet sheet, String... cells) {
        rows.get(sheet).add(new ArrayList<>(List.of(cells)));
        return this;
    }

    /** Replaces one cell of a row already added (row 0 = the first data row). */
    OrganizationFiles set(OrganizationSheet sheet, int row, String heading, String value) {
        rows.get(sheet).get(row).set(sheet.column(heading), value);
        return this;
    }

    /** The Excel row number the next added row of {@code sheet} gets (headings 1, example 2). */
    int nextRow(OrganizationSheet sheet) {
        return rows.get(sheet).size() + 3;
    }

    byte[] xlsx() {
        return OrganizationWorkbook.write(rows, new Labels(DemoOrganizationFile.disputeTypes()).choices());
    }
}
