package cn.sandiao.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.dispute.RegisterDisputeRequest;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionRepository;
import cn.sandiao.prevention.PreventionKind;
import cn.sandiao.prevention.Preventions;
import cn.sandiao.screening.FindingOutcome;
import cn.sandiao.screening.ScreeningKind;
import cn.sandiao.screening.ScreeningRounds;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.TestClock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.ToLongFunction;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A year of work driven through the real processes month by month (a seeded mix of sources, declines, settlements,
 * failures, harm prevented and screening rounds, in 2026, the year whose holiday schedule the product has): every figure of every
 * month and of the year equals a from-scratch recount; the sources add up to the whole; the year is the sum of its
 * months for what adds up and computed again for the rates; a filed quarter is never silently replaced.
 */
@IntegrationTest
class YearOfFiguresTest {

    private static final int YEAR = 2026;
    private static final List<DisputeSource> SOURCES = List.of(DisputeSource.WALK_IN, DisputeSource.PHONE_12345,
            DisputeSource.GRID_SCREENING, DisputeSource.POLICE_REFERRAL, DisputeSource.DEPARTMENT_REFERRAL);

    @Autowired DisputeService disputes;
    @Autowired TaskService tasks;
    @Autowired TestClock clock;
    @Autowired MonthlyReports reports;
    @Autowired Snapshots snapshots;
    @Autowired Preventions preventions;
    @Autowired RegionRepository regions;
    @Autowired ScreeningRounds screening;

    @Test
    void shouldCountAYearAsItsMonthsAndAsARecountDo() {
        Region county = regions.findById("990101").orElseThrow();
        Random random = new Random(YEAR);
        int months = lastFinishedMonth();
        try {
            for (int month = 1; month <= months; month++) {
                for (int n = 0; n < 4; n++) {
                    clock.setTo(LocalDate.of(YEAR, month, 3 + 5 * n).atTime(9, 30));
                    driveOneCase(random, n);
                }
                clock.setTo(LocalDate.of(YEAR, month, 25).atTime(16, 0));
                preventions.record(new Preventions.Request(
                        PreventionKind.values()[random.nextInt(PreventionKind.values().length)], DisputeRequests.DONGCUN,
                        null, 1 + random.nextInt(30), LocalDate.of(YEAR, month, 25), "村民纠纷经劝解未激化"));
                screening.record(new ScreeningRounds.Request("dongcun", null, LocalDate.of(YEAR, month, 20),
                        ScreeningKind.values()[random.nextInt(ScreeningKind.values().length)], "调委会主任、网格员", null,
                        findings(random)));
            }
        } finally {
            clock.reset();
        }

        List<MonthlyReport> live = new ArrayList<>();
        for (int month = 1; month <= 12; month++) {
            YearMonth yearMonth = YearMonth.of(YEAR, month);
            MonthlyReport counted = reports.live(yearMonth, county);
            MonthlyReport recounted = reports.recounted(yearMonth, county);
            assertThat(counted.disputes()).as("disputes of " + yearMonth).isEqualTo(recounted.disputes());
            assertThat(counted.petitions()).as("petitions of " + yearMonth).isEqualTo(recounted.petitions());
            assertThat(counted.yearToDate()).as("本年累计 of " + yearMonth).isEqualTo(recounted.yearToDate());
            bySourceAddsUp(counted.disputes());
            live.add(counted);
        }
        PeriodReport year = reports.period(new Period(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 12)), county);
        assertThat(year.label()).isEqualTo(YEAR + "年");
        assertThat(year.disputes()).isEqualTo(live.get(11).yearToDate().disputes());
        bySourceAddsUp(year.disputes());
        assertThat(year.disputes().registered()).isGreaterThanOrEqualTo(4L * months);

        Map<String, ToLongFunction<MonthlyReport.Disputes>> additive = Map.of(
                "registered", MonthlyReport.Disputes::registered, "declined", MonthlyReport.Disputes::declined,
                "mediated", MonthlyReport.Disputes::mediated, "succeeded", MonthlyReport.Disputes::succeeded,
                "withdrawn", MonthlyReport.Disputes::withdrawn, "closed", MonthlyReport.Disputes::closed);
        additive.forEach((name, figure) -> assertThat(figure.applyAsLong(year.disputes())).as(name)
                .isEqualTo(live.stream().mapToLong(m -> figure.applyAsLong(m.disputes())).sum()));
        long numerator = live.stream().mapToLong(m -> m.disputes().successRate().numerator()).sum();
        long denominator = live.stream().mapToLong(m -> m.disputes().successRate().denominator()).sum();
        assertThat(year.disputes().successRate()).as("computed again, not averaged").isEqualTo(Rate.of(numerator, denominator));
        Map<String, ToLongFunction<MonthlyReport.Screening>> screened = Map.of("rounds", MonthlyReport.Screening::rounds,
                "found", MonthlyReport.Screening::found, "settledOnSpot", MonthlyReport.Screening::settledOnSpot,
                "prevented", MonthlyReport.Screening::prevented);
        screened.forEach((name, figure) -> assertThat(figure.applyAsLong(year.disputes().screening())).as(name)
                .isEqualTo(live.stream().mapToLong(m -> figure.applyAsLong(m.disputes().screening())).sum()));
        assertThat(year.disputes().screening().prevented()).as("预防纠纷 recorded in the year").isPositive();
        for (MonthlyReport.Prevented kind : year.disputes().preventions()) {
            assertThat(kind.cases()).as(kind.name()).isEqualTo(live.stream().mapToLong(m -> m.disputes().preventions()
                    .stream().filter(p -> p.code().equals(kind.code())).mapToLong(MonthlyReport.Prevented::cases).sum()).sum());
        }

