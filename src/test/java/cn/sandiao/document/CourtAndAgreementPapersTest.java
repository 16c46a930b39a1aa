package cn.sandiao.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.CourtProcedure;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.EntrustmentKind;
import cn.sandiao.organization.CommitteeDirectory;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.workflow.BusinessCalendar;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The investigation form, the oral agreement's register, the judicial-confirmation application and the report to
 * the court, each for a case driven to where it arises (oral and written success, failure with escalation, cases
 * the court handed in), read back with PDFBox: the case's facts in Chinese, the font embedded, and a 409 with the
 * reason in Chinese before the case gets there.
 */
@IntegrationTest
class CourtAndAgreementPapersTest {

    private static final String COURT = "和美县人民法院";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputeService;
    @Autowired DisputeCaseRepository cases;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired ManagementService managementService;
    @Autowired BusinessCalendar calendar;
    @Autowired cn.sandiao.mediation.Mediations mediations;
    @Autowired CommitteeDirectory committees;

    CaseDriver steps;

    @BeforeEach
    void steps() {
        steps = new CaseDriver(disputeService, cases, runtimeService, taskService, managementService, calendar);
    }

    @Test
    void shouldPrintTheInvestigationFormWithTheCasesHeadingAndTheOralAgreementsRegister() throws Exception {
        Long caseId = steps.registered();
        // before triage only intake sees the case
        refused("intake", caseId, "INVESTIGATION_RECORD", "案件尚未由人民调解委员会受理，不能出具人民调解调查记录");
        refused("intake", caseId, "ORAL_AGREEMENT_REGISTER", "案件尚未由人民调解委员会受理，不能出具人民调解口头协议登记表");
        steps.accept(caseId);
        assertThat(list(caseId).get("issuable").findValuesAsText("kind"))
                .containsExactly("ACCEPTANCE_REGISTER", "RIGHTS_NOTICE", "INVESTIGATION_RECORD");
        refused(caseId, "ORAL_AGREEMENT_REGISTER", "调解尚未达成口头协议，不能出具人民调解口头协议登记表");

        String caseNo = cases.findById(caseId).orElseThrow().getCaseNo();
        String form = text(issued(caseId, "INVESTIGATION_RECORD"));
        assertThat(form).contains("人民调解调查记录", "案号" + caseNo, "纠纷类型邻里纠纷", "当事人张三、李四",
                "调解组织东村人民调解委员会", "调查人王秀英", "调查时间", "调查地点", "被调查人", "记录人", "调查内容",
                "被调查人（签名或按指印）", "调查人（签名）");

        steps.agreeOrally(caseId);
        String today = ChinaTime.date(calendar.today());
        refused(caseId, "MEDIATION_AGREEMENT", "调解尚未达成书面协议，不能出具人民调解协议书");
        refused(caseId, "CONFIRMATION_APPLICATION", "调解尚未达成书面协议，不能出具司法确认申请书");
        refused(caseId, "COURT_REPORT", "本案不是人民法院委派或委托调解的案件，不出具委派（委托）调解结果报告");
        String register = text(issued(caseId, "ORAL_AGREEMENT_REGISTER"));
        assertThat(register).contains("人民调解口头协议登记表", caseNo, "东村人民调解委员会", "人民调解员王秀英",
                "达成协议日期" + today, "张三", "李四", DisputeRequests.APPLICANT_ID,
                DisputeRequests.RESPONDENT_ID, "两户因宅基地边界的围墙发生争执", "口头协议内容李四当场向张三赔礼道歉，围墙维持现状",
                "协议涉及金额500元", "于" + today + "前按上述约定履行完毕", "第二十八条",
                "口头调解协议自各方当事人达成协议之日起生效", "第三十条", "当事人（签名或按指印）：张三");
    }

