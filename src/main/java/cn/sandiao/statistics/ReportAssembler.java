package cn.sandiao.statistics;

import cn.sandiao.dispute.Channel;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.prevention.PreventionKind;
import cn.sandiao.screening.FindingOutcome;
import cn.sandiao.screening.ScreeningKind;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.dispute.EntrustmentKind;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.organization.Region;
import cn.sandiao.petition.PetitionCategory;
import cn.sandiao.petition.PetitionForm;
import cn.sandiao.statistics.MonthlyReport.Amounts;
import cn.sandiao.statistics.MonthlyReport.Breakdown;
import cn.sandiao.statistics.MonthlyReport.Confirmations;
import cn.sandiao.statistics.MonthlyReport.Count;
import cn.sandiao.statistics.MonthlyReport.Disputes;
import cn.sandiao.statistics.MonthlyReport.Escalation;
import cn.sandiao.statistics.MonthlyReport.FollowUps;
import cn.sandiao.statistics.MonthlyReport.MajorCases;
import cn.sandiao.statistics.MonthlyReport.Petitions;
import cn.sandiao.statistics.MonthlyReport.RegionRef;
import cn.sandiao.statistics.MonthlyReport.StageDuration;
import cn.sandiao.statistics.Tally.Sum;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/** Turns a month's tally into the report: the one place where figures become rates, breakdowns and durations. */
final class ReportAssembler {

    private static final Map<String, String> STAGES = Map.of(
            "TRIAGE", "受理审查（登记至分流）", "MEDIATION", "调解（分流至结案）", "TOTAL", "全程（登记至结案）");
    private static final List<String> STAGE_ORDER = List.of("TRIAGE", "MEDIATION", "TOTAL");
    static final String ALL_CHANNELS = "ALL";

    private final Names names;

    ReportAssembler(Names names) {
        this.names = names;
    }

    /** The headline counts of one region below the one reported (or of its own level, 本级). */
    record RegionCounts(long registered, long declined, long mediated, long succeeded) {

        static final List<Metric> METRICS = List.of(Metric.REGISTERED, Metric.DECLINED, Metric.MEDIATED,
                Metric.SUCCEEDED);
        static final RegionCounts NONE = new RegionCounts(0, 0, 0, 0);

        static RegionCounts of(Tally tally) {
            return new RegionCounts(tally.count(Metric.REGISTERED), tally.count(Metric.DECLINED),
                    tally.count(Metric.MEDIATED), tally.count(Metric.SUCCEEDED));
        }

        RegionCounts plus(RegionCounts other) {
            return new RegionCounts(registered + other.registered, declined + other.declined,
                    mediated + other.mediated, succeeded + other.succeeded);
        }

        RegionCounts minus(RegionCounts other) {
            return new RegionCounts(registered - other.registered, declined - other.declined,
                    mediated - other.mediated, succeeded - other.succeeded);
        }
    }

    /**
     * @param tally    the month's figures of the region (everything below it included)
     * @param byRegion the headline counts of each region directly below, and of the region's own level under its
     *                 own code
     */
    MonthlyReport assemble(YearMonth month, Region region, Tally tally, Map<String, RegionCounts> byRegion,
                           long backlog, Instant generatedAt) {
        return new MonthlyReport(month.toString(), new RegionRef(region.getCode(), region.getName()), generatedAt,
                "live", null, disputes(region, tally, byRegion), petitions(tally, backlog), null);
    }

    PeriodReport assemble(Period period, Region region, Tally tally, Map<String, RegionCounts> byRegion,
                          long backlog, Instant generatedAt) {
        return assemble(period.from().toString(), period.to().toString(), period.label(), region, tally, byRegion,
                backlog, generatedAt);
    }

    PeriodReport assemble(DayRange range, Region region, Tally tally, Map<String, RegionCounts> byRegion,
                          long backlog, Instant generatedAt) {
        return assemble(range.from().toString(), range.to().toString(), range.label(), region, tally, byRegion,
                backlog, generatedAt);
    }

    private PeriodReport assemble(String from, String to, String label, Region region, Tally tally,
                                  Map<String, RegionCounts> byRegion, long backlog, Instant generatedAt) {
        return new PeriodReport(from, to, label, new RegionRef(region.getCode(), region.getName()), generatedAt,
                "live", null, disputes(region, tally, byRegion), petitions(tally, backlog));
    }

