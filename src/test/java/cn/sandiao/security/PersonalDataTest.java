package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.common.crypto.PersonalDataCipher;
import cn.sandiao.common.validation.ChineseIdNumbers;
import cn.sandiao.common.validation.PhoneNumbers;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.support.IntegrationTest;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** ID numbers and phones are unreadable in the database, whole only on a case's detail, and every look is audited. */
@IntegrationTest
class PersonalDataTest {

    /** Numbers used by no other test, so a hit in the database can only come from this one. */
    private static final String ID = "360102199003070014";
    private static final String PHONE = "13700137001";
    private static final String FORM_ID = "990101198001010014";
    private static final String FORM_PHONE = "13600136002";

    @Autowired DisputeService disputes;
    @Autowired JdbcTemplate jdbc;
    @Autowired PersonalDataCipher cipher;
    @Autowired MockMvc mvc;
    @Autowired FormService formService;
    @Autowired RepositoryService repositoryService;
    @Autowired IdentityService identityService;

    @Test
    void shouldStoreIdNumbersAndPhonesEncryptedWithAFingerprintForLookUps() {
        DisputeViews.Registered registered = disputes.register(DisputeRequests.withApplicant(ID, PHONE), "intake");

        Map<String, Object> row = jdbc.queryForMap("select id_number, phone, id_number_fingerprint from dispute_party"
                + " where case_id = ? and position = 1", registered.id());
        assertThat((String) row.get("id_number")).startsWith("v1:").doesNotContain(ID);
        assertThat((String) row.get("phone")).startsWith("v1:").doesNotContain(PHONE);
        assertThat(row.get("id_number_fingerprint")).isEqualTo(cipher.fingerprint(ID)).asString().doesNotContain(ID);
        assertThat(jdbc.queryForObject("select count(*) from dispute_party where id_number_fingerprint = ?",
                Long.class, cipher.fingerprint(ID))).isPositive();
    }

    @Test
    void shouldLeaveNoPlainIdNumberOrPhoneInAnyTableAfterAStartFormRegistration() {
        submitStartForm();
        disputes.register(DisputeRequests.withApplicant(ID, PHONE), "intake");

        for (String plain : List.of(ID, PHONE, FORM_ID, FORM_PHONE)) {
            assertThat(occurrences(plain)).as("plain %s in the database", plain).isEmpty();
        }
    }

    @Test
    void shouldShowTheWholeNumberOnlyOnTheDetailAndAuditEachLook() throws Exception {
        DisputeViews.Registered registered = disputes.register(DisputeRequests.withApplicant(ID, PHONE), "intake");

        mvc.perform(get("/api/disputes/" + registered.id()).with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parties[0].idNumber").value(ID))
                .andExpect(jsonPath("$.parties[0].phone").value(PHONE));
        mvc.perform(get("/api/disputes").param("size", "200").with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(ID, PHONE));

        mvc.perform(get("/api/audit").param("caseId", registered.id().toString())
                        .param("action", "PERSONAL_DATA_VIEWED").with(httpBasic("demo", "demo")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.content.length()").value(1))
                .andExpect(jsonPath("$.content[0].actor").value("supervisor"))
                .andExpect(jsonPath("$.content[0].actionLabel").value("查看个人信息"))
                .andExpect(jsonPath("$.content[0].subjectKind").value("DISPUTE"))
                .andExpect(jsonPath("$.content[0].caseId").value(registered.id()));
        mvc.perform(get("/api/audit").param("caseId", registered.id().toString())
                        .param("action", "CASE_CHANGED").with(httpBasic("demo", "demo")))
                .andExpect(jsonPath("$.content[*].actor").value(org.hamcrest.Matchers.hasItem("intake")));
        mvc.perform(get("/api/audit").with(httpBasic("supervisor", "supervisor"))).andExpect(status().isForbidden());
    }

    @Test
    void shouldMaskIdNumbersAndPhonesForTheRolesThatOnlyRead() throws Exception {
        DisputeViews.Registered registered = disputes.register(DisputeRequests.withApplicant(ID, PHONE), "intake");

        for (String reader : List.of("stats")) { // the county statistician reads every case
            mvc.perform(get("/api/disputes/" + registered.id()).with(httpBasic(reader, reader)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.parties[0].idNumber").value(ChineseIdNumbers.mask(ID)))
                    .andExpect(jsonPath("$.parties[0].phone").value(PhoneNumbers.mask(PHONE)))
                    .andExpect(result -> assertThat(result.getResponse().getContentAsString()).doesNotContain(ID, PHONE));
        }
        mvc.perform(get("/api/audit").param("caseId", registered.id().toString())
                        .param("action", "PERSONAL_DATA_VIEWED").with(httpBasic("demo", "demo")))
                .andExpect(jsonPath("$.content.length()").value(0)); // nothing personal was shown
    }

    /** Every text column of our case tables and of Camunda's runtime and history variable tables. */
    private List<String> occurrences(String plain) {
        String like = "%" + plain + "%";
        List<String> hits = new java.util.ArrayList<>();
        Map<String, List<String>> columns = Map.of(
                "dispute_party", List.of("id_number", "phone", "name"),
                "dispute_case", List.of("description"),
                "case_event", List.of("summary", "detail"),
                "audit_event", List.of("detail"),
                "act_ru_variable", List.of("text_", "text2_"),
                "act_hi_varinst", List.of("text_", "text2_"),
                "act_hi_detail", List.of("text_", "text2_"));
        columns.forEach((table, cols) -> cols.forEach(col -> {
            Long count = jdbc.queryForObject("select count(*) from " + table + " where " + col + " like ?", Long.class, like);
            if (count != null && count > 0) {
                hits.add(table + "." + col);
            }
        }));
        return hits;
    }

    private void submitStartForm() {
        Map<String, Object> values = DisputeRequests.startFormValues(FORM_ID, FORM_PHONE);
        String definitionId = repositoryService.createProcessDefinitionQuery().processDefinitionKey("dispute_case")
                .latestVersion().singleResult().getId();
        identityService.setAuthentication("intake", List.of("intake", "intake-990101"));
        try {
            formService.submitStartForm(definitionId, values);
        } finally {
            identityService.clearAuthentication();
        }
    }
}
