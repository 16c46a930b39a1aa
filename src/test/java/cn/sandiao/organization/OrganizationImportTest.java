package cn.sandiao.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.organization.OrganizationSheet.Col;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * The organisation's spreadsheet through the API: template, dry run, apply (all or nothing), re-import, export,
 * refused rows, access. Each test removes the county it added, so the demo county stays as other tests expect it.
 */
@IntegrationTest
class OrganizationImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CommitteeDirectory directory;
    @Autowired org.camunda.bpm.engine.IdentityService identityService;
    @Autowired org.camunda.bpm.engine.AuthorizationService authorizationService;

    @AfterEach
    void removeTheTestCounty() {
        jdbc.update("delete from mediator_training where user_id like 't-%'");
        jdbc.update("delete from mediator_expertise where user_id like 't-%'");
        jdbc.update("delete from expert where code like 't-%'");
        jdbc.update("delete from mediator where user_id like 't-%'");
        jdbc.update("delete from committee_dispute_type where committee_code like 't-%'");
        jdbc.update("delete from committee where code like 't-%'");
        CommitteeStamp.renew(jdbc);
        for (int length : new int[] {12, 9, 6}) {
            jdbc.update("delete from region where code like '990102%' and length(code) = ?", length);
        }
    }

    @Test
    void shouldOfferATemplateThatUploadsAsNothingToChange() throws Exception {
        MvcResult download = mvc.perform(get("/api/organization/template.xlsx").with(httpBasic("orgadmin", "orgadmin")))
                .andExpect(status().isOk()).andReturn();
        byte[] template = download.getResponse().getContentAsByteArray();

        assertThat(download.getResponse().getContentType()).isEqualTo(XLSX);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template))) {
            for (OrganizationSheet kind : OrganizationSheet.values()) {
                Sheet sheet = workbook.getSheet(kind.title());
                assertThat(sheet).as(kind.title()).isNotNull();
                assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo(kind.headings().get(0));
                assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).startsWith(OrganizationSheet.EXAMPLE_MARK);
            }
            assertThat(workbook.getSheet("调委会").getDataValidations()).hasSizeGreaterThanOrEqualTo(3); // 类型, 专业领域, 是否有效
            assertThat(workbook.getSheet("调解员").getDataValidations()).hasSizeGreaterThanOrEqualTo(4);
        }
        JsonNode report = upload(template, false, 200);
        assertThat(report.get("summary").get("added").asInt()).isZero();
        assertThat(report.get("summary").get("unchanged").asInt()).isZero();
        assertThat(report.get("refused")).isEmpty();
    }

    @Test
    void shouldReportADryRunAndStoreNothing() throws Exception {
        JsonNode report = upload(OrganizationFiles.heshun().xlsx(), false, 200);

        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("summary").get("added").asInt()).isEqualTo(11);
        assertThat(report.get("adds").get(0).get("sheet").asText()).isEqualTo("区划");
        assertThat(report.get("adds").get(0).get("action").asText()).isEqualTo("新增");
        assertThat(report.get("adds").get(0).get("after").get("名称").asText()).isEqualTo("和顺县");
        assertThat(report.toString()).contains("139****1001").doesNotContain("13900001001");
        assertThat(stored()).isZero();
    }

    @Test
    void shouldAcceptACityAboveItsCounties() throws Exception {
        JsonNode report = upload(OrganizationFiles.heshun().set(OrganizationSheet.REGIONS, 0, Col.PARENT_CODE, "9901")
                .add(OrganizationSheet.REGIONS, "9901", "和平市", "", "是").xlsx(), false, 200);

        assertThat(report.get("summary").get("added").asInt()).isEqualTo(12);
        assertThat(report.get("refused")).isEmpty();
    }

    @Test
    void shouldApplyInOneGoAuditEachChangeAndChangeNothingTheSecondTime() throws Exception {
        long audited = audited();

        JsonNode report = upload(OrganizationFiles.heshun().xlsx(), true, 200);

        assertThat(report.get("applied").asBoolean()).isTrue();
        assertThat(stored()).isEqualTo(4);
        assertThat(jdbc.queryForObject("select phone from mediator where user_id = 't-m1'", String.class))
                .startsWith("v1:");
        assertThat(jdbc.queryForObject("select count(*) from mediator_training where user_id = 't-m1'", Long.class))
                .isOne();
        assertThat(audited() - audited).isEqualTo(11);
        assertThat(jdbc.queryForList("select detail from audit_event where action = 'ORGANIZATION_CHANGED'"
                + " and detail like '调解员 t-m1%'", String.class)).anySatisfy(detail ->
                assertThat(detail).contains("新增").contains("139****1001").doesNotContain("13900001001"));

        JsonNode again = upload(OrganizationFiles.heshun().xlsx(), true, 200);
        assertThat(again.get("summary").get("added").asInt()).isZero();
        assertThat(again.get("summary").get("changed").asInt()).isZero();
        assertThat(again.get("summary").get("deactivated").asInt()).isZero();
        assertThat(again.get("summary").get("unchanged").asInt()).isEqualTo(11);
        assertThat(audited() - audited).isEqualTo(11);
    }

    @Test
    void shouldReportChangesAndDeactivationsWithBeforeAndAfter() throws Exception {
        upload(OrganizationFiles.heshun().xlsx(), true, 200);

        JsonNode report = upload(OrganizationFiles.heshun()
                .set(OrganizationSheet.REGIONS, 3, Col.NAME, "下湾村")
                .set(OrganizationSheet.MEDIATORS, 0, Col.ACTIVE, "否").xlsx(), true, 200);

        assertThat(report.get("changes")).hasSize(1);
        assertThat(report.get("changes").get(0).get("before").get("名称").asText()).isEqualTo("下村");
        assertThat(report.get("changes").get(0).get("after").get("名称").asText()).isEqualTo("下湾村");
        assertThat(report.get("deactivations")).hasSize(1);
        assertThat(report.get("deactivations").get(0).get("key").asText()).isEqualTo("t-m1");
        assertThat(report.get("deactivations").get(0).get("row").asInt()).isEqualTo(3);
        assertThat(jdbc.queryForObject("select active from mediator where user_id = 't-m1'", Boolean.class)).isFalse();
        assertThat(jdbc.queryForObject("select name from region where code = '990102001002'", String.class))
                .isEqualTo("下湾村");
    }

    @Test
    void shouldExportWhatAnUploadReadsBackUnchanged() throws Exception {
        upload(OrganizationFiles.heshun().xlsx(), true, 200);

        byte[] export = mvc.perform(get("/api/organization/export.xlsx").with(httpBasic("orgadmin", "orgadmin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        JsonNode report = upload(export, false, 200);

        assertThat(report.get("summary").get("added").asInt()).isZero();
        assertThat(report.get("summary").get("changed").asInt()).isZero();
        assertThat(report.get("summary").get("deactivated").asInt()).isZero();
        assertThat(report.get("summary").get("unchanged").asInt()).isGreaterThanOrEqualTo(11 + 7 + 15 + 11);
        assertThat(report.get("refused")).isEmpty();
    }

    @Test
    void shouldRouteToTheProfessionalCommitteeOfANewFieldInItsOwnCounty() throws Exception {
        upload(OrganizationFiles.heshun().xlsx(), true, 200);

        assertThat(directory.committeeFor(OrganizationFiles.SHANGCUN, MediationLevel.PROFESSIONAL, "PROPERTY_MANAGEMENT")
                .getCode()).isEqualTo("t-property");
        assertThat(directory.committeeFor(OrganizationFiles.SHANGCUN, MediationLevel.VILLAGE, "NEIGHBOUR").getCode())
                .isEqualTo("t-shangcun");
        assertThat(directory.committeeFor("990102001002", MediationLevel.VILLAGE, "NEIGHBOUR").getCode())
                .as("下村 has no committee: its township's takes the case").isEqualTo("t-qingshi");
        // 和美县 has no property committee: its own county centre, never 和顺县's committee
        assertThat(directory.committeeFor("990101001001", MediationLevel.PROFESSIONAL, "PROPERTY_MANAGEMENT")
                .getCode()).isEqualTo("county-centre");

        // the new committee's mediators can work in Tasklist at once, without a restart
        assertThat(identityService.createGroupQuery().groupId("mediator-t-property").singleResult().getName())
                .contains("调解员");
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("mediator-t-property")
                .resourceType(org.camunda.bpm.engine.authorization.Resources.APPLICATION).resourceId("tasklist").count())
                .isOne();
    }

    /** Routing reads each committee's list of dispute types and the professional committees the county has. */
    @Test
    void shouldRouteByTheTypesACommitteeTakes() throws Exception {
        upload(OrganizationFiles.heshun().set(OrganizationSheet.COMMITTEES, 0, Col.TYPES, "邻里纠纷").xlsx(), true, 200);

        assertThat(directory.committeeFor(OrganizationFiles.SHANGCUN, MediationLevel.VILLAGE, "NEIGHBOUR").getCode())
                .isEqualTo("t-shangcun");
        assertThat(directory.committeeFor(OrganizationFiles.SHANGCUN, MediationLevel.VILLAGE, "MARRIAGE_FAMILY")
                .getCode()).as("上村's committee takes neighbour disputes only").isEqualTo("t-qingshi");
        // the routing table suggests a professional committee where the county has one for the type (and only there)
        assertThat(directory.hasProfessionalFor(OrganizationFiles.SHANGCUN, "PROPERTY_MANAGEMENT")).isTrue();
        assertThat(directory.hasProfessionalFor(OrganizationFiles.SHANGCUN, "TRAFFIC")).isFalse();
        assertThat(directory.hasProfessionalFor("990101001001", "PROPERTY_MANAGEMENT")).isFalse();
        assertThat(directory.hasProfessionalFor("990101001001", "TRAFFIC")).isTrue();
    }

    @Test
    void shouldRegisterNoCaseInADeactivatedVillage() throws Exception {
        upload(OrganizationFiles.heshun().set(OrganizationSheet.REGIONS, 3, Col.ACTIVE, "否").xlsx(), true, 200);

        String body = mvc.perform(post("/api/disputes").with(httpBasic("demo", "demo"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(json.writeValueAsString(DisputeRequests.neighbourDispute("990102001002"))))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(json.readTree(body).get("fieldErrors").get(0).get("message").asText()).contains("下村已停用");
        assertThat(jdbc.queryForObject("select count(*) from dispute_case where region_code = '990102001002'",
                Long.class)).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRows")
    void shouldRefuseABadRowWithItsPlaceAndStoreNothing(String what, OrganizationSheet sheet, String column,
                                                        String reason, String[] cells) throws Exception {
        OrganizationFiles file = OrganizationFiles.heshun();
        int row = file.nextRow(sheet);
        file.add(sheet, cells);

        JsonNode report = upload(file.xlsx(), true, 400);

        assertThat(report.get("applied").asBoolean()).isFalse();
        assertThat(report.get("refused")).hasSize(1);
        JsonNode refusal = report.get("refused").get(0);
        assertThat(refusal.get("sheet").asText()).isEqualTo(sheet.title());
        assertThat(refusal.get("row").asInt()).isEqualTo(row);
        assertThat(refusal.get("column").asText()).isEqualTo(column);
        assertThat(refusal.get("reason").asText()).contains(reason).doesNotContain("Exception");
        assertThat(stored()).isZero();
    }

    static Stream<Arguments> badRows() {
        List<Arguments> rows = new ArrayList<>();
        OrganizationSheet r = OrganizationSheet.REGIONS;
        rows.add(bad("wrong code length", r, Col.REGION_CODE, "区划代码应为", "9901020011", "某村", "990102001", "是"));
        rows.add(bad("letters in a code", r, Col.REGION_CODE, "区划代码应为", "99010200100A", "某村", "990102001", "是"));
        rows.add(bad("duplicate region", r, Col.REGION_CODE, "重复：与第4行相同", "990102001", "青石镇", "990102", "是"));
        rows.add(bad("unknown parent", r, Col.PARENT_CODE, "上级区划代码不存在", "990102009001", "某村", "990102009", "是"));
        rows.add(bad("code not the parent's prefix", r, Col.PARENT_CODE, "不以上级区划代码开头",
                "990102001003", "某村", "990102002", "是"));
        rows.add(bad("parent one level too high", r, Col.PARENT_CODE, "上级区划应为乡镇（街道）",
                "990102001003", "某村", "990102", "是"));
        rows.add(bad("township without parent", r, Col.PARENT_CODE, "须填写上级区划代码", "990102002", "某镇", "", "是"));
        rows.add(bad("region without name", r, Col.NAME, "必填", "990102001003", "", "990102001", "是"));
        rows.add(bad("active neither yes nor no", r, Col.ACTIVE, "应填“是”或“否”", "990102001003", "某村", "990102001", "可能"));
        OrganizationSheet c = OrganizationSheet.COMMITTEES;
        String township = CommitteeKind.TOWNSHIP.label();
        String professional = CommitteeKind.PROFESSIONAL.label();
        rows.add(bad("unknown kind", c, Col.KIND, "未知的调委会类型", "t-x", "某调委会", "居委会", "990102001001", "", "", "是"));
        rows.add(bad("committee in an unknown region", c, Col.REGION, "区划代码不存在",
                "t-x", "某调委会", township, "990102009", "", "", "是"));
        rows.add(bad("village committee at a township", c, Col.REGION, "应设在村（社区）",
                "t-x", "某调委会", CommitteeKind.VILLAGE.label(), "990102001", "", "", "是"));
        rows.add(bad("professional committee without field", c, Col.FIELD, "必填",
                "t-x", "某专业调委会", professional, "990102", "", "", "是"));
        rows.add(bad("unknown field", c, Col.FIELD, "未知的纠纷类型：宠物纠纷",
                "t-x", "某专业调委会", professional, "990102", "宠物纠纷", "", "是"));
        rows.add(bad("field of a village committee", c, Col.FIELD, "只有行业性专业性",
                "t-x", "某调委会", CommitteeKind.VILLAGE.label(), "990102001002", "物业纠纷", "", "是"));
        rows.add(bad("unknown type taken", c, Col.TYPES, "未知的纠纷类型：宠物纠纷",
                "t-x", "某调委会", township, "990102001", "", "邻里纠纷、宠物纠纷", "是"));
        rows.add(bad("committee code with spaces", c, Col.CODE, "只能由字母、数字和连字符组成",
                "t x!", "某调委会", township, "990102001", "", "", "是"));
        rows.add(bad("duplicate committee", c, Col.CODE, "重复：与第3行相同",
                "t-shangcun", "上村人民调解委员会", CommitteeKind.VILLAGE.label(), OrganizationFiles.SHANGCUN, "", "", "是"));
        rows.add(bad("a second court", c, Col.KIND, "只能有一个人民法院",
                "t-court", "和顺县人民法院", CommitteeKind.COURT.label(), "990102", "", "", "是"));
        rows.add(bad("a department turned into a committee", c, Col.KIND, "已有调委会不能改为此类型",
                "hrss", "和美县人力资源和社会保障局", CommitteeKind.COUNTY_CENTRE.label(), "990101", "", "", "是"));
        OrganizationSheet m = OrganizationSheet.MEDIATORS;
        rows.add(bad("mediator on a committee that does not exist", m, Col.COMMITTEE, "调委会不存在",
                mediator("t-m9", "男", "nope", "调解员", "兼职", "", "", "", "")));
        rows.add(bad("bad phone", m, Col.PHONE, "电话号码格式不正确",
                mediator("t-m9", "男", "t-shangcun", "调解员", "兼职", "12345", "", "", "")));
        rows.add(bad("bad date", m, Col.FROM, "不是有效日期",
                mediator("t-m9", "男", "t-shangcun", "调解员", "兼职", "", "", "2024-13-01", "")));
        rows.add(bad("end before start", m, Col.TO, "早于任职起始日期",
                mediator("t-m9", "男", "t-shangcun", "调解员", "兼职", "", "", "2025-01-01", "2024-12-31")));
        rows.add(bad("unknown gender", m, Col.GENDER, "未知的性别",
                mediator("t-m9", "未知", "t-shangcun", "调解员", "兼职", "", "", "", "")));
        rows.add(bad("unknown role", m, Col.ROLE, "未知的职务",
                mediator("t-m9", "男", "t-shangcun", "书记", "兼职", "", "", "", "")));
        rows.add(bad("unknown employment", m, Col.EMPLOYMENT, "未知的专职或兼职",
                mediator("t-m9", "男", "t-shangcun", "调解员", "临时", "", "", "", "")));
        rows.add(bad("unknown expertise", m, Col.EXPERTISE, "未知的纠纷类型：宠物纠纷",
                mediator("t-m9", "男", "t-shangcun", "调解员", "兼职", "", "宠物纠纷", "", "")));
        rows.add(bad("duplicate mediator", m, Col.USER_ID, "重复：与第3行相同",
                mediator("t-m1", "女", "t-shangcun", "主任", "兼职", "", "", "", "")));
        rows.add(bad("mediator id with spaces", m, Col.USER_ID, "只能由字母、数字和连字符组成",
                mediator("t m9", "男", "t-shangcun", "调解员", "兼职", "", "", "", "")));
        OrganizationSheet t = OrganizationSheet.TRAININGS;
        rows.add(bad("training of an unknown mediator", t, Col.USER_ID, "调解员不存在", "t-m9", "2025-05-20", "2", "法律"));
        rows.add(bad("negative hours", t, Col.HOURS, "学时应为大于0", "t-m1", "2025-05-21", "-2", "法律"));
        rows.add(bad("training date in words", t, Col.DATE, "不是有效日期", "t-m1", "昨天", "2", "法律"));
        rows.add(bad("training without topic", t, Col.TOPIC, "必填", "t-m1", "2025-05-21", "2", ""));
        rows.add(bad("duplicate training", t, Col.TOPIC, "重复：与第3行相同", "t-m1", "2025-05-20", "6.5", "调解协议的制作"));
        OrganizationSheet e = OrganizationSheet.EXPERTS;
        rows.add(bad("expert's bad phone", e, Col.PHONE, "电话号码格式不正确", "t-e2", "某专家", "医师", "", "1390000", "", "是"));
        rows.add(bad("expert on an unknown panel", e, Col.PANEL, "调委会不存在", "t-e2", "某专家", "医师", "", "", "nope", "是"));
        rows.add(bad("expert without profession", e, Col.PROFESSION, "必填", "t-e2", "某专家", "", "", "", "", "是"));
        return rows.stream();
    }

    private static Arguments bad(String what, OrganizationSheet sheet, String column, String reason, String... cells) {
        return Arguments.of(what, sheet, column, reason, cells);
    }

    private static String[] mediator(String id, String gender, String committee, String role, String employment,
                                     String phone, String expertise, String from, String to) {
        return new String[] {id, "某调解员", gender, committee, role, employment, phone, expertise, from, to, "是"};
    }

    @Test
    void shouldRefuseAWrongHeading() throws Exception {
        byte[] file = OrganizationFiles.heshun().xlsx();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            workbook.getSheet("调解员").getRow(0).getCell(2).setCellValue("性 别");
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            workbook.write(out);
            file = out.toByteArray();
        }

        JsonNode report = upload(file, true, 400);

        assertThat(report.get("refused")).anySatisfy(refusal -> {
            assertThat(refusal.get("sheet").asText()).isEqualTo("调解员");
            assertThat(refusal.get("row").asInt()).isEqualTo(1);
            assertThat(refusal.get("reason").asText()).contains("表头应为“性别”");
        });
        assertThat(stored()).isZero();
    }

    @Test
    void shouldRefuseAFileThatIsNoWorkbook() throws Exception {
        String text = mvc.perform(multipart("/api/organization/import")
                        .file(new MockMultipartFile("file", "组织机构.xlsx", XLSX, "区划代码,名称\n990102,和顺县".getBytes()))
                        .with(httpBasic("orgadmin", "orgadmin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(text).get("fieldErrors").get(0).get("message").asText()).contains("不是Excel工作簿");

        byte[] zip = zipWith("hello.txt");
        text = mvc.perform(multipart("/api/organization/import")
                        .file(new MockMultipartFile("file", "组织机构.xlsx", XLSX, zip))
                        .with(httpBasic("orgadmin", "orgadmin")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(text).get("fieldErrors").get(0).get("message").asText())
                .contains("不是有效的Excel工作簿").doesNotContain("Exception");
    }

    @Test
    void shouldLetOnlyOrganisationAdministratorsIn() throws Exception {
        for (String user : List.of("mediator", "stats", "intake")) {
            mvc.perform(get("/api/organization/template.xlsx").with(httpBasic(user, user))).andExpect(status().isForbidden());
            mvc.perform(get("/api/organization/export.xlsx").with(httpBasic(user, user))).andExpect(status().isForbidden());
            mvc.perform(multipart("/api/organization/import")
                            .file(new MockMultipartFile("file", "o.xlsx", XLSX, OrganizationFiles.heshun().xlsx()))
                            .param("apply", "true").with(httpBasic(user, user)))
                    .andExpect(status().isForbidden());
        }
        assertThat(stored()).isZero();
        mvc.perform(get("/api/organization/template.xlsx").with(httpBasic("demo", "demo"))).andExpect(status().isOk());
    }

    private JsonNode upload(byte[] xlsx, boolean apply, int expectedStatus) throws Exception {
        String body = mvc.perform(multipart("/api/organization/import")
                        .file(new MockMultipartFile("file", "组织机构.xlsx", XLSX, xlsx))
                        .param("apply", String.valueOf(apply))
                        .with(httpBasic("orgadmin", "orgadmin")))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    private long stored() {
        return jdbc.queryForObject("select count(*) from region where code like '990102%'", Long.class);
    }

    private long audited() {
        return jdbc.queryForObject("select count(*) from audit_event where action = 'ORGANIZATION_CHANGED'"
                + " and actor = 'orgadmin'", Long.class);
    }

    private static byte[] zipWith(String entry) throws java.io.IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry(entry));
            zip.write("不是工作簿".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
