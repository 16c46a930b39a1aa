package cn.sandiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.workflow.BusinessCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A case's papers through the API, read back with PDFBox as an inspector would read them: the agreement of a case
 * that ended in a written agreement holds the case's facts in Chinese with the font embedded, each page carries
 * the number and the check code, a reissue is a new version under the same number, the read-only roles get a
 * masked copy and other offices nothing.
 */
@IntegrationTest
class DisputeDocumentsTest {

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputeService;
    @Autowired DisputeCaseRepository cases;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired org.camunda.bpm.engine.ManagementService managementService;
    @Autowired BusinessCalendar calendar;
    @Autowired Clock clock;

    CaseDriver steps;

    @org.junit.jupiter.api.BeforeEach
    void steps() {
        steps = new CaseDriver(disputeService, cases, runtimeService, taskService, managementService, calendar);
    }

    @Test
    void shouldIssueTheAgreementOfAWrittenSettlementWithTheCasesFactsAndKeepEveryVersion() throws Exception {
        Long caseId = steps.registered();
        issue("intake", caseId, "MEDIATION_AGREEMENT").andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("案件尚未由人民调解委员会受理，不能出具人民调解协议书"));

        steps.accept(caseId);
        JsonNode listed = list("mediator", caseId);
        assertThat(listed.get("issuable").findValuesAsText("kind")).containsExactly("ACCEPTANCE_REGISTER", "RIGHTS_NOTICE",
                "INVESTIGATION_RECORD");
        issue("mediator", caseId, "MEDIATION_AGREEMENT").andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("调解尚未达成书面协议，不能出具人民调解协议书"));

        steps.agreeInWriting(caseId);
        assertThat(list("mediator", caseId).get("issuable").findValuesAsText("kind"))
                .containsExactly("ACCEPTANCE_REGISTER", "RIGHTS_NOTICE", "MEDIATION_RECORD", "MEDIATION_AGREEMENT",
                        "INVESTIGATION_RECORD", "CONFIRMATION_APPLICATION", "CASE_FILE");
        JsonNode first = body(issue("mediator", caseId, "MEDIATION_AGREEMENT").andExpect(status().isCreated()));
        int year = ChinaTime.today(clock).getYear();
        assertThat(first.get("documentNo").asText()).matches("（" + year + "）和人调字第\\d+号");
        assertThat(first.get("version").asInt()).isEqualTo(1);

        byte[] pdf = download("mediator", first);
        assertThat(sha256(pdf)).isEqualTo(first.get("sha256").asText());
        assertThat(download("mediator", first)).as("the same bytes every time").isEqualTo(pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = text(document);
            assertThat(text).contains("人民调解协议书", "东村人民调解委员会", "张三", "李四",
                    DisputeRequests.APPLICANT_ID, "13800138000", "两户因宅基地边界的围墙发生争执",
                    "李四十日内拆除越界围墙", ChinaTime.date(calendar.today().plusDays(10)), "本协议一式3份",
                    "男", "女", "1949年12月31日");
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper onePage = new PDFTextStripper();
                onePage.setSortByPosition(true);
                onePage.setStartPage(page);
                onePage.setEndPage(page);
                assertThat(onePage.getText(document).replaceAll("\\s+", ""))
                        .contains(first.get("documentNo").asText(), first.get("verificationCode").asText(),
                                "第" + page + "页，共" + document.getNumberOfPages() + "页");
            }
            assertThat(document.getNumberOfPages()).isEqualTo(first.get("pages").asInt());
            assertThat(fontsOf(document.getPage(0))).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("NotoSerifSC");
            });
        }

        JsonNode second = body(issue("mediator", caseId, "MEDIATION_AGREEMENT").andExpect(status().isCreated()));
        assertThat(second.get("documentNo").asText()).isEqualTo(first.get("documentNo").asText());
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("verificationCode").asText()).isNotEqualTo(first.get("verificationCode").asText());
        assertThat(sha256(download("mediator", first))).as("the first version is kept")
                .isEqualTo(first.get("sha256").asText());
        List<String> agreementVersions = new java.util.ArrayList<>();
        list("mediator", caseId).get("issued").forEach(document -> {
            if (document.get("kind").asText().equals("MEDIATION_AGREEMENT")) {
                agreementVersions.add(document.get("version").asText());
            }
        });
        assertThat(agreementVersions).containsExactly("1", "2");

        mvc.perform(get("/api/disputes/" + caseId + "/timeline").with(httpBasic("mediator", "mediator")))
                .andExpect(jsonPath("$[?(@.type == 'DOCUMENT_ISSUED')].summary")
                        .value(org.hamcrest.Matchers.containsInRelativeOrder("出具人民调解协议书（第1版）", "出具人民调解协议书（第2版）")));
        mvc.perform(get("/api/documents/verification/" + first.get("verificationCode").asText().toLowerCase())
                        .with(httpBasic("mediator", "mediator")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.documentNo").value(first.get("documentNo").asText()));
    }

    @Test
    void shouldIssueTheNoticeOfRightsTheSessionRecordAndTheFollowUpRecordOnceTheCaseGetsThere() throws Exception {
        Long caseId = steps.registered();
        steps.accept(caseId);
        assertThat(list("mediator", caseId).get("issuable").findValuesAsText("kind"))
                .containsExactly("ACCEPTANCE_REGISTER", "RIGHTS_NOTICE", "INVESTIGATION_RECORD");
        issue("mediator", caseId, "MEDIATION_RECORD").andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("尚未记录调解经过，不能出具人民调解记录"));
        issue("mediator", caseId, "FOLLOW_UP_RECORD").andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("尚未回访，不能出具人民调解回访记录"));

        String notice = pdfText("mediator", body(issue("mediator", caseId, "RIGHTS_NOTICE")
                .andExpect(status().isCreated())));
        // 人民调解法 第二十三条、第二十四条, word for word, and a line for each party to sign
        assertThat(notice).contains("人民调解当事人权利义务告知书", "张三、李四", "东村人民调解委员会受理调解", "第二十三条",
                "（一）选择或者接受人民调解员；", "（二）接受调解、拒绝调解或者要求终止调解；", "（三）要求调解公开进行或者不公开进行；",
                "（四）自主表达意愿、自愿达成调解协议。", "第二十四条", "（一）如实陈述纠纷事实；", "（二）遵守调解现场秩序，尊重人民调解员；",
                "（三）尊重对方当事人行使权利。", "不收取任何费用", "当事人（申请人）张三已知悉上述权利义务",
                "当事人（被申请人）李四已知悉上述权利义务");

        steps.agreeInWriting(caseId);
        String record = pdfText("mediator", body(issue("mediator", caseId, "MEDIATION_RECORD")
                .andExpect(status().isCreated())));
        assertThat(record).contains("人民调解记录", "人民调解员王秀英", "第1次调解", ChinaTime.date(calendar.today()),
                "村委会调解室", "张三、李四、调解员", "听取双方陈述，释法明理").doesNotContain("第2次调解");

        steps.followUp(caseId, "电话回访，越界围墙已拆除");
        String visit = pdfText("mediator", body(issue("mediator", caseId, "FOLLOW_UP_RECORD")
                .andExpect(status().isCreated())));
        assertThat(visit).contains("人民调解回访记录", "李四十日内拆除越界围墙", "第1次回访", "已全部履行",
                "电话回访，越界围墙已拆除", "应回访日期" + ChinaTime.date(calendar.today().plusDays(10)));
        assertThat(list("mediator", caseId).get("issuable").findValuesAsText("kind")).containsExactly(
                "ACCEPTANCE_REGISTER", "RIGHTS_NOTICE", "MEDIATION_RECORD", "MEDIATION_AGREEMENT", "FOLLOW_UP_RECORD",
                "INVESTIGATION_RECORD", "CONFIRMATION_APPLICATION", "CASE_FILE");
    }

    @Test
    void shouldNumberEachNewDocumentOnceInTheYearsSeries() throws Exception {
        Long one = steps.registered();
        steps.accept(one);
        Long other = steps.registered();
        steps.accept(other);
        String a = body(issue("mediator", one, "ACCEPTANCE_REGISTER")).get("documentNo").asText();
        String b = body(issue("mediator", other, "ACCEPTANCE_REGISTER")).get("documentNo").asText();
        assertThat(serial(b)).isGreaterThan(serial(a));

        byte[] register = download("mediator", body(mvc.perform(get("/api/disputes/" + one + "/documents")
                .with(httpBasic("mediator", "mediator")))).get("issued").get(0));
        try (PDDocument document = Loader.loadPDF(register)) {
            assertThat(text(document))
                    .contains("人民调解受理登记表", "东村人民调解委员会经当事人同意，受理调解张三、李四之间的纠纷", "来访");
        }
    }

    @Test
    void shouldGiveReadOnlyRolesAMaskedCopyAndOtherOfficesNothing() throws Exception {
        Long caseId = steps.registered();
        steps.accept(caseId);
        JsonNode issued = body(issue("mediator", caseId, "ACCEPTANCE_REGISTER").andExpect(status().isCreated()));

        byte[] copy = download("court", issued);
        try (PDDocument document = Loader.loadPDF(copy)) {
            String text = text(document);
            assertThat(text).contains("查阅副本", "张三").doesNotContain("13800138000");
        }
        issue("court", caseId, "ACCEPTANCE_REGISTER").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("只有办理案件的人员可以出具文书"));

        mvc.perform(get("/api/disputes/" + caseId + "/documents").with(httpBasic("nancun-mediator", "nancun-mediator")))
                .andExpect(status().isNotFound());
        mvc.perform(get(issued.get("href").asText()).with(httpBasic("nancun-mediator", "nancun-mediator")))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/documents/verification/" + issued.get("verificationCode").asText())
                        .with(httpBasic("nancun-mediator", "nancun-mediator")))
                .andExpect(status().isNotFound());
        issue("mediator", caseId, "PETITION_NOTICE").andExpect(status().isBadRequest());
        mvc.perform(get("/api/disputes/" + caseId + "/documents")).andExpect(status().isUnauthorized());
    }

    /** Desks pressing 生成 at once: every answer is a version issued (201) or a clear 409, never a 500. */
    @Test
    void shouldAnswerIssuesOfTheSameVersionAtOnceWithoutAServerError() throws Exception {
        Long caseId = steps.registered();
        steps.accept(caseId);
        int desks = 6;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(desks);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<org.springframework.mock.web.MockHttpServletResponse>> answers =
                new java.util.ArrayList<>();
        for (int desk = 0; desk < desks; desk++) {
            answers.add(pool.submit(() -> {
                start.await();
                return issue("mediator", caseId, "ACCEPTANCE_REGISTER").andReturn().getResponse();
            }));
        }
        start.countDown();
        int issued = 0;
        for (var answer : answers) {
            var response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(response.getStatus()).as(response.getContentAsString()).isIn(201, 409);
            if (response.getStatus() == 409) {
                assertThat(response.getContentAsString()).contains("刚刚已由他人出具");
            } else {
                issued++;
            }
        }
        pool.shutdown();
        JsonNode versions = list("mediator", caseId).get("issued");
        assertThat(versions).hasSize(issued);
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        versions.forEach(version -> numbers.add(version.get("version").asInt()));
        assertThat(numbers).as("one row per version").hasSize(issued);
        assertThat(versions).extracting(version -> version.get("documentNo").asText()).containsOnly(
                versions.get(0).get("documentNo").asText());
    }

    private ResultActions issue(String user, Long caseId, String kind) throws Exception {
        return mvc.perform(post("/api/disputes/" + caseId + "/documents/" + kind).with(httpBasic(user, user)));
    }

    private JsonNode list(String user, Long caseId) throws Exception {
        return body(mvc.perform(get("/api/disputes/" + caseId + "/documents").with(httpBasic(user, user)))
                .andExpect(status().isOk()));
    }

    private byte[] download(String user, JsonNode document) throws Exception {
        return mvc.perform(get(document.get("href").asText()).with(httpBasic(user, user)))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private String pdfText(String user, JsonNode document) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download(user, document))) {
            return text(pdf);
        }
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    /** The text as a reader sees it, in reading order (the text layer must say 人民, not the radicals ⼈⺠). */
    private static String text(PDDocument document) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document).replaceAll("\\s+", "");
    }

    private static int serial(String documentNo) {
        return Integer.parseInt(documentNo.replaceAll(".*第(\\d+)号", "$1"));
    }

    private static Iterable<PDFont> fontsOf(PDPage page) throws java.io.IOException {
        java.util.List<PDFont> fonts = new java.util.ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