        // the first quarter filed, then never replaced without saying why
        Period firstQuarter = new Period(YearMonth.of(YEAR, 1), YearMonth.of(YEAR, 3));
        if (snapshots.current(firstQuarter, county).isEmpty()) {
            snapshots.take(firstQuarter, county, false, null, "supervisor");
        }
        String filed = snapshots.current(firstQuarter, county).orElseThrow().report();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> snapshots.take(firstQuarter, county, false, null, "supervisor"))
                .isInstanceOf(cn.sandiao.common.ConflictException.class).hasMessageContaining("不能覆盖");
        assertThat(snapshots.current(firstQuarter, county).orElseThrow().report()).isEqualTo(filed);
    }

    /** What a month's round found: a few quarrels settled on the spot or talked down before they became disputes. */
    private static List<ScreeningRounds.Finding> findings(Random random) {
        List<ScreeningRounds.Finding> found = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            boolean prevented = random.nextBoolean();
            found.add(new ScreeningRounds.Finding(prevented ? "邻里间的怨言" : "邻里争吵",
                    prevented ? FindingOutcome.PREVENTED : FindingOutcome.SETTLED_ON_SPOT,
                    prevented ? "网格员上门疏导，未形成纠纷" : "当场劝和", null, null));
        }
        found.add(new ScreeningRounds.Finding("赡养费分摊的怨言", FindingOutcome.PREVENTED, "调委会主任上门讲明赡养义务",
                null, null));
        return found;
    }

    /** The months of 2026 that are over (all of them once 2026 is). */
    private int lastFinishedMonth() {
        YearMonth now = YearMonth.from(cn.sandiao.common.ChinaTime.today(clock));
        return now.getYear() > YEAR ? 12 : Math.max(1, now.getMonthValue() - 1);
    }

    /**
     * One case from a source drawn at random: declined, settled orally or failed, each closed at once (a case left
     * open in a past month would fall overdue and give other tests' supervisors work they do not expect).
     */
    private void driveOneCase(Random random, int n) {
        DisputeSource source = SOURCES.get(random.nextInt(SOURCES.size()));
        RegisterDisputeRequest request = DisputeRequests.fromSource(source);
        String caseNo = disputes.register(request, "intake").caseNo();
        int fate = random.nextInt(10);
        if (fate == 0) {
            complete(caseNo, "Task_Triage", Map.of("accepted", "false", "declineReason", "已进入诉讼程序",
                    "declineRoute", "LITIGATION_OR_ARBITRATION"));
            return;
        }
        complete(caseNo, "Task_Triage", Map.of("accepted", "true", "disputeType", "NEIGHBOUR", "riskLevel", "GENERAL",
                "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
        complete(caseNo, "Task_PrepareMediation", Map.of("partiesConsent", "true"));
        complete(caseNo, "Task_HoldSession", Map.of("sessionDate", cn.sandiao.common.ChinaTime.today(clock).toString(),
                "sessionPlace", "村委会调解室", "participants", "双方当事人", "sessionSummary", "释法明理",
                "anotherSession", "false"));
        if (fate <= 3) {
            complete(caseNo, "Task_RecordOutcome", Map.of("mediationResult", "FAILED", "failureReason", "双方分歧过大",
                    "escalateTo", "NONE"));
        } else {
            complete(caseNo, "Task_RecordOutcome", Map.of("mediationResult", "SUCCESS", "agreementForm", "ORAL",
                    "agreementContent", "当场赔礼道歉", "agreementAmount", String.valueOf(100 * (n + 1))));
        }
    }

    private void complete(String caseNo, String taskKey, Map<String, Object> values) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseNo).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey + " of " + caseNo).isNotNull();
        tasks.complete(task.getId(), values);
    }

    private static void bySourceAddsUp(MonthlyReport.Disputes d) {
        assertThat(d.bySource().stream().mapToLong(b -> b.registered() == null ? 0 : b.registered()).sum())
                .as("受理数 by source").isEqualTo(d.registered());
        assertThat(d.bySource().stream().mapToLong(b -> b.mediated() == null ? 0 : b.mediated()).sum())
                .as("调处数 by source").isEqualTo(d.mediated());
        assertThat(d.bySource().stream().mapToLong(b -> b.succeeded() == null ? 0 : b.succeeded()).sum())
                .as("调解成功数 by source").isEqualTo(d.succeeded());
    }
}