    List<Region> children(Region region) {
        return names.children(region.getCode());
    }

    /** The row of a region breakdown that a place belongs to: the child above it, or the region's own level. */
    static String partOf(String code, String region, List<String> children) {
        return children.stream().filter(code::startsWith).findFirst().orElse(region);
    }

    private Disputes disputes(Region region, Tally tally, Map<String, RegionCounts> byRegion) {
        long registered = tally.count(Metric.REGISTERED);
        long declined = tally.count(Metric.DECLINED);
        long mediated = tally.count(Metric.MEDIATED);
        long succeeded = tally.count(Metric.SUCCEEDED);
        Sum closed = tally.sum(Metric.CLOSED, "");
        Sum involved = tally.sum(Metric.AMOUNT_INVOLVED, "");
        Map<String, Sum> followUps = tally.dims(Metric.FOLLOW_UP, "");
        Map<String, Sum> rulings = tally.dims(Metric.CONFIRMATION_RULED, "");
        Map<String, Sum> major = tally.dims(Metric.MAJOR, "");
        return new Disputes(registered, declined, mediated, succeeded, tally.count(Metric.WITHDRAWN), closed.count(),
                Rates.mediation(tally), Rates.success(tally), Rates.onTime(tally), average(closed),
                stageDurations(tally), byType(tally), bySource(tally), byChannel(tally),
                byBody(tally, "committee=", names::committee), byBody(tally, "mediator=", names::mediator),
                byRegion(region, byRegion), escalations(tally),
                new Confirmations(tally.count(Metric.CONFIRMATION_APPLIED), count(rulings, "CONFIRMED"),
                        count(rulings, "REJECTED")),
                new FollowUps(count(followUps, "FULL"), count(followUps, "PARTIAL"), count(followUps, "NONE")),
                new Amounts(involved.total(), involved.count(), tally.sum(Metric.AGREEMENT_AMOUNT, "").total()),
                new MajorCases(count(major, "ABNORMAL_DEATH"), count(major, "AMOUNT_500K"), count(major, "GROUP"),
                        count(major, "REPEATED_ESCALATION"), majorCounts(tally, Metric.MAJOR_MEDIATED),
                        majorCounts(tally, Metric.MAJOR_SUCCEEDED)), preventions(tally), screening(tally),
                courtEntrusted(tally));
    }

    /** 委派 and 委托: both kinds, with none where the court handed none in. */
    private static List<MonthlyReport.CourtHandled> courtEntrusted(Tally tally) {
        Map<String, Sum> received = tally.dims(Metric.REGISTERED, Counting.COURT);
        Map<String, Sum> mediated = tally.dims(Metric.MEDIATED, Counting.COURT);
        Map<String, Sum> succeeded = tally.dims(Metric.SUCCEEDED, Counting.COURT);
        Map<String, Sum> withdrawn = tally.dims(Metric.WITHDRAWN, Counting.COURT);
        return Arrays.stream(EntrustmentKind.values()).map(kind -> {
            long m = count(mediated, kind.name());
            long s = count(succeeded, kind.name());
            return new MonthlyReport.CourtHandled(kind.name(), kind.label(), count(received, kind.name()), m, s, m - s,
                    count(withdrawn, kind.name()), Rates.success(s, m));
        }).toList();
    }

    /** Rounds held by kind (every kind, none where none was held) and the disputes they found by outcome. */
    private static MonthlyReport.Screening screening(Tally tally) {
        Map<String, Sum> kinds = tally.dims(Metric.SCREENING_ROUND, "kind=");
        Map<String, Sum> outcomes = tally.dims(Metric.SCREENING_FOUND, "outcome=");
        return new MonthlyReport.Screening(tally.count(Metric.SCREENING_ROUND),
                Arrays.stream(ScreeningKind.values())
                        .map(kind -> new Count(kind.name(), kind.label(), count(kinds, kind.name()))).toList(),
                tally.count(Metric.SCREENING_FOUND), count(outcomes, FindingOutcome.REGISTERED.name()),
                count(outcomes, FindingOutcome.SETTLED_ON_SPOT.name()), count(outcomes, FindingOutcome.PREVENTED.name()));
    }

    /** Every kind of harm prevented, with none where none was recorded. */
    private static List<MonthlyReport.Prevented> preventions(Tally tally) {
        Map<String, Sum> byKind = tally.dims(Metric.PREVENTED, "");
        return Arrays.stream(PreventionKind.values()).map(kind -> {
            Sum sum = byKind.getOrDefault(kind.name(), Sum.NONE);
            return new MonthlyReport.Prevented(kind.name(), kind.label(), sum.count(), sum.total().longValue());
        }).toList();
    }

