package cn.sandiao.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionRepository;
import cn.sandiao.statistics.MonthlyReports;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Screening rounds (矛盾纠纷排查) recorded through the API: a round's found disputes registered as cases (source 网格排查,
 * linked to the round) or settled on the spot; counted in the month's report as rounds held and disputes found, the
 * same live and recounted; scoped to the recorder's office or committee; refused in Chinese at the field with nothing
 * stored; a committee that missed a month reminded once, one that held a round not at all.
 */
@IntegrationTest
class ScreeningRoundsTest {

    static final String COUNTY = "990101";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestClock clock;
    @Autowired DisputeService disputes;
    @Autowired MonthlyReports reports;
    @Autowired RegionRepository regions;
    @Autowired ScreeningReminders reminders;
    @Autowired ScreeningProperties properties;
    @Autowired RuntimeService runtimeService;
    @Autowired TaskService taskService;
    @Autowired HistoryService historyService;

    @Test
    void shouldRecordARoundWhoseDisputesBecomeACaseAreSettledOnTheSpotOrArePreventedAndCountThem() throws Exception {
        LocalDate today = ChinaTime.today(clock);
        YearMonth month = YearMonth.from(today);
        JsonNode before = report(month).at("/disputes/screening");

        JsonNode round = record("intake", round("dongcun", today, "ROUTINE", List.of(
                registeredNow("两户因宅基地边界的围墙发生争执"),
                settled("邻里因排水沟堵塞争吵", "调委会主任到场疏通排水沟，双方当场和解"),
                prevented("两兄弟为赡养老人分摊费用有怨言", "网格员上门讲明赡养义务，兄弟二人商定轮流照顾"))), 201);

        assertThat(round.get("committeeName").asText()).isEqualTo("东村人民调解委员会");
        assertThat(round.get("regionCode").asText()).as("the committee's village by default")
                .isEqualTo(DisputeRequests.DONGCUN);
        assertThat(round.get("kindLabel").asText()).isEqualTo("日常排查");
        assertThat(round.get("found").asInt()).isEqualTo(3);
        assertThat(round.get("registered").asInt()).isOne();
        assertThat(round.get("settledOnSpot").asInt()).isOne();
        assertThat(round.get("prevented").asInt()).isOne();
        JsonNode registered = round.at("/findings/0");
        assertThat(registered.get("outcomeLabel").asText()).isEqualTo("登记受理");
        assertThat(registered.get("caseNo").asText()).matches("TJ-\\d{4}-\\d{6}");
        assertThat(round.at("/findings/1/outcomeLabel").asText()).isEqualTo("当场化解");
        assertThat(round.at("/findings/2/outcomeLabel").asText()).isEqualTo("预防纠纷");
        assertThat(round.at("/findings/2").hasNonNull("caseNo")).as("a prevented dispute has no case").isFalse();

        // the case: registered through the one registration, source 网格排查, its process running, linked to the round
        long roundId = round.get("id").asLong();
        long caseId = registered.get("caseId").asLong();
        DisputeViews.Detail detail = disputes.detail(caseId);
        assertThat(detail.source()).isEqualTo(DisputeSource.GRID_SCREENING);
        assertThat(detail.caseNo()).isEqualTo(registered.get("caseNo").asText());
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(detail.caseNo()).count())
                .isOne();
        assertThat(jdbc.queryForObject("select round_id from screening_finding where case_id = ?", Long.class, caseId))
                .isEqualTo(roundId);
        assertThat(disputes.timeline(caseId)).anySatisfy(step -> {
            assertThat(step.type()).isEqualTo(CaseEventType.SCREENING_FOUND);
            assertThat(step.summary()).contains("东村人民调解委员会", "日常排查", "排查记录" + roundId);
        });
        // no names, ID numbers or phones in the round's own rows
        assertThat(jdbc.queryForList("select description, settled_note from screening_finding where round_id = ?",
                roundId).toString()).doesNotContain("张三", DisputeRequests.APPLICANT_ID, "13800138000");

