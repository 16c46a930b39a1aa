package cn.sandiao.statistics;

import java.util.Map;

/** The headline figures of one month, for the trend. */
public record TrendPoint(String month, long registered, long mediated, long succeeded, long closed,
                         Rate mediationRate, Rate successRate, Rate onTimeRate, long petitionsReceived,
                         long petitionsClosed, Rate onTimeClosureRate, Rate satisfactionRate, long backlog) {

    static TrendPoint of(java.time.YearMonth month, Map<Metric, Long> totals, long backlog) {
        long registered = totals.getOrDefault(Metric.REGISTERED, 0L);
        long declined = totals.getOrDefault(Metric.DECLINED, 0L);
        long mediated = totals.getOrDefault(Metric.MEDIATED, 0L);
        long succeeded = totals.getOrDefault(Metric.SUCCEEDED, 0L);
        long closed = totals.getOrDefault(Metric.CLOSED, 0L);
        long replied = totals.getOrDefault(Metric.REPLIED, 0L);
        long evaluated = totals.getOrDefault(Metric.EVALUATED, 0L);
        return new TrendPoint(month.toString(), registered, mediated, succeeded, closed,
                Rate.of(mediated, registered - declined), Rate.of(succeeded, mediated),
                Rate.of(totals.getOrDefault(Metric.ON_TIME, 0L), closed), totals.getOrDefault(Metric.RECEIVED, 0L),
                replied, Rate.of(totals.getOrDefault(Metric.REPLIED_ON_TIME, 0L), replied),
                Rate.of(totals.getOrDefault(Metric.SATISFIED, 0L), evaluated), backlog);
    }
}
