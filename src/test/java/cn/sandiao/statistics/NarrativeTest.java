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
import java.time.Clock;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
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

    private JsonNode read(String path) throws Exception {
        return json.readTree(mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(path)
                .with(httpBasic("stats", "stats"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString());
    }
}
