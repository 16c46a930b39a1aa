package cn.sandiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.petition.EvaluationRequest;
import cn.sandiao.petition.PetitionCategory;
import cn.sandiao.petition.PetitionEvaluation;
import cn.sandiao.petition.PetitionEvaluations;
import cn.sandiao.petition.PetitionForm;
import cn.sandiao.petition.PetitionProcess;
import cn.sandiao.petition.PetitionRepository;
import cn.sandiao.petition.PetitionReviews;
import cn.sandiao.petition.PetitionService;
import cn.sandiao.petition.RegisterPetitionRequest;
import cn.sandiao.petition.ReviewLevel;
import cn.sandiao.petition.ReviewRequest;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.workflow.BusinessCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A petition's notices and opinions through the API, the petition driven through its routes by the real engine,
 * each PDF read back with PDFBox: the petition's facts in Chinese with the font embedded, the number and check code on
 * every page, numbers unique in the year's petition series, a reissue a new version under the same number with the
 * old one kept byte for byte, the read-only roles a masked copy and other offices nothing.
 */
@IntegrationTest
class PetitionDocumentsTest {

    // valid GB 11643 numbers (check digit right), people of the test only
    private static final String WANG = "440304198506151237";
    private static final String LI = "11010519491231002X";
    private static final String PHONE = "13800138000";
    private static final String DONGCUN = "990101001001";
    private static final String OFFICE = "和美县信访局";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired PetitionService petitionService;
    @Autowired PetitionRepository petitions;
    @Autowired PetitionEvaluations evaluations;
    @Autowired PetitionReviews reviews;
    @Autowired TaskService taskService;
    @Autowired BusinessCalendar calendar;
    @Autowired Clock clock;

    @Test
    void shouldIssueTheNoticesAndOpinionsOfAClaimAnsweredReviewedAndReReviewed() throws Exception {
        Long id = register(WANG, "城关镇农经站", "要求补发2024年度退耕还林补助资金");
        assertThat(list("petition", id).get("issuable")).isEmpty();
        issue("petition", id, "REPLY").andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value("信访事项尚未作出信访处理意见书所载的决定或答复，不能出具信访处理意见书"));

