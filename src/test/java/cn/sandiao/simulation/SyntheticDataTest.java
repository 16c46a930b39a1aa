package cn.sandiao.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.dispute.TriageAdvisor;
import cn.sandiao.dispute.ResponsibleDepartments;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionRepository;
import cn.sandiao.statistics.HistoryBaseline;
import cn.sandiao.statistics.MonthlyReport;
import cn.sandiao.statistics.MonthlyReports;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The generator's data counted two ways: the counters it writes with each chunk give the same monthly report as
 * a count from scratch over the tables; its proportions look like a county's; its risk levels, first bodies and
 * hand-offs are what the deployed DMN tables decide; and process mode ends each case as planned. The data goes
 * into the shared test database with SIM numbers, in past months only.
 */
@SimulationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SyntheticDataTest {

    private static final int CASES = 2000;
    private static final int PETITIONS = 400;

    @Autowired SyntheticBulk bulk;
    @Autowired Clock clock;
    @Autowired SyntheticProcesses processes;
    @Autowired MonthlyReports reports;
    @Autowired HistoryBaseline history;
    @Autowired RegionRepository regions;
    @Autowired JdbcTemplate jdbc;
    @Autowired DecisionService decisions;
    @Autowired ResponsibleDepartments departments;

    SyntheticBulk.Result generated;

    @BeforeAll
    void generate() throws Exception {
        // no extra townships: other tests read the demo county's region tree
        generated = bulk.run(SyntheticOptions.bulk(CASES, PETITIONS, 2, 0, 7, 0));
    }

    @Test
    void shouldWriteEveryCaseAndPetitionClosedBeforeThisMonth() {
        assertThat(generated.cases()).isGreaterThanOrEqualTo(CASES);
        assertThat(count("select count(*) from dispute_case where case_no like 'SIM-%'")).isEqualTo(generated.cases());
        assertThat(count("select count(*) from petition where petition_no like 'SIM-%'")).isEqualTo(PETITIONS);
        assertThat(count("select count(*) from dispute_case where case_no like 'SIM-%' and (closed_at is null"
                + " or status <> 'CLOSED' or process_instance_id is not null)")).isZero();
        assertThat(count("select count(*) from petition where petition_no like 'SIM-%' and closed_on is null")).isZero();
        java.sql.Date firstOfMonth = java.sql.Date.valueOf(YearMonth.from(ChinaTime.today(clock)).atDay(1));
        assertThat(count("select count(*) from dispute_case where case_no like 'SIM-%' and closed_at >= ?", firstOfMonth))
                .isZero();
        assertThat(count("select count(*) from dispute_party p join dispute_case d on d.id = p.case_id"
                + " where d.case_no like 'SIM-%' and p.kind = 'PERSON' and (p.id_number not like 'v1:%'"
                + " or p.phone not like 'v1:%' or p.id_number_fingerprint is null)")).isZero();
        assertThat(bulk.hasSyntheticData()).isTrue();
    }

    @Test
    void shouldReportTheSameFromTheCountersAsFromScratch() {
        List<String> differences = new ArrayList<>();
        YearMonth last = YearMonth.from(ChinaTime.today(clock)).minusMonths(1);
        for (YearMonth month : List.of(last, last.minusMonths(1), last.minusMonths(7), last.minusMonths(16),
                last.minusMonths(23))) {
            for (String code : List.of("990101", "990101001", "990101002", "990101002001")) {
                Region region = regions.findById(code).orElseThrow();
                MonthlyReport live = reports.live(month, region);
                MonthlyReport recounted = reports.recounted(month, region);
                if (!live.disputes().equals(recounted.disputes())) {
                    differences.add(month + " " + code + " disputes:\n  live      " + live.disputes()
                            + "\n  recounted " + recounted.disputes());
                }
                if (!live.petitions().equals(recounted.petitions())) {
                    differences.add(month + " " + code + " petitions:\n  live      " + live.petitions()
                            + "\n  recounted " + recounted.petitions());
                }
            }
        }
        assertThat(differences).isEmpty();
        assertThat(reports.live(last, regions.findById("990101").orElseThrow()).disputes().registered()).isPositive();
    }

    @Test
    void shouldLookLikeACountysYear() {
        Map<String, Object> d = jdbc.queryForMap("select count(*) total,"
                + " sum(case when result = 'SUCCEEDED' then 1 else 0 end) succeeded,"
                + " sum(case when result in ('SUCCEEDED', 'FAILED_TO_JUDICIAL', 'FAILED_TO_ADMINISTRATIVE') then 1 else 0 end) mediated,"
                + " sum(case when result = 'DECLINED' then 1 else 0 end) declined,"
                + " sum(case when result = 'WITHDRAWN' then 1 else 0 end) withdrawn,"
                + " sum(case when cast(closed_at as date) > closing_due then 1 else 0 end) overdue,"
                + " sum(case when channel = 'ADMINISTRATIVE' then 1 else 0 end) administrative,"
                + " sum(case when channel = 'JUDICIAL' then 1 else 0 end) judicial"
                + " from dispute_case where case_no like 'SIM-%'");
        double total = number(d, "TOTAL");
        assertThat(100 * number(d, "SUCCEEDED") / number(d, "MEDIATED")).as("调解成功率").isBetween(90.0, 99.0);
        assertThat(100 * number(d, "DECLINED") / total).as("不予受理").isBetween(1.0, 5.0);
        assertThat(100 * number(d, "WITHDRAWN") / total).as("撤回").isBetween(0.5, 6.0);
        assertThat(100 * number(d, "OVERDUE") / total).as("逾期结案").isBetween(2.0, 15.0);
        assertThat(100 * number(d, "ADMINISTRATIVE") / total).as("行政调解").isBetween(2.0, 15.0);
        assertThat(number(d, "JUDICIAL")).as("司法调解").isPositive();
        assertThat(count("select count(*) from case_handoff h join dispute_case d on d.id = h.case_id"
                + " where d.case_no like 'SIM-%' and h.to_level = 'TOWNSHIP'")).isPositive();
        assertThat(count("select count(*) from judicial_confirmation j join dispute_case d on d.id = j.case_id"
                + " where d.case_no like 'SIM-%' and j.ruling = 'CONFIRMED'")).isPositive();
        assertThat(count("select count(*) from follow_up f join dispute_case d on d.id = f.case_id"
                + " where d.case_no like 'SIM-%' and f.performance is not null")).isPositive();

        Map<String, Object> p = jdbc.queryForMap("select count(*) total,"
                + " sum(case when evaluation in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end) satisfied,"
                + " sum(case when evaluation in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED') then 1 else 0 end) evaluated,"
                + " sum(case when acceptance_decision in ('ACCEPT', 'REFER_TO_MEDIATION') then 1 else 0 end) accepted,"
                + " sum(case when acceptance_decision in ('ACCEPT', 'REFER_TO_MEDIATION') and accepted_on <= acceptance_due"
                + " then 1 else 0 end) timely,"
                + " sum(case when repeat_of is not null then 1 else 0 end) repeats,"
                + " sum(case when dispute_case_id is not null then 1 else 0 end) referred"
                + " from petition where petition_no like 'SIM-%'");
        assertThat(100 * number(p, "SATISFIED") / number(p, "EVALUATED")).as("满意率").isBetween(85.0, 97.0);
        assertThat(100 * number(p, "TIMELY") / number(p, "ACCEPTED")).as("及时受理率").isBetween(90.0, 99.9);
        assertThat(number(p, "REPEATS")).as("重复信访").isPositive();
        assertThat(number(p, "REFERRED")).as("访调对接").isPositive();
        assertThat(count("select count(*) from petition_notice n join petition p on p.id = n.petition_id"
                + " where p.petition_no like 'SIM-%' and n.kind = 'EXTENSION'")).isPositive();
    }

    @Test
    void shouldStoreTheRiskTheDmnTableGivesEachCase() {
        List<Map<String, Object>> cases = jdbc.queryForList("select distinct abnormal_death, amount, people_involved,"
                + " repeated_escalation, risk_level, risk_reason from dispute_case where case_no like 'SIM-%'");
        assertThat(cases).extracting(c -> c.get("RISK_LEVEL")).contains("GENERAL", "SERIOUS", "MAJOR");
        for (Map<String, Object> c : cases) {
            BigDecimal amount = (BigDecimal) c.get("AMOUNT");
            DmnDecisionResultEntries risk = decide(SimulationRules.RISK, Variables.createVariables()
                    .putValue("abnormalDeath", c.get("ABNORMAL_DEATH"))
                    .putValue("amount", amount == null ? 0.0 : amount.doubleValue())
                    .putValue("peopleInvolved", ((Number) c.get("PEOPLE_INVOLVED")).intValue())
                    .putValue("repeatedEscalation", c.get("REPEATED_ESCALATION")));
            assertThat(List.of(c.get("RISK_LEVEL"), c.get("RISK_REASON"))).as(c.toString())
                    .isEqualTo(List.of(risk.getEntry("riskLevel"), risk.getEntry("riskReason")));
        }
    }

    @Test
    void shouldStartEachCaseWhereTheRoutingTableSuggestsOrAtTheDepartment() {
        List<Map<String, Object>> starts = jdbc.queryForList("select distinct d.dispute_type, d.risk_level,"
                + " m.mediation_level from dispute_case d join mediation m on m.case_id = d.id"
                + " where d.case_no like 'SIM-%' and m.id = (select min(id) from mediation where case_id = d.id)");
        for (Map<String, Object> start : starts) {
            boolean professionalCommittee = jdbc.queryForObject("select count(*) from committee"
                    + " where kind = 'PROFESSIONAL' and specialty = ? and active", Integer.class,
                    start.get("DISPUTE_TYPE")) > 0;
            String suggested = decide(SimulationRules.ROUTING, Variables.createVariables()
                    .putValue(TriageAdvisor.ROUTING_PROFESSIONAL_COMMITTEE, professionalCommittee)
                    .putValue("riskLevel", start.get("RISK_LEVEL"))).getEntry("mediationLevel");
            assertThat(start.get("MEDIATION_LEVEL")).as(start.toString()).isIn(suggested, "ADMINISTRATIVE");
        }
        assertThat(starts).extracting(s -> s.get("MEDIATION_LEVEL"))
                .contains("VILLAGE", "TOWNSHIP", "PROFESSIONAL", "ADMINISTRATIVE");
    }

    /** Each hand-off after a failed mediation goes where dispute_escalation sends it, as CaseEscalation carries it out. */
    @Test
    void shouldHandCasesOnWhereTheEscalationTableSends() {
        List<Map<String, Object>> handoffs = jdbc.queryForList("select distinct h.from_channel, h.from_level,"
                + " d.dispute_type, m.escalate_to, h.to_channel, h.to_level from case_handoff h"
                + " join dispute_case d on d.id = h.case_id"
                + " join mediation m on m.case_id = h.case_id and m.mediation_level = h.from_level and m.result = 'FAILED'"
                + " where d.case_no like 'SIM-%'");
        assertThat(handoffs).extracting(h -> h.get("TO_CHANNEL")).contains("PEOPLE", "ADMINISTRATIVE", "JUDICIAL");
        for (Map<String, Object> h : handoffs) {
            MediationLevel from = MediationLevel.valueOf((String) h.get("FROM_LEVEL"));
            DisputeType type = DisputeType.valueOf((String) h.get("DISPUTE_TYPE"));
            String escalation = decide(SimulationRules.ESCALATION, Variables.createVariables()
                    .putValue("channel", h.get("FROM_CHANNEL")).putValue("disputeType", type.name())
                    .putValue("escalateTo", h.get("ESCALATE_TO"))
                    .putValue("hasHigherLevel", "PEOPLE".equals(h.get("FROM_CHANNEL")) && from.next().isPresent())
                    .putValue("departmentDuty", departments.of(type).isPresent()))
                    .getEntry("escalation");
            List<String> target = switch (escalation) {
                case "NEXT_LEVEL" -> List.of("PEOPLE", from.next().orElseThrow().name());
                case "ADMINISTRATIVE" -> List.of("ADMINISTRATIVE", "ADMINISTRATIVE");
                case "JUDICIAL" -> List.of("JUDICIAL", "COURT");
                case "ARBITRATION" -> List.of("ARBITRATION", "-");
                default -> List.of("JUDICIAL", "-");
            };
            assertThat(List.of(h.get("TO_CHANNEL"), Objects.toString(h.get("TO_LEVEL"), "-"))).as(h + " → " + escalation)
                    .isEqualTo(target);
        }
    }

    private DmnDecisionResultEntries decide(String decision, Map<String, Object> variables) {
        return decisions.evaluateDecisionByKey(decision).variables(variables).evaluate().getSingleResult();
    }

    @Test
    void shouldEndEveryCaseDrivenThroughTheProcessesAsPlanned() throws Exception {
        SyntheticProcesses.Result result = processes.run(20, 2, 11);

        assertThat(result.failed()).isZero();
        assertThat(result.cases()).hasSize(20);
        for (SyntheticProcesses.Driven driven : result.cases()) {
            Map<String, Object> row = jdbc.queryForMap(
                    "select status, result, process_instance_id from dispute_case where case_no = ?", driven.caseNo());
            assertThat(row.get("STATUS")).as(driven.caseNo() + " " + driven.plan()).isEqualTo("CLOSED");
            assertThat(row.get("RESULT")).as(driven.caseNo() + " " + driven.plan()).isEqualTo(driven.plan().expected.name());
            assertThat(row.get("PROCESS_INSTANCE_ID")).isNotNull();
        }
        assertThat(result.cases()).extracting(SyntheticProcesses.Driven::plan).hasSizeGreaterThan(0);
    }

    @Test
    void shouldCountCasesDrivenThroughTheProcessesTheSameFromTheEngineHistoryAsInTheReport() throws Exception {
        YearMonth month = YearMonth.from(ChinaTime.today(clock));
        Region county = regions.findById("990101").orElseThrow();
        Region township = regions.findById("990101001").orElseThrow();
        HistoryBaseline.Figures historyBefore = history.month(month, county);
        MonthlyReport.Disputes reportBefore = reports.live(month, county).disputes();
        HistoryBaseline.Figures townshipBefore = history.month(month, township);
        MonthlyReport.Disputes townshipReportBefore = reports.live(month, township).disputes();

        SyntheticProcesses.Result result = processes.run(30, 2, 23);

        assertThat(result.failed()).isZero();
        HistoryBaseline.Figures historyAfter = history.month(month, county);
        MonthlyReport.Disputes reportAfter = reports.live(month, county).disputes();
        assertThat(historyAfter.registered() - historyBefore.registered()).isEqualTo(30);
        assertSameChange(historyBefore, historyAfter, reportBefore, reportAfter);
        assertSameChange(townshipBefore, history.month(month, township), townshipReportBefore,
                reports.live(month, township).disputes());
    }

    /** Other tests' cases are in this month too: what the 30 cases added must be the same both ways. */
    private static void assertSameChange(HistoryBaseline.Figures historyBefore, HistoryBaseline.Figures historyAfter,
                                         MonthlyReport.Disputes reportBefore, MonthlyReport.Disputes reportAfter) {
        assertThat(historyAfter.declined() - historyBefore.declined())
                .isEqualTo(reportAfter.declined() - reportBefore.declined());
        assertThat(historyAfter.mediated() - historyBefore.mediated())
                .isEqualTo(reportAfter.mediated() - reportBefore.mediated()).isPositive();
        assertThat(historyAfter.succeeded() - historyBefore.succeeded())
                .isEqualTo(reportAfter.succeeded() - reportBefore.succeeded()).isPositive();
        assertThat(historyAfter.withdrawn() - historyBefore.withdrawn())
                .isEqualTo(reportAfter.withdrawn() - reportBefore.withdrawn());
        assertThat(historyAfter.closed() - historyBefore.closed())
                .isEqualTo(reportAfter.closed() - reportBefore.closed());
        assertThat(change(historyBefore.byType(), historyAfter.byType()))
                .isEqualTo(change(counts(reportBefore.byType()), counts(reportAfter.byType())));
        assertThat(change(historyBefore.byRegion(), historyAfter.byRegion()))
                .isEqualTo(change(counts(reportBefore.byRegion()), counts(reportAfter.byRegion())));
    }

    private static Map<String, HistoryBaseline.Counts> counts(List<MonthlyReport.Breakdown> rows) {
        Map<String, HistoryBaseline.Counts> counts = new HashMap<>();
        for (MonthlyReport.Breakdown row : rows) {
            counts.put(row.code(), new HistoryBaseline.Counts(orZero(row.registered()), orZero(row.mediated()),
                    orZero(row.succeeded())));
        }
        return counts;
    }

    private static Map<String, List<Long>> change(Map<String, HistoryBaseline.Counts> before,
                                                  Map<String, HistoryBaseline.Counts> after) {
        HistoryBaseline.Counts none = new HistoryBaseline.Counts(0, 0, 0);
        Set<String> codes = new HashSet<>(before.keySet());
        codes.addAll(after.keySet());
        Map<String, List<Long>> change = new HashMap<>();
        for (String code : codes) {
            HistoryBaseline.Counts b = before.getOrDefault(code, none);
            HistoryBaseline.Counts a = after.getOrDefault(code, none);
            List<Long> delta = List.of(a.registered() - b.registered(), a.mediated() - b.mediated(),
                    a.succeeded() - b.succeeded());
            if (delta.stream().anyMatch(d -> d != 0)) {
                change.put(code, delta);
            }
        }
        return change;
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }

    private long count(String sql, Object... args) {
        Long value = jdbc.queryForObject(sql, Long.class, args);
        return value == null ? 0 : value;
    }

    private static double number(Map<String, Object> row, String column) {
        Object value = row.get(column);
        return value == null ? 0 : ((Number) value).doubleValue();
    }
}
