package cn.sandiao.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** A petition's history reads like a dispute's: typed steps with Chinese labels, audited and logged by number. */
@IntegrationTest
class PetitionHistoryTest {

    private static final String ZHAO = "440304198506151237";
    private static final String PHONE = "13900139000";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;

    @Test
    void shouldShowEachStepWithItsTypeAndChineseLabel() throws Exception {
        long id = register("和美县水利局").get("id").asLong();

        mvc.perform(get("/api/petitions/" + id + "/timeline").with(httpBasic("petition", "petition")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].type").value("REGISTERED"))
                .andExpect(jsonPath("$[0].typeLabel").value("登记"));
    }

    @Test
    void shouldAuditEachStepAndEachLookAtPersonalDataAgainstThePetition() throws Exception {
        JsonNode registered = register("和美县民政局");
        long id = registered.get("id").asLong();
        mvc.perform(get("/api/petitions/" + id).with(httpBasic("petition", "petition"))).andExpect(status().isOk());

        mvc.perform(get("/api/audit").param("petitionId", String.valueOf(id)).with(httpBasic("demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].subjectKind").value(Matchers.everyItem(Matchers.is("PETITION"))))
                .andExpect(jsonPath("$.content[*].subjectKindLabel").value(Matchers.everyItem(Matchers.is("信访事项"))))
                .andExpect(jsonPath("$.content[*].subjectId").value(Matchers.everyItem(Matchers.is((int) id))))
                .andExpect(jsonPath("$.content[*].caseId").value(Matchers.everyItem(Matchers.nullValue())))
                .andExpect(jsonPath("$.content[*].action").value(Matchers.contains("PERSONAL_DATA_VIEWED", "CASE_CHANGED")))
                .andExpect(jsonPath("$.content[0].actor").value("petition"))
                .andExpect(jsonPath("$.content[0].detail").value(Matchers.endsWith(registered.get("petitionNo").asText())))
                .andExpect(jsonPath("$.content[1].detail").value(Matchers.startsWith("登记：登记信访事项")));
        // caseId is a dispute's id: a petition with the same number is not a match
        mvc.perform(get("/api/audit").param("caseId", String.valueOf(id)).with(httpBasic("demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].subjectKind").value(Matchers.everyItem(Matchers.is("DISPUTE"))));
    }

    @Test
    void shouldRefuseAFilterByADisputeAndAPetitionAtOnce() throws Exception {
        mvc.perform(get("/api/audit").param("caseId", "1").param("petitionId", "1").with(httpBasic("demo", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("petitionId"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value(Matchers.containsString("不能同时")));
        mvc.perform(get("/api/audit").param("petitionId", "一号").with(httpBasic("demo", "demo")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("petitionId"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value(Matchers.containsString("取值无效")));
    }

    @Test
    @ExtendWith(OutputCaptureExtension.class)
    void shouldLogEachStepWithThePetitionNumberButNoPersonalData(CapturedOutput output) throws Exception {
        String petitionNo = register("和美县住房和城乡建设局").get("petitionNo").asText();

        assertThat(output.getOut().lines().filter(line -> line.contains("[" + petitionNo + "]")))
                .anyMatch(line -> line.contains("INFO") && line.contains("登记信访事项，编号" + petitionNo))
                .noneMatch(line -> line.contains(ZHAO) || line.contains(PHONE));
    }

    /** Each test names another respondent: none is a repeat of another test's petition. */
    private JsonNode register(String respondent) throws Exception {
        String body = """
                {"form": "VISIT", "category": "CLAIM",
                 "petitioners": [{"name": "赵六", "idNumber": "%s", "phone": "%s"}],
                 "respondent": "%s", "regionCode": "990101001", "content": "补贴未发放", "demand": "要求补发种粮补贴"}
                """.formatted(ZHAO, PHONE, respondent);
        String answer = mvc.perform(post("/api/petitions").with(httpBasic("petition", "petition"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }
}
