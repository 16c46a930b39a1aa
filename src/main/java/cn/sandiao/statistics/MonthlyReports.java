package cn.sandiao.statistics;

import cn.sandiao.organization.CommitteeRepository;
import cn.sandiao.organization.MediatorRepository;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionRepository;
import java.time.Clock;
import java.time.YearMonth;
import cn.sandiao.statistics.ReportAssembler.RegionCounts;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The monthly report and the trend from the counters, and the same report counted from scratch. */
@Service
public class MonthlyReports {

    private static final List<Metric> HEADLINE = List.of(Metric.REGISTERED, Metric.DECLINED, Metric.MEDIATED,
            Metric.SUCCEEDED, Metric.CLOSED, Metric.ON_TIME, Metric.RECEIVED, Metric.REPLIED,
            Metric.REPLIED_WITH_LIMIT, Metric.REPLIED_ON_TIME, Metric.EVALUATED, Metric.SATISFIED);

    private final CounterStore counters;
    private final Recount recount;
    private final RegionRepository regions;
    private final CommitteeRepository committees;
    private final MediatorRepository mediators;
    private final Clock clock;
    private static final long NAMES_TTL_NANOS = 60_000_000_000L;
    private volatile Names names;
    private volatile long namesReadAt;

    MonthlyReports(CounterStore counters, Recount recount, RegionRepository regions, CommitteeRepository committees,
                   MediatorRepository mediators, Clock clock) {
        this.counters = counters;
        this.recount = recount;
        this.regions = regions;
        this.committees = committees;
        this.mediators = mediators;
        this.clock = clock;
    }

    /** The month's report with the year to date (本年累计) beside it. */
    @Transactional(readOnly = true)
    public MonthlyReport live(YearMonth month, Region region) {
        int key = Months.key(month);
        ReportAssembler assembler = assembler();
        Tally tally = counters.months(key, key, region.getCode());
        Map<String, RegionCounts> byRegion = byRegion(region, tally,
                counters.totals(key, key, childCodes(assembler, region), RegionCounts.METRICS));
        return assembler.assemble(month, region, tally, byRegion, counters.backlog(key, region.getCode()), clock.instant())
                .withYearToDate(period(yearTo(month), region));
    }

    private static Period yearTo(YearMonth month) {
        return Period.of(month.withMonth(1), month);
    }

    /** The report of a period of whole months, from the same counters: sums, rates recomputed, backlog at its end. */
    @Transactional(readOnly = true)
    public PeriodReport period(Period period, Region region) {
        int from = Months.key(period.from());
        int to = Months.key(period.to());
        ReportAssembler assembler = assembler();
        Tally tally = counters.months(from, to, region.getCode());
        Map<String, RegionCounts> byRegion = byRegion(region, tally,
                counters.totals(from, to, childCodes(assembler, region), RegionCounts.METRICS));
        return assembler.assemble(period, region, tally, byRegion, counters.backlog(to, region.getCode()),
                clock.instant());
    }

    /**
     * The report of any run of days (a campaign from the 15th to the 20th of the next month): the counters are kept
     * by month, so it is counted from the fact tables, by the same definitions the counters follow (the recount that
     * checks them); it costs a pass over the stored rows, not the counters' flat cost.
     */
    @Transactional(readOnly = true)
    public PeriodReport days(DayRange range, Region region) {
        ReportAssembler assembler = assembler();
        Tally perRegion = recount.days(range.from(), range.to(), region.getCode());
        return assembler.assemble(range, region, perRegion, recountedByRegion(assembler, region, perRegion),
                recount.backlog(range.to(), region.getCode()), clock.instant());
    }

    /**
     * The same report counted from the fact tables alone (slow: it reads them whole), its year to date too.
     */
    @Transactional(readOnly = true)
    public MonthlyReport recounted(YearMonth month, Region region) {
        ReportAssembler assembler = assembler();
        Tally perRegion = recount.month(month, region.getCode());
        long backlog = recount.backlog(month, region.getCode());
        Tally year = recount.months(month.withMonth(1), month, region.getCode());
        return assembler.assemble(month, region, perRegion, recountedByRegion(assembler, region, perRegion), backlog,
                        clock.instant())
                .withYearToDate(assembler.assemble(yearTo(month), region, year,
                        recountedByRegion(assembler, region, year), backlog, clock.instant()));
    }

    private static Map<String, RegionCounts> recountedByRegion(ReportAssembler assembler, Region region, Tally perRegion) {
        Map<String, RegionCounts> byRegion = new HashMap<>();
        List<String> children = childCodes(assembler, region);
        for (String code : perRegion.regions()) {
            byRegion.merge(ReportAssembler.partOf(code, region.getCode(), children), RegionCounts.of(perRegion.of(code)),
                    RegionCounts::plus);
        }
        return byRegion;
    }

    @Transactional(readOnly = true)
    public List<TrendPoint> trend(YearMonth from, YearMonth to, Region region) {
        Map<Integer, Tally> totals = counters.totalsByMonth(Months.key(from), Months.key(to),
                region.getCode(), HEADLINE);
        Map<Integer, Long> backlogChanges = counters.backlogChanges(Months.key(from), Months.key(to), region.getCode());
        long backlog = counters.backlog(Months.key(from.minusMonths(1)), region.getCode());
        List<TrendPoint> points = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(to); month = month.plusMonths(1)) {
            int key = Months.key(month);
            backlog += backlogChanges.getOrDefault(key, 0L);
            points.add(TrendPoint.of(month, totals.getOrDefault(key, new Tally()), backlog));
        }
        return points;
    }

    private static List<String> childCodes(ReportAssembler assembler, Region region) {
        return assembler.children(region).stream().map(Region::getCode).toList();
    }

    /** Each child region's counts, and the region's own level (本级): its total less its children's. */
    private static Map<String, RegionCounts> byRegion(Region region, Tally tally, Map<String, Tally> children) {
        Map<String, RegionCounts> byRegion = new HashMap<>();
        children.forEach((code, t) -> byRegion.put(code, RegionCounts.of(t)));
        RegionCounts below = byRegion.values().stream().reduce(RegionCounts.NONE, RegionCounts::plus);
        byRegion.put(region.getCode(), RegionCounts.of(tally).minus(below));
        return byRegion;
    }

    private ReportAssembler assembler() {
        return new ReportAssembler(names());
    }

    /** The organisation's names, read again after a minute (a report must not wait on three queries each time). */
    private Names names() {
        long now = System.nanoTime(); // elapsed time, not the time of day
        Names current = names;
        if (current == null || now - namesReadAt > NAMES_TTL_NANOS) {
            current = new Names(regions, committees, mediators);
            names = current;
            namesReadAt = now;
        }
        return current;
    }
}
