package cn.sandiao.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.CourtEntrustments;
import cn.sandiao.dispute.CourtProcedure;
import cn.sandiao.dispute.DisputeCaseRepository;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.EntrustmentKind;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionRepository;
import cn.sandiao.support.IntegrationTest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The cases a court handed in, as the court counts them: 委派 and 委托 each received, mediated, settled, failed and
 * withdrawn, live as a recount counts them, in the report and its workbook.
 */
@IntegrationTest
class CourtFiguresTest {

    @Autowired CourtEntrustments court;
    @Autowired DisputeCaseRepository cases;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired MonthlyReports reports;
    @Autowired RegionRepository regions;
    @Autowired Clock clock;

    @Test
    void shouldCountWhatTheCourtHandedInByItsKindAndResult() {
        LocalDate today = ChinaTime.today(clock);
        YearMonth month = YearMonth.from(today);
        Region county = regions.findById("990101").orElseThrow();
        Map<String, MonthlyReport.CourtHandled> before = byKind(reports.live(month, county));

        Long delegated = court.entrust(DisputeRequests.entrusted(EntrustmentKind.BEFORE_FILING, null, "dongcun", today),
                "court").id();
        mediate(delegated, Map.of("mediationResult", "SUCCESS", "agreementForm", "ORAL",
                "agreementContent", "李四当场向张三赔礼道歉", "performanceDeadline", today.toString()));
        Long entrusted = court.entrust(DisputeRequests.entrusted(EntrustmentKind.AFTER_FILING, CourtProcedure.SIMPLE,
                "dongcun", today), "court").id();
        mediate(entrusted, Map.of("mediationResult", "FAILED", "failureReason", "被告坚持判决", "escalateTo", "NONE"));
        court.entrust(DisputeRequests.entrusted(EntrustmentKind.AFTER_FILING, CourtProcedure.ORDINARY, "dongcun",
                today), "court"); // received, still being mediated

        MonthlyReport live = reports.live(month, county);
        Map<String, MonthlyReport.CourtHandled> after = byKind(live);
        MonthlyReport.CourtHandled pre = after.get("BEFORE_FILING");
        MonthlyReport.CourtHandled filed = after.get("AFTER_FILING");
        assertThat(pre.name()).isEqualTo("委派调解（立案前）");
        assertThat(filed.name()).isEqualTo("委托调解（立案后）");
        assertThat(pre.received() - before.get("BEFORE_FILING").received()).isOne();
        assertThat(pre.succeeded() - before.get("BEFORE_FILING").succeeded()).isOne();
        assertThat(pre.mediated() - before.get("BEFORE_FILING").mediated()).isOne();
        assertThat(pre.failed()).isEqualTo(before.get("BEFORE_FILING").failed());
        assertThat(filed.received() - before.get("AFTER_FILING").received()).isEqualTo(2);
        assertThat(filed.failed() - before.get("AFTER_FILING").failed()).isOne();
        assertThat(filed.succeeded()).isEqualTo(before.get("AFTER_FILING").succeeded());
        assertThat(pre.successRate()).isEqualTo(Rate.of(pre.succeeded(), pre.mediated()));
        // the court's cases are the 诉调 source's, split by kind
        long bySource = live.disputes().bySource().stream().filter(b -> b.code().equals("COURT_ENTRUSTED"))
                .mapToLong(b -> b.registered() == null ? 0 : b.registered()).sum();
        assertThat(pre.received() + filed.received()).isEqualTo(bySource);

        MonthlyReport recounted = reports.recounted(month, county);
        assertThat(recounted.disputes().courtEntrusted()).isEqualTo(live.disputes().courtEntrusted());
        assertThat(recounted.yearToDate().disputes().courtEntrusted())
                .isEqualTo(live.yearToDate().disputes().courtEntrusted());
        List<ReportTables.Table> tables = ReportTables.of(live);
        assertThat(tables).anySatisfy(table -> {
            assertThat(table.title()).isEqualTo("法院委派委托调解");
            assertThat(table.rows()).anySatisfy(row -> {
                assertThat(row.get(0)).isEqualTo("委派调解（立案前）调解成功（件）");
                assertThat(row.get(1)).isEqualTo(pre.succeeded());
            });
        });
    }

    private static Map<String, MonthlyReport.CourtHandled> byKind(MonthlyReport report) {
        return report.disputes().courtEntrusted().stream().collect(java.util.stream.Collectors.toMap(
                MonthlyReport.CourtHandled::code, kind -> kind));
    }

    /** The committee's mediator: the parties consent, one session, then the outcome given. */
    private void mediate(Long caseId, Map<String, Object> outcome) {
        String dispute = cases.findById(caseId).orElseThrow().getProcessInstanceId();
        String mediation = runtime.createProcessInstanceQuery().superProcessInstanceId(dispute).singleResult().getId();
        complete(mediation, Map.of("partiesConsent", "true"));
        complete(mediation, Map.of("sessionDate", ChinaTime.today(clock).toString(), "sessionPlace", "村委会调解室",
                "participants", "张三、李四、调解员", "sessionSummary", "听取双方陈述", "anotherSession", "false"));
        complete(mediation, outcome);
    }

    private void complete(String instanceId, Map<String, Object> variables) {
        tasks.complete(tasks.createTaskQuery().processInstanceId(instanceId).singleResult().getId(), variables);
    }
}
