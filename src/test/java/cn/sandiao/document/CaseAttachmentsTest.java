package cn.sandiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.agreement.JudicialConfirmations;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.TestClock;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * Files taken into a case: known by their first bytes, refused in Chinese with nothing stored when they lie about
 * what they are or are too large, opened byte for byte by those who may, identity papers by those who work the case;
 * never handed out once their bytes differ from what was taken in.
 */
@IntegrationTest
class CaseAttachmentsTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputeService;
    @Autowired JdbcTemplate jdbc;
    @Autowired DisputeCaseRepository cases;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired BusinessCalendar calendar;
    @Autowired TestClock clock;

    Long caseId;

    @BeforeEach
    void registerACase() {
        caseId = disputeService.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").id();
    }

    @Test
    void shouldTakeAScanIntoTheCaseAndGiveItBackByteForByte() throws Exception {
        JsonNode stored = json.readTree(upload("intake", "notice.pdf", PDF, "SERVED_NOTICE")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(stored.get("contentType").asText()).isEqualTo("application/pdf");
        assertThat(stored.get("categoryLabel").asText()).isEqualTo("已送达的文书");
        upload("intake", "现场照片.JPG", JPEG, "EVIDENCE").andExpect(status().isCreated());
        upload("intake", "身份证.png", PNG, "IDENTITY_DOCUMENT").andExpect(status().isCreated());

        mvc.perform(get(stored.get("href").asText()).with(httpBasic("intake", "intake")))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andExpect(content().bytes(PDF));
        mvc.perform(get("/api/disputes/" + caseId + "/attachments").with(httpBasic("intake", "intake")))
                .andExpect(jsonPath("$[*].fileName").value(org.hamcrest.Matchers.contains("notice.pdf", "现场照片.JPG",
                        "身份证.png")));
        mvc.perform(get("/api/disputes/" + caseId + "/timeline").with(httpBasic("intake", "intake")))
                .andExpect(jsonPath("$[?(@.type == 'ATTACHMENT_ADDED')].summary").value(org.hamcrest.Matchers.hasItem(
                        "上传已送达的文书：notice.pdf")));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_id = ? and action = "
                + "'PERSONAL_DATA_VIEWED' and detail like '查看材料%'", Long.class, caseId)).isOne();
    }

    @Test
    void shouldRefuseAFileWhoseBytesNoLongerMatchTheirHash() throws Exception {
        JsonNode stored = json.readTree(upload("intake", "合同.pdf", PDF, "EVIDENCE")
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString());
        assertThat(jdbc.queryForObject("select object_key from attachment_file where attachment_id = ?", String.class,
                stored.get("id").asLong())).as("the database store keeps the bytes in the row").isNull();
        byte[] altered = PDF.clone();
        altered[altered.length - 2] = 'X';
        jdbc.update("update attachment_file set content = ? where attachment_id = ?", altered, stored.get("id").asLong());

        mvc.perform(get(stored.get("href").asText()).with(httpBasic("intake", "intake")))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.message").value(
                        "材料《合同.pdf》已损坏：内容与上传时记录的SHA-256校验值不符，系统拒绝提供，请联系管理员从备份恢复"))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
    }

    static Stream<Arguments> refusedUploads() {
        byte[] tooLarge = Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1);
        return Stream.of(
                Arguments.of("a PNG named .pdf", "scan.pdf", PNG, "EVIDENCE", "file", "与文件名“scan.pdf”不符"),
                Arguments.of("a text file named .pdf", "scan.pdf", "hello".getBytes(StandardCharsets.UTF_8), "EVIDENCE",
                        "file", "只接受PDF、JPEG或PNG文件"),
                Arguments.of("an HTML page named .png", "a.png", "<html><script>".getBytes(StandardCharsets.UTF_8),
                        "EVIDENCE", "file", "只接受PDF、JPEG或PNG文件"),
                Arguments.of("an empty file", "a.pdf", new byte[0], "EVIDENCE", "file", "文件是空的"),
                Arguments.of("over the limit", "big.pdf", tooLarge, "EVIDENCE", "file", "文件不能超过10 MB"),
                Arguments.of("a path for a name", "../../etc/a.pdf", PDF, "EVIDENCE", "file", "不能含有路径"),
                Arguments.of("no category", "a.pdf", PDF, null, "category", "请选择材料类别"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedUploads")
    void shouldRefuseWhatIsNotAScanOfTheRightKindAndStoreNothing(String what, String name, byte[] bytes,
                                                                 String category, String field, String reason)
            throws Exception {
        long before = count();
        upload("intake", name, bytes, category).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value(field))
                .andExpect(jsonPath("$.fieldErrors[0].message").value(org.hamcrest.Matchers.containsString(reason)))
                .andExpect(content().string(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Exception"))));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    void shouldRefuseAnUnknownCategoryInChinese() throws Exception {
        upload("intake", "a.pdf", PDF, "PASSPORT_PHOTO").andExpect(status().isBadRequest());
    }

    @Test
    void shouldKeepIdentityPapersFromTheRolesThatOnlyReadAndEverythingFromOtherOffices() throws Exception {
        String identity = href(upload("intake", "身份证.png", PNG, "IDENTITY_DOCUMENT"));
        String evidence = href(upload("intake", "合同.pdf", PDF, "EVIDENCE"));

        mvc.perform(get(identity).with(httpBasic("court", "court"))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("当事人身份证明只有办理案件的人员可以查看"));
        mvc.perform(get(evidence).with(httpBasic("court", "court"))).andExpect(status().isOk());
        upload("court", "a.pdf", PDF, "EVIDENCE").andExpect(status().isForbidden());

        mvc.perform(get(evidence).with(httpBasic("nancun-mediator", "nancun-mediator"))).andExpect(status().isNotFound());
        upload("nancun-mediator", "a.pdf", PDF, "EVIDENCE").andExpect(status().isNotFound());
        mvc.perform(get(evidence)).andExpect(status().isUnauthorized());
    }

    @Test
    void shouldCountTheConfirmationWindowFromTheDayTheSignedAgreementSaysItTookEffect() throws Exception {
        CaseDriver driver = new CaseDriver(disputeService, cases, runtimeService, taskService, managementService, calendar);
        clock.setTo(LocalDate.of(2026, 9, 7).atTime(10, 0)); // the agreement is reached on Monday 7 September
        Long agreed = driver.registered();
        driver.accept(agreed);
        driver.agreeInWriting(agreed);
        String caseNo = cases.findById(agreed).orElseThrow().getCaseNo();
        ProcessInstance confirmation = driver.running(JudicialConfirmations.PROCESS_KEY, caseNo);
        LocalDate fromOutcome = calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_APPLICATION, LocalDate.of(2026, 9, 7));
        assertThat(taskService.createTaskQuery().processInstanceId(confirmation.getId()).singleResult().getDueDate())
                .isEqualTo(DueDates.endOf(fromOutcome));

        clock.setTo(LocalDate.of(2026, 9, 10).atTime(9, 0));
        caseId = agreed;
        upload("mediator", "协议.pdf", PDF, "SIGNED_AGREEMENT", null).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("signedOn"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value("请填写协议的签署日期"));
        for (String wrong : List.of("2026-09-11", "2026-09-06")) {
            upload("mediator", "协议.pdf", PDF, "SIGNED_AGREEMENT", wrong).andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.fieldErrors[0].message").value("签署日期须在2026年9月7日（达成协议）至今天之间"));
        }
        upload("mediator", "协议.pdf", PDF, "SIGNED_AGREEMENT", "2026-09-09").andExpect(status().isCreated())
                .andExpect(jsonPath("$.signedOn").value("2026-09-09"));

        LocalDate fromSigning = calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_APPLICATION, LocalDate.of(2026, 9, 9));
        assertThat(fromSigning).isAfter(fromOutcome);
        assertThat(taskService.createTaskQuery().processInstanceId(confirmation.getId()).singleResult().getDueDate())
                .isEqualTo(DueDates.endOf(fromSigning));
        assertThat(managementService.createJobQuery().processInstanceId(confirmation.getId()).timers().singleResult()
                .getDuedate()).isEqualTo(DueDates.endOf(fromSigning));
        assertThat(jdbc.queryForObject("select window_ends_on from judicial_confirmation where case_id = ?",
                LocalDate.class, agreed)).isEqualTo(fromSigning);
        mvc.perform(get("/api/disputes/" + agreed + "/timeline").with(httpBasic("mediator", "mediator")))
                .andExpect(jsonPath("$[?(@.type == 'DEADLINE_CHANGED')].summary")
                        .value(org.hamcrest.Matchers.hasItem("调解协议签署生效，司法确认申请期限调整")));
    }

    @Test
    void shouldRefuseASignedAgreementForACaseWithoutOne() throws Exception {
        upload("intake", "协议.pdf", PDF, "SIGNED_AGREEMENT", calendar.today().toString())
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].message").value("案件没有达成书面人民调解协议，不能上传签署的协议书"));
    }

    private ResultActions upload(String user, String name, byte[] bytes, String category) throws Exception {
        return upload(user, name, bytes, category, null);
    }

    private ResultActions upload(String user, String name, byte[] bytes, String category, String signedOn)
            throws Exception {
        var request = multipart("/api/disputes/" + caseId + "/attachments")
                .file(new MockMultipartFile("file", name, "application/pdf", bytes));
        if (category != null) {
            request.param("category", category);
        }
        if (signedOn != null) {
            request.param("signedOn", signedOn);
        }
        return mvc.perform(request.with(httpBasic(user, user)));
    }

    private String href(ResultActions result) throws Exception {
        return json.readTree(result.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString())
                .get("href").asText();
    }

    private long count() {
        return jdbc.queryForObject("select count(*) from attachment_file", Long.class);
    }
}