    private static MonthlyReport.MajorCounts majorCounts(Tally tally, Metric metric) {
        Map<String, Sum> byCategory = tally.dims(metric, "");
        return new MonthlyReport.MajorCounts(count(byCategory, "ABNORMAL_DEATH"), count(byCategory, "AMOUNT_500K"),
                count(byCategory, "GROUP"), count(byCategory, "REPEATED_ESCALATION"));
    }

    private static long count(Map<String, Sum> byDim, String dim) {
        return byDim.getOrDefault(dim, Sum.NONE).count();
    }

    private static BigDecimal average(Sum sum) {
        return sum.count() == 0 ? null
                : sum.total().divide(BigDecimal.valueOf(sum.count()), 2, RoundingMode.HALF_UP);
    }

    private static List<StageDuration> stageDurations(Tally tally) {
        // stage → channel → days → cases
        Map<String, Map<String, TreeMap<Long, Long>>> histograms = new TreeMap<>();
        tally.dims(Metric.STAGE_DAYS, "").forEach((dim, sum) -> {
            String[] parts = dim.split("\\|");
            long days = Long.parseLong(parts[2]);
            for (String channel : List.of(parts[1], ALL_CHANNELS)) {
                histograms.computeIfAbsent(parts[0], s -> new TreeMap<>())
                        .computeIfAbsent(channel, c -> new TreeMap<>()).merge(days, sum.count(), Long::sum);
            }
        });
        List<StageDuration> result = new ArrayList<>();
        for (String stage : STAGE_ORDER) {
            histograms.getOrDefault(stage, new TreeMap<>()).forEach((channel, histogram) -> {
                long cases = histogram.values().stream().mapToLong(Long::longValue).sum();
                if (cases == 0) {
                    return;
                }
                long days = histogram.entrySet().stream().mapToLong(e -> e.getKey() * e.getValue()).sum();
                result.add(new StageDuration(stage, STAGES.get(stage), channel, channelName(channel), cases,
                        BigDecimal.valueOf(days).divide(BigDecimal.valueOf(cases), 2, RoundingMode.HALF_UP),
                        percentile(histogram, cases, 50), percentile(histogram, cases, 90)));
            });
        }
        return result;
    }

    /** Nearest rank: the smallest number of days that at least {@code percent}% of the cases took at most. */
    static Integer percentile(TreeMap<Long, Long> histogram, long cases, int percent) {
        long rank = (cases * percent + 99) / 100;
        long seen = 0;
        for (Map.Entry<Long, Long> entry : histogram.entrySet()) {
            seen += entry.getValue();
            if (seen >= rank) {
                return entry.getKey().intValue();
            }
        }
        return null;
    }

    private static String channelName(String channel) {
        return switch (channel) {
            case ALL_CHANNELS -> "全部";
            case Counting.NO_CHANNEL -> "未分流（不予受理）";
            default -> Channel.valueOf(channel).label();
        };
    }

    private static List<Breakdown> byType(Tally tally) {
        return registeredAndMediated(tally, "type=", Arrays.stream(DisputeType.values())
                .map(t -> Map.entry(t.name(), t.label())).toList());
    }

    /** 来访, 12345, 排查, 警调, 诉调, 访调, 部门移交: where the cases came from, registered and mediated. */
    private static List<Breakdown> bySource(Tally tally) {
        return registeredAndMediated(tally, "source=", Arrays.stream(DisputeSource.values())
                .map(s -> Map.entry(s.name(), s.label())).toList());
    }

    /** Registered, mediated and succeeded per value of a dimension ({@code prefix}), in the order of {@code values}. */
    private static List<Breakdown> registeredAndMediated(Tally tally, String prefix,
                                                         List<Map.Entry<String, String>> values) {
        Map<String, Sum> registered = tally.dims(Metric.REGISTERED, prefix);
        Map<String, Sum> mediated = tally.dims(Metric.MEDIATED, prefix);
        Map<String, Sum> succeeded = tally.dims(Metric.SUCCEEDED, prefix);
        return values.stream()
                .filter(v -> registered.containsKey(v.getKey()) || mediated.containsKey(v.getKey()))
                .map(v -> {
                    long m = count(mediated, v.getKey());
                    long s = count(succeeded, v.getKey());
                    return new Breakdown(v.getKey(), v.getValue(), count(registered, v.getKey()), null, m, s, null,
                            Rates.success(s, m));
                }).toList();
    }