    @Test
    void shouldPrintTheApplicationForJudicialConfirmationOfAWrittenAgreementAddressedToTheCommitteesCourt()
            throws Exception {
        Long caseId = steps.registered();
        steps.accept(caseId);
        refused(caseId, "CONFIRMATION_APPLICATION", "调解尚未达成书面协议，不能出具司法确认申请书");
        steps.agreeInWriting(caseId);
        refused(caseId, "ORAL_AGREEMENT_REGISTER", "调解尚未达成口头协议，不能出具人民调解口头协议登记表");
        refused(caseId, "COURT_REPORT", "本案不是人民法院委派或委托调解的案件，不出具委派（委托）调解结果报告");

        String today = ChinaTime.date(calendar.today());
        String caseNo = cases.findById(caseId).orElseThrow().getCaseNo();
        String application = text(issued(caseId, "CONFIRMATION_APPLICATION"));
        assertThat(application).contains("司法确认申请书",
                "申请人：张三，女，1949年12月31日出生", "公民身份号码" + DisputeRequests.APPLICANT_ID, "联系电话13800138000",
                "申请人：李四，男，" + ChinaTime.date(LocalDate.of(1985, 6, 15)) + "出生",
                "请求事项：确认申请人张三、李四于" + today + "经东村人民调解委员会主持调解达成的人民调解协议（案号" + caseNo + "）有效。",
                "事实和理由：申请人张三、李四之间因邻里纠纷发生纠纷：两户因宅基地边界的围墙发生争执",
                "自愿达成如下调解协议：李四十日内拆除越界围墙", ChinaTime.date(calendar.today().plusDays(10)) + "前履行完毕",
                "第三十三条", "第二百零五条", "自调解协议生效之日起三十日内共同申请司法确认", "此致" + COURT,
                "申请人（签名、盖章或按指印）：张三", "申请人（签名、盖章或按指印）：李四", "人民调解协议书一份", "申请人身份证明2份");
        assertThat(application).as("not yet signed: the day is left to fill in").contains("该调解协议于年月日经各方当事人签名");

        // once every party has signed, the application says on which day the agreement took effect
        LocalDate signedOn = calendar.today();
        mediations.agreementSigned(mediations.latestOf(caseId).getId(), signedOn);
        assertThat(text(issued(caseId, "CONFIRMATION_APPLICATION")))
                .contains("该调解协议于" + ChinaTime.date(signedOn) + "经各方当事人签名、盖章或者按指印");
    }

    @Test
    void shouldRefuseTheAgreementsPapersToAFailedMediationEscalatedToTheNextLevelAndHeadTheFormWithTheNewCommittee()
            throws Exception {
        Long caseId = steps.registered();
        steps.accept(caseId);
        steps.fail(caseId, "双方对界址各执一词", "NEXT_LEVEL");
        String township = committees.get(disputeService.detail(caseId).committeeCode()).getName();
        assertThat(township).isNotEqualTo("东村人民调解委员会");
        for (String kind : List.of("MEDIATION_AGREEMENT", "ORAL_AGREEMENT_REGISTER", "CONFIRMATION_APPLICATION")) {
            issue(caseId, kind).andExpect(status().isConflict());
        }
        refused(caseId, "COURT_REPORT", "本案不是人民法院委派或委托调解的案件，不出具委派（委托）调解结果报告");
        refused(caseId, "CASE_FILE", "人民调解尚未结束，不能立卷");
        assertThat(text(issued(caseId, "INVESTIGATION_RECORD"))).contains("调解组织" + township, "当事人张三、李四");
    }

