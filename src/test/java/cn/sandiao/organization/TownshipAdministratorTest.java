package cn.sandiao.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/**
 * An organisation administrator placed in 乐安镇 keeps 乐安镇: its upload may change that township's records, a row
 * about 城关镇's is refused at its cell, and its export holds 乐安镇's part only.
 */
@IntegrationTest
class TownshipAdministratorTest {

    private static final String ADMIN = "leanan-orgadmin";
    private static final String PASSWORD = "Leanan-admin-2026";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired IdentityService identityService;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void placeAnAdministratorInLeanan() {
        User user = identityService.newUser(ADMIN);
        user.setFirstName("乐安组织");
        user.setPassword(PASSWORD);
        identityService.saveUser(user);
        identityService.createMembership(ADMIN, Roles.ORG_ADMIN);
        jdbc.update("insert into user_scope (user_id, region_code) values (?, '990101002')", ADMIN);
    }

    @AfterEach
    void removeIt() {
        jdbc.update("delete from user_scope where user_id = ?", ADMIN);
        identityService.deleteUser(ADMIN);
    }

    @Test
    void shouldChangeItsOwnTownshipOnly() throws Exception {
        OrganizationFiles own = OrganizationFiles.empty()
                .add(OrganizationSheet.REGIONS, "990101002001", "南村社区", "990101002", "是");
        JsonNode accepted = upload(own.xlsx(), 200);
        assertThat(accepted.get("summary").get("changed").asInt()).isOne();

        OrganizationFiles elsewhere = OrganizationFiles.empty()
                .add(OrganizationSheet.REGIONS, "990101002001", "南村社区", "990101002", "是")
                .add(OrganizationSheet.REGIONS, "990101001001", "东村社区", "990101001", "是")
                .add(OrganizationSheet.COMMITTEES, "t-leanan-new", "乐安镇新调委会", "乡镇（街道）人民调解委员会",
                        "990101001", "", "", "是");
        JsonNode refused = upload(elsewhere.xlsx(), 400);
        assertThat(refused.get("refused")).hasSize(2);
        assertThat(refused.get("refused").get(0).get("sheet").asText()).isEqualTo("区划");
        assertThat(refused.get("refused").get(0).get("row").asInt()).isEqualTo(4);
        assertThat(refused.get("refused").get(0).get("column").asText()).isEqualTo("区划代码");
        assertThat(refused.get("refused").get(0).get("reason").asText()).contains("不在您管理的范围内", "990101002");
        assertThat(refused.get("refused").get(1).get("sheet").asText()).isEqualTo("调委会");
        assertThat(refused.get("refused").get(1).get("column").asText()).isEqualTo("所在区划代码");
        assertThat(jdbc.queryForObject("select name from region where code = '990101001001'", String.class))
                .isEqualTo("东村");
    }

    @Test
    void shouldExportItsOwnTownshipOnly() throws Exception {
        byte[] xlsx = mvc.perform(get("/api/organization/export.xlsx").with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        List<String> regions = column(xlsx, "区划");
        assertThat(regions).contains("990101002", "990101002001", "990101002002")
                .doesNotContain("990101", "990101001", "990101001001");
        assertThat(column(xlsx, "调委会")).contains("lean", "nancun", "beicun")
                .doesNotContain("dongcun", "chengguan", "county-centre");
        // the whole county's administrator still exports everything
        byte[] county = mvc.perform(get("/api/organization/export.xlsx").with(httpBasic("orgadmin", "orgadmin")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        assertThat(column(county, "区划")).contains("990101", "990101001001", "990101002001");
    }

    /** The administrator's pages ask the same API: its part only, one record edited under the import's checks. */
    @Test
    void shouldBrowseAndEditItsOwnTownshipOnly() throws Exception {
        String committees = mvc.perform(get("/api/organization/committees").with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(committees).contains("乐安镇人民调解委员会", "南村人民调解委员会").doesNotContain("东村人民调解委员会");
        mvc.perform(get("/api/organization/records/regions/990101001001").with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/organization/records/mediators/mediator").with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(status().isNotFound());

        String refused = mvc.perform(put("/api/organization/records/regions/990101002001")
                        .with(httpBasic(ADMIN, PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"上级区划代码\":\"990101001\"}"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(refused).get("fieldErrors").get(0).get("field").asText()).isEqualTo("上级区划代码");
        mvc.perform(put("/api/organization/records/regions/990101002001").with(httpBasic(ADMIN, PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"名称\":\"南村社区\"}"))
                .andExpect(status().isOk());
        try {
            assertThat(jdbc.queryForObject("select name from region where code = '990101002001'", String.class))
                    .isEqualTo("南村社区");
            assertThat(jdbc.queryForObject("select count(*) from audit_event where actor = ? and detail like ?",
                    Integer.class, ADMIN, "%990101002001%原为%南村%现为%南村社区%")).isOne();
        } finally {
            jdbc.update("update region set name = '南村' where code = '990101002001'");
        }
    }

    private JsonNode upload(byte[] xlsx, int expectedStatus) throws Exception {
        String body = mvc.perform(multipart("/api/organization/import")
                        .file(new MockMultipartFile("file", "乐安镇.xlsx",
                                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", xlsx))
                        .param("apply", "false")
                        .with(httpBasic(ADMIN, PASSWORD)))
                .andExpect(status().is(expectedStatus)).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    /** The first column of a sheet below its heading and example rows. */
    private static List<String> column(byte[] xlsx, String sheetName) throws Exception {
        List<String> values = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet(sheetName);
            for (Row row : sheet) {
                if (row.getRowNum() >= 1 && row.getCell(0) != null) {
                    values.add(row.getCell(0).getStringCellValue());
                }
            }
        }
        return values;
    }
}
