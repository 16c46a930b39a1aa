package cn.sandiao.dispute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.YearMonth;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The dispute API as a client uses it: HTTP Basic, JSON in and out, Chinese errors. */
@IntegrationTest
class DisputeApiTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeCaseRepository cases;
    @Autowired RuntimeService runtimeService;

    @Test
    void shouldRegisterACaseWithAReadableNumberAndStartItsProcess() throws Exception {
        MvcResult result = mvc.perform(post("/api/disputes").with(httpBasic("intake", "intake"))
                        .contentType(MediaType.APPLICATION_JSON).content(validBody().toString()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", matchesPattern("/api/disputes/\\d+")))
                .andExpect(jsonPath("$.caseNo", matchesPattern("TJ-\\d{4}-\\d{6}")))
                .andExpect(jsonPath("$.status").value("REGISTERED"))
                .andReturn();
        long id = json.readTree(result.getResponse().getContentAsString()).get("id").asLong();

        DisputeCase stored = cases.findById(id).orElseThrow();
        assertThat(stored.getRegisteredBy()).isEqualTo("intake");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(stored.getCaseNo())
                .processDefinitionKey(DisputeCaseProcess.KEY).count()).isEqualTo(1);

        mvc.perform(get("/api/disputes/" + id).with(httpBasic("intake", "intake")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.caseNo").value(stored.getCaseNo()))
                .andExpect(jsonPath("$.typeLabel").value("邻里纠纷"))
                .andExpect(jsonPath("$.parties.length()").value(2))
                .andExpect(jsonPath("$.parties[0].name").value("张三"));
        mvc.perform(get("/api/disputes/" + id + "/timeline").with(httpBasic("intake", "intake")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].type").value("REGISTERED"))
                .andExpect(jsonPath("$[0].actor").value("intake"))
                .andExpect(jsonPath("$[1].type").value("TRIAGE_SUGGESTED"));
    }

    @Test
    void shouldGiveEveryCaseItsOwnNumber() throws Exception {
        String first = register();
        String second = register();
        assertThat(first).isNotEqualTo(second);
        assertThat(Long.parseLong(second.substring(8))).isGreaterThan(Long.parseLong(first.substring(8)));
    }

    @Test
    void shouldListCasesFilteredByStatusTypeRegionAndMonth() throws Exception {
        String caseNo = register();
        String month = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai")).toString();

        mvc.perform(get("/api/disputes").param("status", "REGISTERED").param("type", "NEIGHBOUR")
                        .param("region", DisputeRequests.CHENGGUAN_TOWNSHIP).param("month", month).param("size", "200")
                        .with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].caseNo", hasItem(caseNo)))
                .andExpect(jsonPath("$.content[*].regionCode", org.hamcrest.Matchers.everyItem(
                        org.hamcrest.Matchers.startsWith(DisputeRequests.CHENGGUAN_TOWNSHIP))));
        mvc.perform(get("/api/disputes").param("region", "990101002").with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content[*].caseNo", org.hamcrest.Matchers.not(hasItem(caseNo))));
        mvc.perform(get("/api/disputes").param("month", "2001-01").with(httpBasic("supervisor", "supervisor")))
                .andExpect(jsonPath("$.totalElements").value(0));
    }

    @Test
    void shouldAnswer404ForAnUnknownCase() throws Exception {
        mvc.perform(get("/api/disputes/999999999").with(httpBasic("intake", "intake")))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.message").value("案件不存在：999999999"));
    }

    @Test
    void shouldRefuseRequestsWithoutValidCredentials() throws Exception {
        mvc.perform(get("/api/disputes")).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").exists());
        mvc.perform(post("/api/disputes").contentType(MediaType.APPLICATION_JSON).content(validBody().toString()))
                .andExpect(status().isUnauthorized());
        // a wrong password locks that Camunda user briefly: use one no other test logs in with
        mvc.perform(get("/api/regions").with(httpBasic("beicun-mediator", "not-the-password")))
                .andExpect(status().isUnauthorized());
    }

    static Stream<Arguments> badRegistrations() {
        return Stream.of(
                bad("source", b -> b.remove("source")),
                bad("source", b -> b.put("source", "CARRIER_PIGEON")),
                bad("type", b -> b.remove("type")),
                bad("type", b -> b.put("type", "ALIENS")),
                bad("regionCode", b -> b.remove("regionCode")),
                bad("regionCode", b -> b.put("regionCode", "000000000000")),
                bad("regionCode", b -> b.put("regionCode", DisputeRequests.CHENGGUAN_TOWNSHIP)),
                bad("description", b -> b.put("description", "   ")),
                bad("description", b -> b.put("description", "纠".repeat(4001))),
                bad("amount", b -> b.put("amount", -1)),
                bad("amount", b -> b.put("amount", "很多")),
                bad("amount", b -> b.put("amount", 1.234)),
                bad("peopleInvolved", b -> b.remove("peopleInvolved")),
                bad("peopleInvolved", b -> b.put("peopleInvolved", 0)),
                bad("parties", b -> b.remove("parties")),
                bad("parties", b -> ((ArrayNode) b.get("parties")).remove(1)),
                bad("parties", b -> ((ObjectNode) b.get("parties").get(1)).put("role", "APPLICANT")),
                bad("parties[0].idNumber", b -> party(b, 0).put("idNumber", "110105194912310021")),
                bad("parties[0].idNumber", b -> party(b, 0).put("idNumber", "1101051949123100")),
                bad("parties[1].idNumber", b -> party(b, 1).remove("idNumber")),
                bad("parties[0].idNumber", b -> party(b, 0).put("idNumber", "110105199902300023")),
                bad("parties[1].creditCode", b -> party(b, 1).put("kind", "ORGANIZATION").put("name", "某公司")),
                bad("parties[1].creditCode", b -> party(b, 1).put("kind", "ORGANIZATION")
                        .put("creditCode", "91350100M000100Y44")),
                bad("parties[0].phone", b -> party(b, 0).put("phone", "12345")),
                bad("parties[0].phone", b -> party(b, 0).remove("phone")),
                bad("parties[0].name", b -> party(b, 0).put("name", "")),
                bad("parties[0].role", b -> party(b, 0).put("role", "JUDGE")),
                bad("parties[0].kind", b -> party(b, 0).remove("kind")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRegistrations")
    void shouldAnswer400NamingTheFieldAndStoreNothing(String field, Consumer<ObjectNode> breakIt) throws Exception {
        ObjectNode body = validBody();
        breakIt.accept(body);
        long casesBefore = cases.count();
        long processesBefore = runtimeService.createProcessInstanceQuery().processDefinitionKey(DisputeCaseProcess.KEY).count();

        mvc.perform(post("/api/disputes").with(httpBasic("intake", "intake"))
                        .contentType(MediaType.APPLICATION_JSON).content(body.toString()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("请求参数有误"))
                .andExpect(jsonPath("$.fieldErrors[*].field", hasItem(field)))
                .andExpect(jsonPath("$.fieldErrors[0].message", matchesPattern(".*[\\u4e00-\\u9fa5].*")));

        assertThat(cases.count()).isEqualTo(casesBefore);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey(DisputeCaseProcess.KEY).count())
                .isEqualTo(processesBefore);
    }

    @Test
    void shouldAnswer400ForMalformedJson() throws Exception {
        mvc.perform(post("/api/disputes").with(httpBasic("intake", "intake"))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"source\": \"WALK_IN\","))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("body"));
    }

    @Test
    void shouldAnswer400ForBadListFilters() throws Exception {
        mvc.perform(get("/api/disputes").param("status", "LOST").with(httpBasic("intake", "intake")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors[0].field").value("status"));
        mvc.perform(get("/api/disputes").param("month", "2026-13").with(httpBasic("intake", "intake")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.fieldErrors[0].field").value("month"));
    }

    private String register() throws Exception {
        MvcResult result = mvc.perform(post("/api/disputes").with(httpBasic("intake", "intake"))
                        .contentType(MediaType.APPLICATION_JSON).content(validBody().toString()))
                .andExpect(status().isCreated()).andReturn();
        return json.readTree(result.getResponse().getContentAsString()).get("caseNo").asText();
    }

    private ObjectNode validBody() {
        return json.valueToTree(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
    }

    private static ObjectNode party(ObjectNode body, int index) {
        return (ObjectNode) body.get("parties").get(index);
    }

    private static Arguments bad(String field, Consumer<ObjectNode> breakIt) {
        return Arguments.of(field, breakIt);
    }
}
