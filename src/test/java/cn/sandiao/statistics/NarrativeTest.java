package cn.sandiao.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The 工作总结 sentences say what the report counts: every number in them is the period report's, the
 * organisation's sentence is the organisation figures' own, and nothing is invented for a figure without data.
 */
@IntegrationTest
class NarrativeTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired Clock clock;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldWriteTheYearToDatesSentencesFromTheReportsOwnFigures() throws Exception {
        YearMonth now = YearMonth.from(ChinaTime.today(clock));
        disputes.register(DisputeRequests.fromSource(DisputeSource.POLICE_REFERRAL), "intake");
        disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        mvc.perform(post("/api/preventions").with(httpBasic("intake", "intake")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"kind": "CIVIL_TO_CRIMINAL", "regionCode": "%s", "people": 4, "occurredOn": "%s",
                         "note": "宅基地纠纷双方欲械斗，调解员劝止"}""".formatted(DisputeRequests.DONGCUN,
                        ChinaTime.today(clock)))).andExpect(status().isCreated());

        JsonNode narrative = read("/api/statistics/narrative?region=990101");
        JsonNode period = read("/api/statistics/period?from=" + now.withMonth(1) + "&to=" + now + "&region=990101");
        JsonNode organization = read("/api/statistics/organization?month=" + now + "&region=990101");

        assertThat(narrative.get("label").asText()).isEqualTo(period.get("label").asText());
        String cases = narrative.get("sentences").get(0).asText();
        assertThat(cases).startsWith(period.get("label").asText() + "，和美县受理调解案件"
                + period.at("/disputes/registered").asLong() + "件，调处" + period.at("/disputes/mediated").asLong()
                + "件，调解成功" + period.at("/disputes/succeeded").asLong() + "件");
        long police = 0;
        for (JsonNode source : period.at("/disputes/bySource")) {
            if (source.get("code").asText().equals("POLICE_REFERRAL")) {
                police = source.get("registered").asLong();
            }
        }
        assertThat(police).isPositive();
        assertThat(cases).contains("警调对接" + police + "件");

        JsonNode civil = null;
        for (JsonNode kind : period.at("/disputes/preventions")) {
            if (kind.get("code").asText().equals("CIVIL_TO_CRIMINAL")) {
                civil = kind;
            }
        }
        assertThat(narrative.get("sentences").toString()).contains("防止民转刑案件" + civil.get("cases").asLong() + "件"
                + civil.get("people").asLong() + "人");
        assertThat(narrative.get("sentences").toString()).contains("登记信访事项" + period.at("/petitions/received").asLong()
                + "件");
        assertThat(narrative.get("sentences").get(narrative.get("sentences").size() - 1).asText())
                .isEqualTo(organization.get("summary").asText());

        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/statistics/narrative?to=" + now.plusMonths(1)).with(httpBasic("stats", "stats")))
                .andExpect(status().isBadRequest());
    }

    @Test
    void shouldGiveTheSameSentencesAsAWorkbookOneARowAndAuditTheExport() throws Exception {
        JsonNode narrative = read("/api/statistics/narrative?region=990101");
        MockHttpServletResponse response = mvc.perform(org.springframework.test.web.servlet.request
                        .MockMvcRequestBuilders.get("/api/statistics/narrative.xlsx?region=990101")
                        .with(httpBasic("stats", "stats"))).andExpect(status().isOk()).andReturn().getResponse();

        assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".xlsx");
        List<String> rows = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            Sheet sheet = workbook.getSheet("工作总结用语");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .startsWith("和美县" + narrative.get("label").asText() + "工作总结用语");
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                rows.add(sheet.getRow(r).getCell(0).getStringCellValue());
            }
        }
        List<String> written = new ArrayList<>();
        narrative.get("sentences").forEach(sentence -> written.add(sentence.asText()));
        assertThat(rows).isEqualTo(written);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'EXPORTED' and actor = 'stats'"
                + " and detail like ?", Integer.class, "工作总结用语 XLSX%")).isPositive();
        // outside the user's part: refused as the JSON is
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/statistics/narrative.xlsx?region=990101001").with(httpBasic("lean-supervisor", "lean-supervisor")))
                .andExpect(status().isForbidden());
    }

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(httpBasic("stats", "stats"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
