package cn.sandiao.organization;

import cn.sandiao.dispute.DisputeType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo county's organisation as rows of its spreadsheet: what src/main/resources/organization/
 * demo-organization.xlsx holds. The product never builds the organisation in Java; this test utility only
 * writes the committed file (DemoOrganizationFileWriter), and DemoOrganizationFileTest checks that the file still says this.
 * All names, codes and phones are made up.
 */
final class DemoOrganizationFile {

    static final Path TARGET = Path.of("src/main/resources", DemoOrganization.FILE);

    private DemoOrganizationFile() {
    }

    static Map<OrganizationSheet, List<List<String>>> rows() {
        Map<OrganizationSheet, List<List<String>>> rows = new EnumMap<>(OrganizationSheet.class);
        rows.put(OrganizationSheet.REGIONS, List.of(
                List.of("990101", "和美县", "", "是"),
                List.of("990101001", "城关镇", "990101", "是"),
                List.of("990101002", "乐安镇", "990101", "是"),
                List.of("990101001001", "东村", "990101001", "是"),
                List.of("990101001002", "西村", "990101001", "是"),
                List.of("990101002001", "南村", "990101002", "是"),
                List.of("990101002002", "北村", "990101002", "是")));
        String village = CommitteeKind.VILLAGE.label();
        String township = CommitteeKind.TOWNSHIP.label();
        String department = CommitteeKind.DEPARTMENT.label();
        rows.put(OrganizationSheet.COMMITTEES, List.of(
                List.of("beicun", "北村人民调解委员会", village, "990101002002", "", "", "是"),
                List.of("chengguan", "城关镇人民调解委员会", township, "990101001", "", "", "是"),
                List.of("county-centre", "和美县社会矛盾纠纷调处中心（专家库）", CommitteeKind.COUNTY_CENTRE.label(),
                        "990101", "", "", "是"),
                List.of("county-court", "和美县人民法院", CommitteeKind.COURT.label(), "990101", "", "", "是"),
                List.of("dongcun", "东村人民调解委员会", village, "990101001001", "", "", "是"),
                List.of("health", "和美县卫生健康委员会", department, "990101", "", "", "是"),
                List.of("hrss", "和美县人力资源和社会保障局", department, "990101", "", "", "是"),
                List.of("lean", "乐安镇人民调解委员会", township, "990101002", "", "", "是"),
                List.of("market", "和美县市场监督管理局", department, "990101", "", "", "是"),
                List.of("medical", "和美县医疗纠纷人民调解委员会", CommitteeKind.PROFESSIONAL.label(), "990101",
                        DisputeType.MEDICAL.label(), DisputeType.MEDICAL.label(), "是"),
                List.of("nancun", "南村人民调解委员会", village, "990101002001", "", "", "是"),
                List.of("natural-resources", "和美县自然资源局", department, "990101", "", "", "是"),
                List.of("traffic", "和美县道路交通事故纠纷人民调解委员会", CommitteeKind.PROFESSIONAL.label(), "990101",
                        DisputeType.TRAFFIC.label(), DisputeType.TRAFFIC.label(), "是"),
                List.of("traffic-police", "和美县公安局交通管理大队", department, "990101", "", "", "是"),
                List.of("xicun", "西村人民调解委员会", village, "990101001002", "", "", "是")));
        rows.put(OrganizationSheet.MEDIATORS, List.of(
                mediator("beicun-mediator", "周丽华", "女", "beicun", "主任", "兼职", "13900000005", "邻里纠纷"),
                mediator("centre-mediator", "郑明", "男", "county-centre", "调解员", "专职", "13900000007",
                        "合同债务纠纷、土地承包经营纠纷"),
                mediator("court", "何法官", "男", "county-court", "调解员", "专职", "", ""),
                mediator("lean-mediator", "吴海涛", "男", "lean", "主任", "兼职", "13900000006", "邻里纠纷"),
                mediator("mediator", "王秀英", "女", "dongcun", "主任", "兼职", "13900000001", "婚姻家庭纠纷、邻里纠纷"),
                mediator("mediator2", "李建国", "男", "chengguan", "副主任", "专职", "13900000002", "征地拆迁纠纷"),
                mediator("medical-mediator", "陈静", "女", "medical", "主任", "专职", "13900000009", "医疗纠纷"),
                mediator("nancun-mediator", "孙志强", "男", "nancun", "委员", "兼职", "13900000004", "邻里纠纷"),
                mediator("officer", "韩卫东", "男", "traffic-police", "调解员", "专职", "", "道路交通事故纠纷"),
                mediator("traffic-mediator", "冯晓东", "男", "traffic", "主任", "专职", "13900000008", "道路交通事故纠纷"),
                mediator("xicun-mediator", "赵桂兰", "女", "xicun", "委员", "兼职", "13900000003", "婚姻家庭纠纷")));
        rows.put(OrganizationSheet.TRAININGS, List.of(
                List.of("mediator", "2025-06-18", "8", "人民调解法与调解技巧"),
                List.of("mediator2", "2025-06-18", "8", "人民调解法与调解技巧"),
                List.of("traffic-mediator", "2025-09-10", "4", "道路交通事故损害赔偿")));
        rows.put(OrganizationSheet.EXPERTS, List.of(
                List.of("expert-001", "周律师", "律师", DisputeType.CONTRACT_DEBT.label(), "13900000101", "county-centre", "是"),
                List.of("expert-002", "林医生", "医师", DisputeType.MEDICAL.label(), "13900000102", "county-centre", "是"),
                List.of("expert-003", "高工程师", "交通事故鉴定人", DisputeType.TRAFFIC.label(), "13900000103",
                        "county-centre", "是")));
        return rows;
    }

    private static List<String> mediator(String userId, String name, String gender, String committee, String role,
                                         String employment, String phone, String expertise) {
        return List.of(userId, name, gender, committee, role, employment, phone, expertise, "2024-01-01", "", "是");
    }

    static DisputeTypes disputeTypes() {
        Map<String, String> labels = new LinkedHashMap<>();
        Arrays.stream(DisputeType.values()).forEach(type -> labels.put(type.name(), type.label()));
        return () -> labels;
    }

    /** Writes the committed file: {@code ./mvnw -o -q test -Dtest=DemoOrganizationFileWriter}. */
    static void write() throws IOException {
        Files.write(TARGET, OrganizationWorkbook.write(rows(), new Labels(disputeTypes()).choices()));
    }
}