        // the month's report: one round more, three disputes found (one registered, one settled, one prevented)
        JsonNode after = report(month).at("/disputes/screening");
        assertThat(after.get("rounds").asLong()).isEqualTo(before.get("rounds").asLong() + 1);
        assertThat(after.get("found").asLong()).isEqualTo(before.get("found").asLong() + 3);
        assertThat(after.get("registered").asLong()).isEqualTo(before.get("registered").asLong() + 1);
        assertThat(after.get("settledOnSpot").asLong()).isEqualTo(before.get("settledOnSpot").asLong() + 1);
        assertThat(after.get("prevented").asLong()).isEqualTo(before.get("prevented").asLong() + 1);
        assertThat(kind(after, "ROUTINE")).isEqualTo(kind(before, "ROUTINE") + 1);
        assertThat(after.at("/roundsByKind").findValuesAsText("name"))
                .containsExactly("日常排查", "专项排查", "节假日及敏感时期排查");
        // the live counters and the recount from the tables agree, the year to date too
        Region county = regions.findById(COUNTY).orElseThrow();
        assertThat(reports.recounted(month, county).disputes().screening())
                .isEqualTo(reports.live(month, county).disputes().screening());
        assertThat(reports.recounted(month, county).yearToDate().disputes().screening())
                .isEqualTo(reports.live(month, county).yearToDate().disputes().screening());
        // the summary sentence of the year to date, worded as county summaries word it
        JsonNode year = report(month).at("/yearToDate/disputes/screening");
        assertThat(read("stats", "/api/statistics/narrative?region=" + COUNTY, 200).get("sentences").toString())
                .contains("开展矛盾纠纷排查" + year.get("rounds").asLong() + "次，排查发现矛盾纠纷" + year.get("found").asLong()
                        + "件，预防纠纷" + year.get("prevented").asLong() + "件，其中登记受理");

