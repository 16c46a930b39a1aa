package cn.sandiao.statistics;

import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** For operators (camunda-admin): the report counted from scratch beside the counters, and a rebuild of them. */
@RestController
@RequestMapping("/api/admin/statistics")
class StatisticsAdminController {

    private final ReportScope scope;
    private final MonthlyReports reports;
    private final CounterRebuild rebuild;
    private final HistoryBaseline history;

    StatisticsAdminController(ReportScope scope, MonthlyReports reports, CounterRebuild rebuild,
                              HistoryBaseline history) {
        this.scope = scope;
        this.reports = reports;
        this.rebuild = rebuild;
        this.history = history;
    }

    /** The monthly report recounted over the fact tables (reads them whole: for checks and the benchmark). */
    @GetMapping("/recount")
    MonthlyReport recount(@RequestParam(required = false) String month, @RequestParam(required = false) String region) {
        return reports.recounted(ReportScope.month("month", month), scope.region(region));
    }

    /** A region's headline figures, by type and by region, from the engine's history alone (the second baseline). */
    @GetMapping("/history-baseline")
    HistoryBaseline.Figures historyBaseline(@RequestParam(required = false) String month,
                                            @RequestParam(required = false) String region) {
        return history.month(ReportScope.month("month", month), scope.region(region));
    }

    @PostMapping("/rebuild")
    Map<String, Integer> rebuild() {
        return Map.of("counters", rebuild.rebuild());
    }
}