    private static List<Breakdown> byChannel(Tally tally) {
        Map<String, Sum> mediated = tally.dims(Metric.MEDIATED, "channel=");
        Map<String, Sum> succeeded = tally.dims(Metric.SUCCEEDED, "channel=");
        return Arrays.stream(Channel.values()).filter(c -> mediated.containsKey(c.name())).map(c -> {
            long m = count(mediated, c.name());
            long s = count(succeeded, c.name());
            return new Breakdown(c.name(), c.label(), null, null, m, s, null, Rates.success(s, m));
        }).toList();
    }

    /** Mediations ended in the month (success or failure) by the committee or mediator who conducted them. */
    private static List<Breakdown> byBody(Tally tally, String prefix, Function<String, String> name) {
        Map<String, Sum> ended = tally.dims(Metric.MEDIATION_ENDED, prefix);
        Map<String, Sum> succeeded = tally.dims(Metric.MEDIATION_SUCCEEDED, prefix);
        return ended.keySet().stream().sorted().map(code -> {
            long m = count(ended, code);
            long s = count(succeeded, code);
            return new Breakdown(code, name.apply(code), null, null, m, s, null, Rates.success(s, m));
        }).toList();
    }

    private List<Breakdown> byRegion(Region region, Map<String, RegionCounts> counts) {
        List<Region> children = children(region);
        List<Breakdown> rows = new ArrayList<>();
        for (Region child : children) {
            rows.add(regionRow(child.getCode(), child.getName(), counts.getOrDefault(child.getCode(), RegionCounts.NONE)));
        }
        RegionCounts own = counts.getOrDefault(region.getCode(), RegionCounts.NONE);
        if (own.registered() + own.mediated() > 0 || children.isEmpty()) {
            rows.add(regionRow(region.getCode(), region.getName() + "（本级）", own));
        }
        return rows;
    }

    private static Breakdown regionRow(String code, String name, RegionCounts c) {
        return new Breakdown(code, name, c.registered(), c.declined(), c.mediated(), c.succeeded(),
                Rates.mediation(c.registered(), c.declined(), c.mediated()), Rates.success(c.succeeded(), c.mediated()));
    }

    private static List<Escalation> escalations(Tally tally) {
        return tally.dims(Metric.ESCALATION, "").entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(e -> {
                    String[] fromTo = e.getKey().split(">");
                    return new Escalation(fromTo[0], stepName(fromTo[0]), fromTo[1], stepName(fromTo[1]),
                            e.getValue().count());
                }).toList();
    }

    static String stepName(String step) {
        String[] parts = step.split("/");
        String channel = Channel.valueOf(parts[0]).label();
        return parts.length == 1 ? channel : channel + "·" + MediationLevel.valueOf(parts[1]).label();
    }

    private static Petitions petitions(Tally tally, long backlog) {
        Map<String, Sum> reviews = tally.dims(Metric.REVIEW_REQUESTED, "");
        Map<String, Sum> forms = tally.dims(Metric.RECEIVED, "form=");
        Map<String, Sum> categories = tally.dims(Metric.RECEIVED, "category=");
        return new Petitions(tally.count(Metric.RECEIVED),
                Arrays.stream(PetitionForm.values()).filter(f -> forms.containsKey(f.name()))
                        .map(f -> new Count(f.name(), f.label(), count(forms, f.name()))).toList(),
                Arrays.stream(PetitionCategory.values()).filter(c -> categories.containsKey(c.name()))
                        .map(c -> new Count(c.name(), c.label(), count(categories, c.name()))).toList(),
                tally.count(Metric.REPEAT), tally.count(Metric.ACCEPTED), Rates.timelyAcceptance(tally),
                tally.count(Metric.REPLIED), Rates.onTimeClosure(tally), tally.count(Metric.EXTENDED),
                tally.count(Metric.EVALUATED), Rates.participation(tally), tally.count(Metric.SATISFIED),
                Rates.satisfaction(tally),
                count(reviews, "REVIEW"), count(reviews, "RE_REVIEW"), tally.count(Metric.TRANSFERRED_TO_MEDIATION),
                backlog);
    }
}
