package cn.sandiao.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** The court hands a case in through the API: only the court, only to a people's mediation committee, in Chinese. */
@IntegrationTest
class CourtEntrustmentApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeCaseRepository cases;

    private final LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Shanghai")).minusDays(1);

    @Test
    void shouldLetTheCourtHandACaseToACommitteeWhichGetsItAtOnce() throws Exception {
        String body = entrustment(EntrustmentKind.AFTER_FILING, CourtProcedure.SIMPLE, "xicun", yesterday).toString();
        String answer = entrust("court", body).andExpect(status().isCreated())
                .andExpect(jsonPath("$.status").value("MEDIATING"))
                .andReturn().getResponse().getContentAsString();
        long id = json.readTree(answer).get("id").asLong();

        DisputeCase entrusted = cases.findById(id).orElseThrow();
        assertThat(entrusted.getSource()).isEqualTo(DisputeSource.COURT_ENTRUSTED);
        assertThat(entrusted.getRegisteredBy()).isEqualTo("court");
        mvc.perform(get("/api/disputes/" + id + "/timeline").with(httpBasic("court", "court")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[1].type").value("ENTRUSTED"))
                .andExpect(jsonPath("$[1].summary").value("委托调解（立案后，简易程序）"));
    }

    @Test
    void shouldRefuseWhatTheCourtCannotHandIn() throws Exception {
        expectRefused(entrustment(EntrustmentKind.AFTER_FILING, null, "xicun", yesterday), "procedure", "简易程序");
        expectRefused(entrustment(EntrustmentKind.BEFORE_FILING, CourtProcedure.ORDINARY, "xicun", yesterday),
                "procedure", "尚未立案");
        expectRefused(entrustment(EntrustmentKind.BEFORE_FILING, null, "xicun", yesterday.plusDays(2)),
                "materialsSignedOn", "不能晚于今天");
        expectRefused(entrustment(EntrustmentKind.BEFORE_FILING, null, "county-court", yesterday),
                "committeeCode", "不是人民调解组织");
        expectRefused(entrustment(EntrustmentKind.BEFORE_FILING, null, "nowhere", yesterday),
                "committeeCode", "调解组织不存在");
        ObjectNode noParties = entrustment(EntrustmentKind.BEFORE_FILING, null, "xicun", yesterday);
        noParties.remove("parties");
        expectRefused(noParties, "parties", "当事人");
    }

    @Test
    void shouldLetOnlyTheCourtHandCasesIn() throws Exception {
        entrust("intake", entrustment(EntrustmentKind.BEFORE_FILING, null, "xicun", yesterday).toString())
                .andExpect(status().isForbidden());
    }

    private void expectRefused(ObjectNode body, String field, String reason) throws Exception {
        long before = cases.count();
        entrust("court", body.toString()).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value(field))
                .andExpect(jsonPath("$.fieldErrors[0].message").value(org.hamcrest.Matchers.containsString(reason)));
        assertThat(cases.count()).as(field).isEqualTo(before);
    }

    private ResultActions entrust(String user, String body) throws Exception {
        return mvc.perform(post("/api/court/entrustments").with(httpBasic(user, user))
                .contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private ObjectNode entrustment(EntrustmentKind kind, CourtProcedure procedure, String committee, LocalDate signedOn) {
        return json.valueToTree(DisputeRequests.entrusted(kind, procedure, committee, signedOn));
    }
}
