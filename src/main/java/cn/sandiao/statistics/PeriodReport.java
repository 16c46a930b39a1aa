package cn.sandiao.statistics;

import java.time.Instant;

/**
 * The report of a period of whole months (a quarter, a half-year, a year, or any run of months): the same figures
 * as a month's, counted over the period; additive figures are the months' sums, rates are computed again from the
 * summed numerators and denominators (never averaged), and the backlog is the one at the period's end.
 */
public record PeriodReport(String from, String to, String label, MonthlyReport.RegionRef region, Instant generatedAt,
                           String version, Integer snapshotVersion, MonthlyReport.Disputes disputes,
                           MonthlyReport.Petitions petitions) {

    /** The report as filed: version "snapshot" and its number. */
    PeriodReport frozen(int number) {
        return new PeriodReport(from, to, label, region, generatedAt, "snapshot", number, disputes, petitions);
    }
}
