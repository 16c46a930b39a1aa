package cn.sandiao.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import cn.sandiao.dispute.DisputeType;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A prefecture's organisation through the upload endpoint (1 city, 10 counties, 150 townships, 2,000 villages,
 * 2,300 committees, 8,000 mediators), timed and printed, not asserted as a time: the machine is shared. Run with
 * {@code ./mvnw -o -q test -Dtest=PrefectureImportTiming -Dsandiao.prefecture=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "sandiao.prefecture", matches = "true")
class PrefectureImportTiming {

    private static final String CITY = "9902";
    private static final String[] TYPES = {"LABOUR", "PROPERTY_MANAGEMENT", "CONSUMER", "MARRIAGE_FAMILY",
            "TRAFFIC", "MEDICAL", "ENVIRONMENT", "LAND_CONTRACT", "CONTRACT_DEBT", "LAND_REQUISITION"};

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void removeThePrefecture() {
        jdbc.update("delete from mediator_expertise where user_id like 'p-%'");
        jdbc.update("delete from mediator where user_id like 'p-%'");
        jdbc.update("delete from committee_dispute_type where committee_code like 'p-%'");
        jdbc.update("delete from committee where code like 'p-%'");
        CommitteeStamp.renew(jdbc);
        for (int length : new int[] {12, 9, 6, 4}) {
            jdbc.update("delete from region where code like '9902%' and length(code) = ?", length);
        }
    }

    @Test
    void importAPrefecture() throws Exception {
        byte[] file = prefecture();
        System.out.printf("[地级市导入] 文件 %,d 字节%n", file.length);

        long start = System.nanoTime();
        JsonNode dryRun = upload(file, false);
        long dry = System.nanoTime();
        JsonNode applied = upload(file, true);
        long apply = System.nanoTime();
        JsonNode again = upload(file, false);
        long reimport = System.nanoTime();

        System.out.printf("[地级市导入] 试导入 %.1f s（新增 %d）；正式导入 %.1f s；再次试导入 %.1f s（新增 %d，变更 %d，未变 %d）%n",
                (dry - start) / 1e9, dryRun.get("summary").get("added").asInt(), (apply - dry) / 1e9,
                (reimport - apply) / 1e9, again.get("summary").get("added").asInt(),
                again.get("summary").get("changed").asInt(), again.get("summary").get("unchanged").asInt());
        assertThat(applied.get("applied").asBoolean()).isTrue();
        assertThat(dryRun.get("summary").get("added").asInt()).isEqualTo(1 + 10 + 150 + 2000 + 2300 + 8000);
        assertThat(again.get("summary").get("added").asInt() + again.get("summary").get("changed").asInt()).isZero();
    }

    private JsonNode upload(byte[] xlsx, boolean apply) throws Exception {
        String body = mvc.perform(multipart("/api/organization/import")
                        .file(new MockMultipartFile("file", "prefecture.xlsx", "application/octet-stream", xlsx))
                        .param("apply", String.valueOf(apply)).with(httpBasic("orgadmin", "orgadmin")))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    /** 10 counties of 15 townships (the last five with 14 villages, the others 13: 2,000 villages). */
    private static byte[] prefecture() {
        Map<OrganizationSheet, List<List<String>>> rows = new EnumMap<>(OrganizationSheet.class);
        List<List<String>> regions = new ArrayList<>();
        List<List<String>> committees = new ArrayList<>();
        List<List<String>> mediators = new ArrayList<>();
        regions.add(List.of(CITY, "和平市", "", "是"));
        for (int c = 1; c <= 10; c++) {
            String county = CITY + "%02d".formatted(c);
            regions.add(List.of(county, "第" + c + "县", CITY, "是"));
            committee(committees, "p-" + county + "-centre", CommitteeKind.COUNTY_CENTRE, county, "");
            for (int f = 0; f < 14; f++) {
                String field = TYPES[f % TYPES.length];
                committee(committees, "p-" + county + "-pro" + f, f < 10 ? CommitteeKind.PROFESSIONAL
                        : CommitteeKind.ENTERPRISE, county, f < 10 ? DisputeType.valueOf(field).label() : "");
            }
            for (int t = 1; t <= 15; t++) {
                String township = county + "%03d".formatted(t);
                regions.add(List.of(township, "第" + c + "县第" + t + "镇", county, "是"));
                committee(committees, "p-" + township, CommitteeKind.TOWNSHIP, township, "");
                int villages = t > 10 ? 14 : 13;
                for (int v = 1; v <= villages; v++) {
                    String village = township + "%03d".formatted(v);
                    regions.add(List.of(village, "第" + t + "镇第" + v + "村", township, "是"));
                    committee(committees, "p-" + village, CommitteeKind.VILLAGE, village, "");
                }
            }
        }
        for (int m = 0; m < 8000; m++) {
            String committee = committees.get(m % committees.size()).get(0);
            mediators.add(List.of("p-m" + m, "调解员" + m, m % 2 == 0 ? "女" : "男", committee,
                    m % committees.size() == m ? "主任" : "调解员", m % 8 == 0 ? "专职" : "兼职",
                    "139%08d".formatted(m), "邻里纠纷、婚姻家庭纠纷", "2024-01-01", "", "是"));
        }
        rows.put(OrganizationSheet.REGIONS, regions);
        rows.put(OrganizationSheet.COMMITTEES, committees);
        rows.put(OrganizationSheet.MEDIATORS, mediators);
        return OrganizationWorkbook.write(rows, new Labels(DemoOrganizationFile.disputeTypes()).choices());
    }

    private static void committee(List<List<String>> committees, String code, CommitteeKind kind, String region,
                                  String field) {
        committees.add(List.of(code, code + "人民调解委员会", kind.label(), region, field, "", "是"));
    }
}