    @Test
    void shouldReportTheAgreementOfACaseTheCourtHandedInBeforeFilingToTheCourt() throws Exception {
        LocalDate signedOn = calendar.today().minusDays(1);
        Long caseId = entrusted(EntrustmentKind.BEFORE_FILING, null, signedOn);
        refused(caseId, "COURT_REPORT", "调解尚未结束，不能出具委派（委托）调解结果报告");
        steps.agreeInWriting(caseId);
        String caseNo = cases.findById(caseId).orElseThrow().getCaseNo();
        String report = text(issued(caseId, "COURT_REPORT"));
        assertThat(report).contains("委派（委托）调解结果报告", COURT + "：", "贵院以委派调解（立案前）交由本委员会调解的张三、李四邻里纠纷一案",
                "（贵院案号（2026）和民初123号）", "本委员会于" + ChinaTime.date(signedOn) + "签收材料", "由人民调解员王秀英主持调解",
                "调解已于" + ChinaTime.date(calendar.today()) + "结束", "本会案号" + caseNo, "申请人张三", "被申请人李四",
                "调解结果调解成功", "协议形式书面协议", "协议内容李四十日内拆除越界围墙", "第十九条，现将调解协议提交贵院备案",
                "第二十六条第二款", "东村人民调解委员会");
        // 特邀调解规定 第十九条: a 委派 agreement may be confirmed, at the committee's or the entrusting court
        assertThat(text(issued(caseId, "CONFIRMATION_APPLICATION"))).contains("此致" + COURT);
    }

    @Test
    void shouldReportAFailureToTheCourtAndSendAnEntrustedAgreementToItsReviewNotToConfirmation() throws Exception {
        Long failed = entrusted(EntrustmentKind.BEFORE_FILING, null, calendar.today());
        steps.fail(failed, "被申请人坚持诉讼", "NONE");
        assertThat(text(issued(failed, "COURT_REPORT"))).contains("调解结果调解不成", "未达成协议原因被申请人坚持诉讼",
                "第二十一条第一款，现将当事人的起诉状等材料移送贵院").doesNotContain("协议内容");

        Long agreed = entrusted(EntrustmentKind.AFTER_FILING, CourtProcedure.SIMPLE, calendar.today());
        steps.agreeInWriting(agreed);
        refused(agreed, "CONFIRMATION_APPLICATION", "委托调解达成的协议由人民法院审查并制作调解书结案，不申请司法确认");
        assertThat(text(issued(agreed, "COURT_REPORT"))).contains("委托调解（立案后，简易程序）",
                "第二十条，现将调解协议提交贵院审查");
    }

    /** The court hands 东村's neighbour dispute to 东村's committee. */
    private Long entrusted(EntrustmentKind kind, CourtProcedure procedure, LocalDate signedOn) throws Exception {
        String body = json.writeValueAsString(DisputeRequests.entrusted(kind, procedure, "dongcun", signedOn));
        String answer = mvc.perform(post("/api/court/entrustments").with(httpBasic("court", "court"))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        return json.readTree(answer).get("id").asLong();
    }

    private void refused(Long caseId, String kind, String reason) throws Exception {
        refused("mediator", caseId, kind, reason);
    }

    private void refused(String user, Long caseId, String kind, String reason) throws Exception {
        mvc.perform(post("/api/disputes/" + caseId + "/documents/" + kind).with(httpBasic(user, user)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.message").value(reason));
    }

    private ResultActions issue(Long caseId, String kind) throws Exception {
        return mvc.perform(post("/api/disputes/" + caseId + "/documents/" + kind).with(httpBasic("mediator", "mediator")));
    }

    /** Issues the paper and reads it back: the PDF as issued, its font embedded on every page. */
    private PDDocument issued(Long caseId, String kind) throws Exception {
        JsonNode document = json.readTree(issue(caseId, kind).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString());
        byte[] pdf = mvc.perform(get(document.get("href").asText()).with(httpBasic("mediator", "mediator")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/documents"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/documents/" + kind + ".pdf"), pdf);
        PDDocument read = Loader.loadPDF(pdf);
        assertThat(read.getNumberOfPages()).isEqualTo(document.get("pages").asInt());
        for (PDPage page : read.getPages()) {
            for (COSName name : page.getResources().getFontNames()) {
                PDFont font = page.getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("NotoSerifSC");
            }
        }
        return read;
    }

    private JsonNode list(Long caseId) throws Exception {
        return json.readTree(mvc.perform(get("/api/disputes/" + caseId + "/documents")
                .with(httpBasic("mediator", "mediator"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }

    /** The text as a reader sees it, in reading order, without white space. */
    private static String text(PDDocument document) throws Exception {
        try (document) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document).replaceAll("\\s+", "");
        }
    }
}