        // the office sees it, and so does the committee; another township's office does not
        assertThat(read("supervisor", "/api/screening-rounds?month=" + month + "&region=" + COUNTY, 200)
                .findValuesAsText("id")).contains(String.valueOf(roundId));
        assertThat(read("mediator", "/api/screening-rounds/" + roundId, 200).get("participants").asText())
                .isEqualTo("村调委会主任王秀英、网格员赵强");
        read("lean-intake", "/api/screening-rounds/" + roundId, 404);
        read("xicun-mediator", "/api/screening-rounds/" + roundId, 404);
        read("lean-intake", "/api/screening-rounds?month=" + month + "&region=990101001", 403);
        assertThat(read("lean-intake", "/api/screening-rounds?month=" + month, 200).findValuesAsText("id"))
                .doesNotContain(String.valueOf(roundId));
        assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'SCREENING_RECORDED'"
                + " and actor = 'intake' and detail like ?", Integer.class, "%东村人民调解委员会%")).isPositive();
    }

    @Test
    void shouldLinkACaseRegisteredFromTheRoundByItsNumberAndLetAMediatorRecordForItsOwnCommittee() throws Exception {
        LocalDate today = ChinaTime.today(clock);
        String caseNo = disputes.register(DisputeRequests.fromSource(DisputeSource.GRID_SCREENING), "intake").caseNo();

        JsonNode linked = record("intake", round("dongcun", today, "SPECIAL_CAMPAIGN",
                List.of(linkedCase("专项排查中发现的宅基地纠纷", caseNo))), 201);
        assertThat(linked.at("/findings/0/caseNo").asText()).isEqualTo(caseNo);
        // a case is one round's finding only
        assertThat(field(record("intake", round("dongcun", today, "ROUTINE",
                List.of(linkedCase("同一纠纷", caseNo))), 400), "findings[0].caseNo")).startsWith("该案件已记为排查发现的纠纷");

        // the mediator leaves the committee out: its own; a round that found nothing is a round held all the same
        ObjectNode own = round(null, today, "BEFORE_HOLIDAY_OR_SENSITIVE_PERIOD", List.of());
        JsonNode recorded = record("mediator", own, 201);
        assertThat(recorded.get("committeeCode").asText()).isEqualTo("dongcun");
        assertThat(recorded.get("found").asInt()).isZero();
        assertThat(recorded.get("recordedBy").asText()).isEqualTo("mediator");
    }

    @Test
    void shouldRefuseBadRoundsInChineseAtTheirFieldAndStoreNothing() throws Exception {
        LocalDate today = ChinaTime.today(clock);
        String walkIn = disputes.register(DisputeRequests.fromSource(DisputeSource.WALK_IN), "intake").caseNo();
        long rounds = count("screening_round");
        long findings = count("screening_finding");
        long cases = count("dispute_case");

        ObjectNode noKind = round("dongcun", today, "ROUTINE", List.of());
        noKind.remove("kind");
        assertThat(field(record("intake", noKind, 400), "kind")).isEqualTo("请选择排查类型");
        assertThat(field(record("intake", round("dongcun", today.plusDays(1), "ROUTINE", List.of()), 400), "heldOn"))
                .isEqualTo("排查日期不能晚于今天");
        assertThat(field(record("intake", round("dongcun", today, "ROUTINE", List.of(settled("争执", " "))), 400),
                "findings[0].settledNote")).isEqualTo("请填写当场化解的情况");
        assertThat(field(record("intake", round("dongcun", today, "ROUTINE", List.of(registeredNow("围墙纠纷"),
                prevented("苗头", null))), 400), "findings[1].settledNote")).isEqualTo("请填写预防纠纷的情况");
        assertThat(field(record("intake", round("dongcun", today, "ROUTINE",
                List.of(prevented("苗头", "已疏导").put("caseNo", walkIn))), 400), "findings[0].outcome"))
                .startsWith("预防纠纷的不登记案件");
        assertThat(field(record("intake", round("dongcun", today, "ROUTINE", List.of(linkedCase("来访登记的纠纷", walkIn))),
                400), "findings[0].caseNo")).contains("不是网格排查");
        // the first finding's case is registered, the second's registration refuses a township as the place: the
        // refusal takes the first case back with the round
        ObjectNode township = registeredNow("村与村之间的山林权属争议");
        ((ObjectNode) township.get("dispute")).put("regionCode", DisputeRequests.CHENGGUAN_TOWNSHIP);
        assertThat(field(record("intake", round("chengguan", today, "ROUTINE", List.of(registeredNow("围墙纠纷"),
                township)), 400), "findings[1].dispute.regionCode")).startsWith("请选择村（社区）一级的区划");
        ObjectNode badParty = round("dongcun", today, "ROUTINE", List.of(registeredNow("围墙纠纷")));
        ((ObjectNode) badParty.at("/findings/0/dispute/parties/0")).put("idNumber", "110105194912310021");
        assertThat(field(record("intake", badParty, 400), "findings[0].dispute.parties[0].idNumber")).isNotBlank();
        // another township's office records nothing for 东村's committee, another committee's mediator neither
        assertThat(field(record("lean-intake", round("dongcun", today, "ROUTINE", List.of()), 400), "committeeCode"))
                .startsWith("该调委会不在本单位辖区内");
        assertThat(field(record("xicun-mediator", round("dongcun", today, "ROUTINE", List.of()), 400),
                "committeeCode")).startsWith("该调委会不在本单位辖区内");
        // a mediator registers no case: intake does
        assertThat(field(record("mediator", round("dongcun", today, "ROUTINE", List.of(registeredNow("围墙纠纷"))), 400),
                "findings[0].dispute")).startsWith("只有综治中心受理员可以登记案件");
        assertThat(field(record("intake", round("dongcun", today, "ROUTINE", List.of()).put("regionCode", "990101002001"),
                400), "regionCode")).startsWith("排查范围不在东村人民调解委员会的辖区内");
        // the statistician only reads
        record("stats", round("dongcun", today, "ROUTINE", List.of()), 403);

        assertThat(count("screening_round")).isEqualTo(rounds);
        assertThat(count("screening_finding")).isEqualTo(findings);
        assertThat(count("dispute_case")).as("no case registered for a refused round").isEqualTo(cases);
        assertThat(field(read("supervisor", "/api/screening-rounds?region=" + COUNTY, 400), "month"))
                .startsWith("请指定月份");
    }

    @Test
    void shouldRemindOnceACommitteeThatMissedAMonthAndNotOneThatHeldARound() throws Exception {
        // a month after the one rounds began to be expected in (the first start), whatever today is
        YearMonth missed = YearMonth.from(ChinaTime.today(clock)).plusMonths(1);
        clock.setTo(missed.atDay(15).atTime(10, 0));
        record("intake", round("xicun", ChinaTime.today(clock), "ROUTINE", List.of()), 201);

        clock.setTo(missed.plusMonths(1).atDay(1).plusDays(properties.remindAfterDays()).atTime(7, 30));
        List<ScreeningReminders.Reminder> made = reminders.remind(ChinaTime.today(clock));
        assertThat(made).anySatisfy(r -> {
            assertThat(r.committeeCode()).isEqualTo("dongcun");
            assertThat(r.periodFrom()).isEqualTo(missed.atDay(1));
            assertThat(r.periodTo()).isEqualTo(missed.atEndOfMonth());
        });
        assertThat(made).noneMatch(r -> r.committeeCode().equals("xicun"));
        assertThat(made).as("departments and the court do not screen")
                .noneMatch(r -> r.committeeCode().equals("county-court") || r.committeeCode().equals("traffic-police"));

        // the day after, and again the same day: no second reminder
        assertThat(reminders.remind(ChinaTime.today(clock))).noneMatch(r -> r.committeeCode().equals("dongcun"));
        clock.setTo(missed.plusMonths(1).atDay(1).plusDays(properties.remindAfterDays() + 1).atTime(23, 30));
        assertThat(reminders.remind(ChinaTime.today(clock))).noneMatch(r -> r.committeeCode().equals("dongcun"));
        String dongcun = ScreeningReminderProcess.businessKey("dongcun", missed.atDay(1));
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(dongcun)
                .taskCandidateGroup("mediator-dongcun").count()).isOne();
        assertThat(taskService.createTaskQuery().taskCandidateUser("mediator").processInstanceBusinessKey(dongcun)
                .singleResult().getName()).isEqualTo("补录排查或说明原因");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(
                ScreeningReminderProcess.businessKey("xicun", missed.atDay(1))).count()).isZero();

        // 东村 records the missed month late: the reminder is answered and its task ends by itself
        ProcessInstance reminder = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dongcun)
                .singleResult();
        record("mediator", round(null, missed.atDay(20), "ROUTINE", List.of()), 201);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(reminder.getId()).count()).isZero();
        assertThat(historyService.createHistoricActivityInstanceQuery().processInstanceId(reminder.getId())
                .activityId(ScreeningReminderProcess.END_RECORDED_LATE).count()).isOne();
        assertThat(reminders.of("dongcun")).anySatisfy(r -> {
            assertThat(r.periodFrom()).isEqualTo(missed.atDay(1));
            assertThat(r.answer()).isEqualTo(ScreeningReminders.ANSWER_RECORDED_LATE);
            assertThat(r.answeredBy()).isEqualTo("mediator");
        });

        // the other committees' reminders of that month are left to no one: taken away again
        runtimeService.createProcessInstanceQuery().processDefinitionKey(ScreeningReminderProcess.KEY).list().stream()
                .filter(i -> i.getBusinessKey().endsWith(missed.toString()))
                .forEach(i -> runtimeService.deleteProcessInstance(i.getId(), "测试结束"));
    }

    // ---- requests ----

    private ObjectNode round(String committee, LocalDate heldOn, String kind, List<ObjectNode> findings) {
        ObjectNode round = json.createObjectNode();
        if (committee != null) {
            round.put("committeeCode", committee);
        }
        round.put("heldOn", heldOn.toString()).put("kind", kind).put("participants", "村调委会主任王秀英、网格员赵强")
                .put("note", "入户走访");
        round.putArray("findings").addAll(findings);
        return round;
    }

    /** A dispute the round found, registered now with its parties, as POST /api/disputes takes it (no source). */
    private ObjectNode registeredNow(String description) {
        ObjectNode dispute = json.valueToTree(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN));
        dispute.remove("source");
        ObjectNode finding = json.createObjectNode().put("description", description).put("outcome", "REGISTERED");
        finding.set("dispute", dispute);
        return finding;
    }

    private ObjectNode linkedCase(String description, String caseNo) {
        return json.createObjectNode().put("description", description).put("outcome", "REGISTERED")
                .put("caseNo", caseNo);
    }

    private ObjectNode settled(String description, String note) {
        return json.createObjectNode().put("description", description).put("outcome", "SETTLED_ON_SPOT")
                .put("settledNote", note);
    }

    private ObjectNode prevented(String description, String note) {
        return json.createObjectNode().put("description", description).put("outcome", "PREVENTED")
                .put("settledNote", note);
    }

    private JsonNode record(String user, ObjectNode body, int status) throws Exception {
        String answer = mvc.perform(post("/api/screening-rounds").with(httpBasic(user, user))
                        .contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)))
                .andExpect(status().is(status)).andReturn().getResponse().getContentAsString();
        return answer.isEmpty() ? null : json.readTree(answer);
    }

    private JsonNode read(String user, String path, int status) throws Exception {
        String answer = mvc.perform(get(path).with(httpBasic(user, user))).andExpect(status().is(status)).andReturn()
                .getResponse().getContentAsString();
        return answer.isEmpty() ? null : json.readTree(answer);
    }

    private JsonNode report(YearMonth month) throws Exception {
        return read("stats", "/api/statistics/monthly?month=" + month + "&region=" + COUNTY, 200);
    }

    private static long kind(JsonNode screening, String kind) {
        for (JsonNode row : screening.get("roundsByKind")) {
            if (row.get("code").asText().equals(kind)) {
                return row.get("count").asLong();
            }
        }
        return -1;
    }

    private static String field(JsonNode error, String field) {
        for (JsonNode problem : error.get("fieldErrors")) {
            if (problem.get("field").asText().equals(field)) {
                return problem.get("message").asText();
            }
        }
        return "（" + field + " 没有错误：" + error + "）";
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