        decide(id, "ACCEPT", Map.of());
        assertThat(list("petition", id).get("issuable").findValuesAsText("kind")).containsExactly("ACCEPTANCE");
        JsonNode acceptance = body(issue("petition", id, "ACCEPTANCE").andExpect(status().isCreated()));
        int year = ChinaTime.today(clock).getYear();
        assertThat(acceptance.get("documentNo").asText()).matches("（" + year + "）和信访字第\\d+号");
        assertThat(acceptance.get("label").asText()).isEqualTo("受理告知书");
        byte[] pdf = download("petition", acceptance);
        assertThat(sha256(pdf)).isEqualTo(acceptance.get("sha256").asText());
        String petitionNo = petitions.findById(id).orElseThrow().getPetitionNo();
        String handlingDue = ChinaTime.date(petitions.findById(id).orElseThrow().getHandlingDue());
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(text(document)).contains("受理告知书", "王五：", petitionNo, WANG, PHONE, "城关镇农经站",
                    "来访反映：要求补发2024年度退耕还林补助资金", "申诉求决类", OFFICE, "本机关将调查核实后书面答复",
                    "办理期限至" + handlingDue, "第二十三条第一款", "第三十四条", "信访人签收");
            assertEveryPageCarries(document, acceptance);
            assertThat(document.getNumberOfPages()).isEqualTo(acceptance.get("pages").asInt());
            assertThat(fontsOf(document.getPage(0))).isNotEmpty().allSatisfy(font -> {
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("NotoSerifSC");
            });
        }

        // the handling period extended by 20 days with the head's approval: 延期办理告知书
        requestExtension(id, 20);
        complete(id, PetitionProcess.TASK_APPROVE_EXTENSION, Map.of("extensionApproved", "true"));
        String extendedDue = ChinaTime.date(petitions.findById(id).orElseThrow().getHandlingDue());
        String extension = pdfText("petition", body(issue("petition", id, "EXTENSION").andExpect(status().isCreated())));
        assertThat(extension).contains("延期办理告知书", "累计延长20日", "办理期限延至" + extendedDue,
                "需会同自然资源部门实地勘测", "经本机关、单位负责人批准，可以适当延长办理期限，但延长期限不得超过30日");

        // the written answer: 信访处理意见书 with the route to a review
        complete(id, PetitionProcess.TASK_HANDLE, Map.of("handlingStep", "REPLY",
                "replyContent", "经调查核实，你户公益林面积已核定，补偿金于下月发放。依据：省公益林补偿办法第五条。",
                "replyDate", calendar.today().toString()));
        JsonNode reply = body(issue("petition", id, "REPLY").andExpect(status().isCreated()));
        String replyText = pdfText("petition", reply);
        assertThat(replyText).contains("信访处理意见书", "一、投诉请求", "要求补发2024年度退耕还林补助资金", "二、事实和理由",
                "三、处理意见及其依据", "补偿金于下月发放", "四、救济途径", "自收到本意见书之日起30日内，请求本机关的上一级机关、单位复查",
                "信访处理意见书应当载明信访人投诉请求、事实和理由、处理意见及其法律法规依据", ChinaTime.date(calendar.today()));

        // a reissue: version 2 under the same number, a new code, the first kept byte for byte
        JsonNode again = body(issue("petition", id, "REPLY").andExpect(status().isCreated()));
        assertThat(again.get("documentNo").asText()).isEqualTo(reply.get("documentNo").asText());
        assertThat(again.get("version").asInt()).isEqualTo(2);
        assertThat(again.get("verificationCode").asText()).isNotEqualTo(reply.get("verificationCode").asText());
        assertThat(sha256(download("petition", reply))).as("version 1 kept").isEqualTo(reply.get("sha256").asText());
        assertThat(download("petition", again)).as("the same bytes every time").isEqualTo(download("petition", again));
        List<String> replies = new ArrayList<>();
        list("petition", id).get("issued").forEach(paper -> {
            if (paper.get("kind").asText().equals("REPLY")) {
                replies.add(paper.get("version").asText());
            }
        });
        assertThat(replies).containsExactly("1", "2");

        // review (复查) and re-review (复核)
        evaluations.evaluate(id, new EvaluationRequest(PetitionEvaluation.DISSATISFIED, "补偿金额不对"));
        reviews.request(id, ReviewLevel.REVIEW, new ReviewRequest("补偿面积计算有误", null));
        complete(id, PetitionProcess.TASK_REVIEW_OPINION, Map.of("opinion", "经复查，原处理意见认定事实清楚，予以维持。",
                "opinionResult", "UPHELD"));
        String review = pdfText("petition", body(issue("petition", id, "REVIEW_OPINION").andExpect(status().isCreated())));
        assertThat(review).contains("复查意见书", "补偿面积计算有误", "复查结论：维持原处理意见", "原处理意见认定事实清楚",
                "自收到本意见书之日起30日内，向复查机关、单位的上一级机关、单位请求复核",
                "收到复查请求的机关、单位应当自收到复查请求之日起30日内提出复查意见，并予以书面答复。");

        reviews.request(id, ReviewLevel.RE_REVIEW, new ReviewRequest("仍认为面积有误", null));
        complete(id, PetitionProcess.TASK_RE_REVIEW_OPINION, Map.of("reReviewStep", "OPINION",
                "opinion", "经复核，维持复查意见。", "opinionResult", "UPHELD"));
        String reReview = pdfText("petition", body(issue("petition", id, "RE_REVIEW_OPINION")
                .andExpect(status().isCreated())));
        assertThat(reReview).contains("复核意见书", "仍认为面积有误", "经复核，维持复查意见", "原处理意见认定事实清楚",
                "信访人对复核意见不服，仍然以同一事实和理由提出投诉请求的，各级党委和政府信访部门和其他机关、单位不再受理。");

        // the same matter again: not taken (第三十六条第三款)
        Long repeat = register(WANG, "城关镇 农经站。", "要求补发2024年度的退耕还林补助资金");
        assertThat(list("petition", repeat).get("issuable").findValuesAsText("kind")).containsExactly("NOT_ACCEPTED_AGAIN");
        String refused = pdfText("petition", body(issue("petition", repeat, "NOT_ACCEPTED_AGAIN")
                .andExpect(status().isCreated())));
        assertThat(refused).contains("不再受理告知书", "（编号" + petitionNo + "）", "本机关不再受理", "第三十六条第三款");

        assertThat(list("petition", id).get("issuable").findValuesAsText("kind")).containsExactly("ACCEPTANCE",
                "EXTENSION", "REPLY", "REVIEW_OPINION", "RE_REVIEW_OPINION");
        mvc.perform(get("/api/petitions/" + id + "/timeline").with(httpBasic("petition", "petition")))
                .andExpect(jsonPath("$[?(@.type == 'DOCUMENT_ISSUED')].summary").value(org.hamcrest.Matchers
                        .containsInRelativeOrder("出具受理告知书（第1版）", "出具信访处理意见书（第1版）",
                                "出具信访处理意见书（第2版）", "出具复核意见书（第1版）")));
        mvc.perform(get("/api/documents/verification/" + reply.get("verificationCode").asText().toLowerCase())
                        .with(httpBasic("petition", "petition")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.kind").value("PETITION_REPLY"))
                .andExpect(jsonPath("$.href").value(reply.get("href").asText()));
    }

    @Test
    void shouldIssueTheNoticesOfPetitionsGuidedTransferredAndSentToMediationNumberedOnceInTheYear() throws Exception {
        Long guided = register(LI, "某装修公司", "要求支付拖欠装修工资两万元");
        decide(guided, "GUIDE_TO_PROCEDURE", Map.of("guidedProcedure", "ARBITRATION"));
        JsonNode guidance = body(issue("petition", guided, "GUIDANCE").andExpect(status().isCreated()));
        assertThat(pdfText("petition", guidance)).contains("导入法定途径告知书", "要求支付拖欠装修工资两万元",
                "决定导入相应程序处理：仲裁（第三十一条第二项）", "（二）应当通过仲裁解决的，导入相应程序处理。", LI);

        Long court = register(LI, "和美县人民法院", "要求再审宅基地纠纷判决");
        decide(court, "TRANSFER_POLITICAL_LEGAL", Map.of());
        JsonNode politicalLegal = body(issue("petition", court, "TRANSFER").andExpect(status().isCreated()));
        assertThat(pdfText("petition", politicalLegal)).contains("转送告知书", "将其转送政法部门处理", "第二十八条第二款",
                "要求再审宅基地纠纷判决");

        Long elsewhere = register(LI, "邻县某检测站", "反映邻县某检测站违规收取检测费");
        decide(elsewhere, "TRANSFER_AUTHORITY", Map.of("transferAuthority", "邻县人民政府信访局"));
        JsonNode transfer = body(issue("petition", elsewhere, "TRANSFER").andExpect(status().isCreated()));
        assertThat(pdfText("petition", transfer)).contains("将其转送邻县人民政府信访局处理", "并告知信访人转送、交办去向")
                .doesNotContain("第二十八条第二款");

        Long mediated = register(WANG, "赵七", "要求赵七拆除越界搭建的柴棚");
        decide(mediated, "REFER_TO_MEDIATION", Map.of("partiesConsent", true, "disputeType", "NEIGHBOUR",
                "respondentKind", "PERSON", "respondentPhone", "13900139000"));
        JsonNode referral = body(issue("petition", mediated, "MEDIATION_REFERRAL").andExpect(status().isCreated()));
        assertThat(pdfText("petition", referral)).contains("访调对接告知书", "经争议双方当事人同意", "要求赵七拆除越界搭建的柴棚",
                "经调解、和解达成一致意见的，应当制作调解协议书或者和解协议书。");

        List<Integer> serials = List.of(serial(guidance), serial(politicalLegal), serial(transfer), serial(referral));
        assertThat(serials).doesNotHaveDuplicates().isSorted();
        int year = ChinaTime.today(clock).getYear();
        assertThat(List.of(guidance, politicalLegal, transfer, referral)).allSatisfy(paper ->
                assertThat(paper.get("documentNo").asText()).startsWith("（" + year + "）和信访字第"));
        issue("petition", guided, "ACCEPTANCE").andExpect(status().isConflict());
    }

    @Test
    void shouldGiveReadOnlyRolesAMaskedCopyAuditWholeLooksAndShowOtherOfficesNothing() throws Exception {
        Long id = register(WANG, "城关镇医疗保障所", "要求报销2025年住院医疗费用");
        decide(id, "ACCEPT", Map.of());
        JsonNode issued = body(issue("petition", id, "ACCEPTANCE").andExpect(status().isCreated()));

        String copy = pdfText("leader", issued);
        assertThat(copy).contains("查阅副本", "王五", "要求报销2025年住院医疗费用").doesNotContain(WANG, PHONE);
        issue("leader", id, "ACCEPTANCE").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.message").value("只有办理信访事项的人员可以出具文书"));
        assertThat(list("leader", id).get("issued")).hasSize(1);

        download("petition", issued);
        assertThat(jdbc.queryForObject("select count(*) from audit_event where subject_kind = 'PETITION'"
                + " and subject_id = ? and action = 'PERSONAL_DATA_VIEWED' and detail like '查看文书受理告知书%'",
                Long.class, id)).isEqualTo(1);

        mvc.perform(get("/api/petitions/" + id + "/documents").with(httpBasic("lean-intake", "lean-intake")))
                .andExpect(status().isNotFound());
        mvc.perform(get(issued.get("href").asText()).with(httpBasic("lean-intake", "lean-intake")))
                .andExpect(status().isNotFound());
        issue("lean-intake", id, "ACCEPTANCE").andExpect(status().isNotFound());
        mvc.perform(get("/api/documents/verification/" + issued.get("verificationCode").asText())
                        .with(httpBasic("lean-intake", "lean-intake")))
                .andExpect(status().isNotFound());
        issue("petition", id, "MEDIATION_AGREEMENT").andExpect(status().isBadRequest());
        mvc.perform(post("/api/disputes/1/documents/PETITION_REPLY").with(httpBasic("petition", "petition")))
                .andExpect(status().is4xxClientError());
        mvc.perform(get("/api/petitions/" + id + "/documents")).andExpect(status().isUnauthorized());
    }

    /** Desks pressing 生成 at once: each answer is a version issued (201) or a clear 409; one number for all. */
    @Test
    void shouldAnswerIssuesOfTheSameVersionAtOnceWithoutAServerError() throws Exception {
        Long id = register(LI, "城关镇水利站", "要求疏通村口排水沟");
        decide(id, "ACCEPT", Map.of());
        int desks = 4;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(desks);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<org.springframework.mock.web.MockHttpServletResponse>> answers = new ArrayList<>();
        for (int desk = 0; desk < desks; desk++) {
            answers.add(pool.submit(() -> {
                start.await();
                return issue("petition", id, "ACCEPTANCE").andReturn().getResponse();
            }));
        }
        start.countDown();
        int issued = 0;
        for (var answer : answers) {
            var response = answer.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(response.getStatus()).as(response.getContentAsString()).isIn(201, 409);
            issued += response.getStatus() == 201 ? 1 : 0;
        }
        pool.shutdown();
        JsonNode versions = list("petition", id).get("issued");
        assertThat(versions).hasSize(issued);
        assertThat(versions).extracting(version -> version.get("version").asInt()).doesNotHaveDuplicates();
        assertThat(versions).extracting(version -> version.get("documentNo").asText())
                .containsOnly(versions.get(0).get("documentNo").asText());
    }

    // --- steps -------------------------------------------------------------------------------------------

    private Long register(String idNumber, String respondent, String demand) {
        return petitionService.register(new RegisterPetitionRequest(PetitionForm.VISIT, PetitionCategory.CLAIM,
                List.of(new RegisterPetitionRequest.PetitionerInput("王五", idNumber, PHONE)), respondent, DONGCUN,
                "来访反映：" + demand, demand, null), "petition").id();
    }

    private void decide(Long id, String decision, Map<String, Object> more) {
        Map<String, Object> variables = new HashMap<>(Map.of("acceptanceDecision", decision,
                "noticeContent", "本机关将调查核实后书面答复"));
        variables.putAll(more);
        complete(id, null, variables);
    }

    private void requestExtension(Long id, int days) {
        complete(id, PetitionProcess.TASK_HANDLE, Map.of("handlingStep", "REQUEST_EXTENSION", "extensionDays", days,
                "clockChangeReason", "需会同自然资源部门实地勘测"));
    }

    /** Completes the petition's task of that key (its only open task if null). */
    private void complete(Long id, String key, Map<String, Object> variables) {
        var query = taskService.createTaskQuery()
                .processInstanceId(petitions.findById(id).orElseThrow().getProcessInstanceId());
        Task task = key == null ? query.singleResult() : query.taskDefinitionKey(key).singleResult();
        taskService.complete(task.getId(), variables);
    }

    private ResultActions issue(String user, Long id, String kind) throws Exception {
        return mvc.perform(post("/api/petitions/" + id + "/documents/" + kind).with(httpBasic(user, user)));
    }

    private JsonNode list(String user, Long id) throws Exception {
        return body(mvc.perform(get("/api/petitions/" + id + "/documents").with(httpBasic(user, user)))
                .andExpect(status().isOk()));
    }

    private byte[] download(String user, JsonNode paper) throws Exception {
        return mvc.perform(get(paper.get("href").asText()).with(httpBasic(user, user)))
                .andExpect(status().isOk()).andExpect(content().contentType("application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();
    }

    private String pdfText(String user, JsonNode paper) throws Exception {
        try (PDDocument pdf = Loader.loadPDF(download(user, paper))) {
            return text(pdf);
        }
    }

    private JsonNode body(ResultActions result) throws Exception {
        return json.readTree(result.andReturn().getResponse().getContentAsString());
    }

    private static void assertEveryPageCarries(PDDocument document, JsonNode paper) throws java.io.IOException {
        for (int page = 1; page <= document.getNumberOfPages(); page++) {
            PDFTextStripper onePage = new PDFTextStripper();
            onePage.setSortByPosition(true);
            onePage.setStartPage(page);
            onePage.setEndPage(page);
            assertThat(onePage.getText(document).replaceAll("\\s+", ""))
                    .contains(paper.get("documentNo").asText(), paper.get("verificationCode").asText(),
                            "第" + page + "页，共" + document.getNumberOfPages() + "页");
        }
    }

    /** The text as a reader sees it, in reading order, without line breaks. */
    private static String text(PDDocument document) throws java.io.IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setSortByPosition(true);
        return stripper.getText(document).replaceAll("\\s+", "");
    }

    private static int serial(JsonNode paper) {
        return Integer.parseInt(paper.get("documentNo").asText().replaceAll(".*第(\\d+)号", "$1"));
    }

    private static Iterable<PDFont> fontsOf(PDPage page) throws java.io.IOException {
        List<PDFont> fonts = new ArrayList<>();
        for (COSName name : page.getResources().getFontNames()) {
            fonts.add(page.getResources().getFont(name));
        }
        return fonts;
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
