package cn.sandiao.statistics;

import cn.sandiao.organization.CommitteeRepository;
import cn.sandiao.organization.MediatorRepository;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionRepository;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The monthly report and the trend from the counters, and the same report counted from scratch. */
@Service
public class MonthlyReports {

    private static final List<Metric> HEADLINE = List.of(Metric.REGISTERED, Metric.DECLINED, Metric.MEDIATED,
            Metric.SUCCEEDED, Metric.CLOSED, Metric.ON_TIME, Metric.RECEIVED, Metric.REPLIED, Metric.REPLIED_ON_TIME,
            Metric.EVALUATED, Metric.SATISFIED);

    private final CounterStore counters;
    private final Recount recount;
    private final RegionRepository regions;
    private final CommitteeRepository committees;
    private final MediatorRepository mediators;

    MonthlyReports(CounterStore counters, Recount recount, RegionRepository regions, CommitteeRepository committees,
                   MediatorRepository mediators) {
        this.counters = counters;
        this.recount = recount;
        this.regions = regions;
        this.committees = committees;
        this.mediators = mediators;
    }

    @Transactional(readOnly = true)
    public MonthlyReport live(YearMonth month, Region region) {
        int key = Months.key(month);
        return assembler().assemble(month, region, counters.month(key, region.getCode()),
                counters.backlog(key, region.getCode()), Instant.now());
    }

    /** The same report counted from the fact tables alone (slow: it reads them whole). */
    @Transactional(readOnly = true)
    public MonthlyReport recounted(YearMonth month, Region region) {
        return assembler().assemble(month, region, recount.month(month, region.getCode()),
                recount.backlog(month, region.getCode()), Instant.now());
    }

    @Transactional(readOnly = true)
    public List<TrendPoint> trend(YearMonth from, YearMonth to, Region region) {
        Map<Integer, Map<Metric, Long>> totals = counters.totalsByMonth(Months.key(from), Months.key(to),
                region.getCode(), HEADLINE);
        Map<Integer, Long> backlogChanges = counters.backlogChanges(Months.key(from), Months.key(to), region.getCode());
        long backlog = counters.backlog(Months.key(from.minusMonths(1)), region.getCode());
        List<TrendPoint> points = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            int key = Months.key(month);
            backlog += backlogChanges.getOrDefault(key, 0L);
            points.add(TrendPoint.of(month, totals.getOrDefault(key, Map.of()), backlog));
        }
        return points;
    }

    private ReportAssembler assembler() {
        return new ReportAssembler(new Names(regions, committees, mediators));
    }
}
