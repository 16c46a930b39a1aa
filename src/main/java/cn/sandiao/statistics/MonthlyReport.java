package cn.sandiao.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The monthly report (月度统计) of a region subtree, one field per figure (docs/statistics.md: how each figure is
 * counted).
 */
public record MonthlyReport(String month, RegionRef region, Instant generatedAt, String version,
                            Integer snapshotVersion, Disputes disputes, Petitions petitions,
                            @JsonInclude(JsonInclude.Include.NON_NULL) YearToDate yearToDate) {

    /**
     * 本年累计: the same figures from January to the report's month, counted as a period (sums; rates computed again
     * from the summed numerators and denominators; the backlog at the month's end). Absent from snapshots filed
     * before it was reported.
     */
    public record YearToDate(String from, String to, Disputes disputes, Petitions petitions) {
    }

    /** The report as filed: version "snapshot" and its number. */
    MonthlyReport frozen(int number) {
        return new MonthlyReport(month, region, generatedAt, "snapshot", number, disputes, petitions, yearToDate);
    }

    MonthlyReport withYearToDate(PeriodReport period) {
        return new MonthlyReport(month, region, generatedAt, version, snapshotVersion, disputes, petitions,
                new YearToDate(period.from(), period.to(), period.disputes(), period.petitions()));
    }

    public record RegionRef(String code, String name) {
    }

    @JsonInclude(JsonInclude.Include.ALWAYS) // a figure without data is null, and still named
    public record Disputes(long registered, long declined, long mediated, long succeeded, long withdrawn, long closed,
                           Rate mediationRate, Rate successRate, Rate onTimeRate, BigDecimal averageDays,
                           List<StageDuration> stageDurations, List<Breakdown> byType, List<Breakdown> bySource,
                           List<Breakdown> byChannel,
                           List<Breakdown> byCommittee, List<Breakdown> byMediator, List<Breakdown> byRegion,
                           List<Escalation> escalations, Confirmations judicialConfirmations,
                           FollowUps followUps, Amounts amounts, MajorCases majorCases,
                           List<Prevented> preventions, Screening screening, List<CourtHandled> courtEntrusted) {
    }

    /**
     * The cases a court handed to mediation, as the court counts them: 委派 (before filing) and 委托 (after filing),
     * each received (by the day registered), mediated to a result, settled, failed (returned to the court) and
     * withdrawn (by the day closed); null in a snapshot filed before they were counted.
     */
    public record CourtHandled(String code, String name, long received, long mediated, long succeeded, long failed,
                               long withdrawn, Rate successRate) {
    }

    /**
     * 矛盾纠纷排查: rounds held (次) by kind, and the disputes they found (件): registered as cases, settled on the spot,
     * or prevented (预防纠纷, as the workers classified them: the national forms' definition was not found); null in a
     * snapshot filed before they were counted, {@code prevented} 0 in one filed before it was.
     */
    public record Screening(long rounds, List<Count> roundsByKind, long found, long registered, long settledOnSpot,
                            long prevented) {
    }

    /** Days of a stage for the cases closed in the month: 受理审查 (登记→分流), 调解 (分流→结案), 全程. */
    public record StageDuration(String stage, String stageName, String channel, String channelName, long cases,
                                BigDecimal averageDays, Integer medianDays, Integer p90Days) {
    }

    /** One row of a breakdown; a figure the breakdown does not have is left out. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Breakdown(String code, String name, Long registered, Long declined, Long mediated, Long succeeded,
                            Rate mediationRate, Rate successRate) {
    }

    public record Escalation(String from, String fromName, String to, String toName, long count) {
    }

    public record Confirmations(long applied, long confirmed, long rejected) {
    }

    public record FollowUps(long fully, long partly, long not) {
    }

    /** 涉及金额: claimed in the cases registered; agreed in the agreements reached. */
    public record Amounts(BigDecimal involved, long casesWithAmount, BigDecimal agreed) {
    }

    /** 重大 cases registered in the month by category (a case may fall in several). */
    /** 重大 cases by category: registered in the period (the four counts), and mediated and settled in it. */
    public record MajorCases(long abnormalDeath, long amountOver500k, long group, long repeatedEscalation,
                             MajorCounts mediated, MajorCounts succeeded) {
    }

    /** Harm prevented of one kind: incidents (件) and the people they concerned (人). */
    public record Prevented(String code, String name, long cases, long people) {
    }

    public record MajorCounts(long abnormalDeath, long amountOver500k, long group, long repeatedEscalation) {
    }

    public record Petitions(long received, List<Count> receivedByForm, List<Count> receivedByCategory, long repeat,
                            long accepted, Rate timelyAcceptanceRate, long closed, Rate onTimeClosureRate,
                            long extended, long evaluated, Rate participationRate, long satisfied,
                            Rate satisfactionRate, long reviewRequested, long reReviewRequested,
                            long transferredToMediation, long backlog) {
    }

    public record Count(String code, String name, long count) {
    }
}
