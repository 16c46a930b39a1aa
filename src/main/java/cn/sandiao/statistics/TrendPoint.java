package cn.sandiao.statistics;

import java.time.YearMonth;

/** The headline figures of one month, for the trend. */
public record TrendPoint(String month, long registered, long mediated, long succeeded, long closed,
                         Rate mediationRate, Rate successRate, Rate onTimeRate, long petitionsReceived,
                         long petitionsClosed, Rate onTimeClosureRate, Rate satisfactionRate, long backlog) {

    static TrendPoint of(YearMonth month, Tally totals, long backlog) {
        return new TrendPoint(month.toString(), totals.count(Metric.REGISTERED), totals.count(Metric.MEDIATED),
                totals.count(Metric.SUCCEEDED), totals.count(Metric.CLOSED), Rates.mediation(totals),
                Rates.success(totals), Rates.onTime(totals), totals.count(Metric.RECEIVED),
                totals.count(Metric.REPLIED), Rates.onTimeClosure(totals), Rates.satisfaction(totals), backlog);
    }
}
