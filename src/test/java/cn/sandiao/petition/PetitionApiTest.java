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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Registering petitions through the API: what is stored, repeats recognised and not, bad input refused. */
@IntegrationTest
class PetitionApiTest {

    // valid GB 11643 numbers (check digit right), people of the test only
    private static final String WANG = "440304198506151237";
    private static final String LI = "11010519491231002X";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.camunda.bpm.engine.TaskService taskService;

    @Test
    void shouldRegisterAPetitionWithItsNumberAndHistory() throws Exception {
        JsonNode registered = register(petition(WANG, "城关镇人民政府", "要求补发2025年度耕地地力保护补贴"));
        assertThat(registered.get("petitionNo").asText()).matches("XF-\\d{4}-\\d{6}");
        assertThat(registered.get("status").asText()).isEqualTo("REGISTERED");
        assertThat(registered.get("repeat").asBoolean()).isFalse();

        long id = registered.get("id").asLong();
        mvc.perform(get("/api/petitions/" + id).with(httpBasic("petition", "petition")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.formLabel").value("来信"))
                .andExpect(jsonPath("$.categoryLabel").value("申诉求决类"))
                .andExpect(jsonPath("$.petitioners[0].idNumber").value(WANG))
                .andExpect(jsonPath("$.petitioners[0].phone").value("13800138000"));
        mvc.perform(get("/api/petitions/" + id + "/timeline").with(httpBasic("petition", "petition")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].summary").value("登记信访事项，编号" + registered.get("petitionNo").asText()));
        // stored encrypted; found again only through the fingerprint
        assertThat(jdbc.queryForObject("select count(*) from petitioner where id_number = ? or phone = ?", Long.class,
                WANG, "13800138000")).isZero();
    }

    @Test
    void shouldLinkAPetitionOnTheSameMatterByTheSamePersonAsARepeat() throws Exception {
        JsonNode first = register(petition(LI, "和美县自然资源局", "要求重新测量宅基地四至并更正不动产登记"));
        JsonNode again = register(petition(LI, "和美县 自然资源局。", "要求重新测量宅基地的四至，更正不动产登记"));

        assertThat(again.get("repeat").asBoolean()).isTrue();
        assertThat(again.get("repeatOf").asLong()).isEqualTo(first.get("id").asLong());
        assertThat(again.get("repeatEvidence").asText())
                .contains(first.get("petitionNo").asText(), "身份证号码相同", "和美县自然资源局", "诉求相似度");
        mvc.perform(get("/api/petitions/" + again.get("id").asLong() + "/timeline").with(httpBasic("petition", "petition")))
                .andExpect(jsonPath("$[1].summary").value("重复信访，不计为新的信访事项"));

        // another respondent, another person, another demand: not the same matter
        assertThat(register(petition(LI, "城关镇人民政府", "要求重新测量宅基地四至并更正不动产登记")).get("repeat").asBoolean())
                .isFalse();
        assertThat(register(petition(WANG, "和美县自然资源局", "要求重新测量宅基地四至并更正不动产登记")).get("repeat").asBoolean())
                .isFalse();
        assertThat(register(petition(LI, "和美县自然资源局", "反映邻居违法占用耕地建房")).get("repeat").asBoolean())
                .isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "form | \"form\": \"LETTER\", | | 请选择信访形式",
            "category | \"category\": \"CLAIM\", | \"category\": \"COMPLAINT\", | 取值无效",
            "petitioners | \"petitioners\": [{\"name\": \"王五\", \"idNumber\": \"440304198506151237\", \"phone\": \"13800138000\"}], | \"petitioners\": [], | 请填写信访人",
            "petitioners[0].idNumber | \"idNumber\": \"440304198506151237\" | \"idNumber\": \"440304198506151238\" | 身份证号码",
            "petitioners[0].phone | \"phone\": \"13800138000\" | \"phone\": \"138\" | 电话",
            "petitioners[0].name | \"name\": \"王五\", | \"name\": \" \", | 请填写信访人姓名",
            "respondent | \"respondent\": \"城关镇人民政府\", | \"respondent\": \"\", | 请填写被反映",
            "regionCode | \"regionCode\": \"990101001\", | \"regionCode\": \"123\", | 区划代码不存在",
            "content | \"content\": \"补贴未发放\", | \"content\": null, | 请填写信访内容",
            "demand | \"demand\": \"要求补发补贴\", | \"demand\": \"\", | 请填写诉求",
            "receivedOn | \"receivedOn\": \"2026-01-05\" | \"receivedOn\": \"2099-01-05\" | 收到日期不能晚于今天",
            "receivedOn | \"receivedOn\": \"2026-01-05\" | \"receivedOn\": \"2026-02-30\" | 日期"})
    void shouldRefuseBadInputFieldByFieldAndStoreNothing(String field, String good, String bad, String message)
            throws Exception {
        String body = petitionWithDate().replace(good.strip(), bad == null ? "" : bad.strip());
        long before = jdbc.queryForObject("select count(*) from petition", Long.class);
        mvc.perform(post("/api/petitions").with(httpBasic("petition", "petition"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[?(@.field == '" + field + "')].message")
                        .value(org.hamcrest.Matchers.hasItem(org.hamcrest.Matchers.containsString(message))));
        assertThat(jdbc.queryForObject("select count(*) from petition", Long.class)).isEqualTo(before);
    }

    @Test
    void shouldLetOnlyPetitionOfficersRegisterAndOnlyTheRegionsOfficesRead() throws Exception {
        mvc.perform(post("/api/petitions").with(httpBasic("mediator", "mediator"))
                        .contentType(MediaType.APPLICATION_JSON).content(petition(WANG, "某单位", "某诉求")))
                .andExpect(status().isForbidden());
        long id = register(petition(WANG, "城关镇人民政府", "要求公开征地补偿标准")).get("id").asLong();
        mvc.perform(get("/api/petitions/" + id).with(httpBasic("mediator", "mediator"))).andExpect(status().isNotFound());
        mvc.perform(get("/api/petitions/" + id).with(httpBasic("lean-supervisor", "lean-supervisor")))
                .andExpect(status().isNotFound()); // 乐安镇's office; the petition is 城关镇's
        mvc.perform(get("/api/petitions").with(httpBasic("mediator", "mediator")))
                .andExpect(jsonPath("$.totalElements").value(0));
        mvc.perform(get("/api/petitions").with(httpBasic("supervisor", "supervisor")))
                .andExpect(jsonPath("$.content[0].id").value(id));
        mvc.perform(get("/api/petitions")).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldTakeTheEvaluationAndReviewRequestsOnlyWhenTheProcessWaitsForThemAndWithinTheWindow() throws Exception {
        long id = register("""
                {"form": "VISIT", "category": "CLAIM",
                 "petitioners": [{"name": "王五", "idNumber": "%s", "phone": "13800138000"}],
                 "respondent": "城关镇水利站", "regionCode": "990101001", "content": "水渠被占", "demand": "要求恢复水渠",
                 "receivedOn": "2026-08-01"}
                """.formatted(WANG)).get("id").asLong();
        postAs("petition", "/api/petitions/" + id + "/evaluation", "{\"evaluation\": \"SATISFIED\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.message").value("该信访事项尚未书面答复，不能评价"));
        postAs("petition", "/api/petitions/" + id + "/review-requests", "{\"reason\": \"不服\"}")
                .andExpect(status().isConflict());

        postAs("petition", "/api/tasks/" + openTask(id) + "/complete",
                "{\"variables\": {\"acceptanceDecision\": \"REFER_TO_MEDIATION\", \"noticeContent\": \"告知\"}}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors[0].field").value("partiesConsent"));
        postAs("petition", "/api/tasks/" + openTask(id) + "/complete", """
                {"variables": {"acceptanceDecision": "ACCEPT", "noticeContent": "决定受理", "noticeDate": "2026-08-10"}}""")
                .andExpect(status().isNoContent());
        postAs("petition", "/api/tasks/" + openTask(id) + "/complete", """
                {"variables": {"handlingStep": "REPLY", "replyContent": "已恢复水渠", "replyDate": "2026-08-31"}}""")
                .andExpect(status().isNoContent());

        postAs("mediator", "/api/petitions/" + id + "/evaluation", "{\"evaluation\": \"SATISFIED\"}")
                .andExpect(status().isForbidden());
        postAs("petition", "/api/petitions/" + id + "/evaluation", "{\"evaluation\": \"GREAT\"}")
                .andExpect(status().isBadRequest());
        postAs("petition", "/api/petitions/" + id + "/evaluation", "{\"evaluation\": \"SATISFIED\", \"comment\": \"满意\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.evaluation").value("SATISFIED"));
        postAs("petition", "/api/petitions/" + id + "/evaluation", "{\"evaluation\": \"DISSATISFIED\"}")
                .andExpect(status().isConflict()).andExpect(jsonPath("$.message").value("该信访事项已记录评价：满意"));

        postAs("petition", "/api/petitions/" + id + "/review-requests", "{\"reason\": \" \"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors[0].field").value("reason"));
        postAs("petition", "/api/petitions/" + id + "/review-requests", "{\"reason\": \"不服\", \"receivedOn\": \"2099-01-01\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors[0].field").value("receivedOn"));
        // the reply was received on 2026-08-31: the 30 days end on 2026-09-30
        postAs("petition", "/api/petitions/" + id + "/review-requests", "{\"reason\": \"不服\", \"receivedOn\": \"2026-10-01\"}")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("期限至2026年9月30日")));
        mvc.perform(get("/api/petitions/" + id).with(httpBasic("petition", "petition")))
                .andExpect(jsonPath("$.status").value("REPLIED")).andExpect(jsonPath("$.reviews").isEmpty());
        postAs("petition", "/api/petitions/" + id + "/review-requests", "{\"reason\": \"不服\", \"receivedOn\": \"2026-09-30\"}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("UNDER_REVIEW"))
                .andExpect(jsonPath("$.reviews[0].opinionDue").value("2026-10-30"))
                .andExpect(jsonPath("$.notices[*].kind").value(org.hamcrest.Matchers.contains("ACCEPTANCE", "REPLY")));
        postAs("petition", "/api/petitions/" + id + "/re-review-requests", "{\"reason\": \"不服\"}")
                .andExpect(status().isConflict());
    }

    private org.springframework.test.web.servlet.ResultActions postAs(String user, String path, String body) throws Exception {
        return mvc.perform(post(path).with(httpBasic(user, user)).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    private String openTask(long petitionId) {
        String instance = jdbc.queryForObject("select process_instance_id from petition where id = ?", String.class, petitionId);
        return taskService.createTaskQuery().processInstanceId(instance).taskCandidateGroup("petition-officer")
                .singleResult().getId();
    }

    private JsonNode register(String body) throws Exception {
        String answer = mvc.perform(post("/api/petitions").with(httpBasic("petition", "petition"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer);
    }

    private static String petition(String idNumber, String respondent, String demand) {
        return """
                {"form": "LETTER", "category": "CLAIM",
                 "petitioners": [{"name": "王五", "idNumber": "%s", "phone": "13800138000"}],
                 "respondent": "%s", "regionCode": "990101001", "content": "反映的情况", "demand": "%s"}
                """.formatted(idNumber, respondent, demand);
    }

    private static String petitionWithDate() {
        return """
                {"form": "LETTER", "category": "CLAIM",
                 "petitioners": [{"name": "王五", "idNumber": "440304198506151237", "phone": "13800138000"}],
                 "respondent": "城关镇人民政府", "regionCode": "990101001", "content": "补贴未发放",
                 "demand": "要求补发补贴", "receivedOn": "2026-01-05"}
                """;
    }
}
