package cn.sandiao.statistics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the monthly counters of a region (each region's counters already include everything below it). */
@Repository
class CounterStore {

    private final JdbcTemplate jdbc;

    CounterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Every counter of the region summed over the months {@code from} to {@code to} (a period of whole months, or
     * one month when they are equal). Each month is its own part of one statement: with the month and the region
     * equal, the primary key finds the region's rows of that month alone (a range or a list of months makes the
     * database read every region's rows of the range).
     */
    Tally months(int from, int to, String region) {
        Tally tally = new Tally();
        MonthByMonth rows = MonthByMonth.of("metric, dim, cnt, total", "metric <> 'BACKLOG_CHANGE'",
                Months.keysBetween(from, to), region);
        jdbc.query("select metric, dim, sum(cnt), sum(total) from (" + rows.sql() + ") months group by metric, dim",
                rs -> {
                    tally.add(Metric.valueOf(rs.getString(1)), rs.getString(2), region, rs.getLong(3),
                            rs.getBigDecimal(4));
                }, rows.arguments());
        return tally;
    }

    /** The region's rows of each month, one part per month (month and region equal: the primary key's way in). */
    private record MonthByMonth(String sql, Object[] arguments) {
        static MonthByMonth of(String columns, String condition, List<Integer> months, String region) {
            List<Object> arguments = new ArrayList<>();
            List<String> parts = new ArrayList<>();
            for (int month : months) {
                parts.add("select " + columns + " from stat_counter where month_key = ? and region_code = ? and "
                        + condition);
                arguments.add(month);
                arguments.add(region);
            }
            return new MonthByMonth(String.join(" union all ", parts), arguments.toArray());
        }
    }

    /**
     * The totals (dimension '') of some metrics over a period of whole months for each of the given regions, one
     * region at a time through the primary key (a list of metrics in the query makes H2 take the series index and
     * read every month); the other metrics are left out here.
     */
    Map<String, Tally> totals(int from, int to, Collection<String> regions, List<Metric> metrics) {
        Map<String, Tally> result = new HashMap<>();
        List<Integer> months = Months.keysBetween(from, to);
        for (String region : regions) {
            Tally tally = new Tally();
            MonthByMonth rows = MonthByMonth.of("metric, cnt, total", "dim = ''", months, region);
            jdbc.query("select metric, sum(cnt), sum(total) from (" + rows.sql() + ") months group by metric",
                    rs -> {
                        Metric metric = Metric.valueOf(rs.getString(1));
                        if (metrics.contains(metric)) {
                            tally.add(metric, "", region, rs.getLong(2), rs.getBigDecimal(3));
                        }
                    }, rows.arguments());
            result.put(region, tally);
        }
        return result;
    }

    /** 积案: petitions whose handling limit has passed and that are not done, at the end of the month. */
    long backlog(int month, String region) {
        Long value = jdbc.queryForObject("""
                select coalesce(sum(cnt), 0) from stat_counter
                 where region_code = ? and metric = 'BACKLOG_CHANGE' and dim = '' and month_key <= ?""",
                Long.class, region, month);
        return value == null ? 0 : value;
    }

    /** The total (dimension '') of each metric in each month of a range. */
    Map<Integer, Tally> totalsByMonth(int from, int to, String region, List<Metric> metrics) {
        Map<Integer, Tally> result = new HashMap<>();
        jdbc.query("select month_key, metric, sum(cnt) from stat_counter where region_code = ?"
                        + " and metric in (" + names(metrics) + ") and dim = '' and month_key between ? and ?"
                        + " group by month_key, metric",
                rs -> {
                    result.computeIfAbsent(rs.getInt(1), m -> new Tally())
                            .add(Metric.valueOf(rs.getString(2)), "", region, rs.getLong(3), java.math.BigDecimal.ZERO);
                }, region, from, to);
        return result;
    }

    Map<Integer, Long> backlogChanges(int from, int to, String region) {
        Map<Integer, Long> result = new HashMap<>();
        jdbc.query("""
                select month_key, sum(cnt) from stat_counter
                 where region_code = ? and metric = 'BACKLOG_CHANGE' and dim = '' and month_key between ? and ?
                 group by month_key""",
                rs -> {
                    result.put(rs.getInt(1), rs.getLong(2));
                }, region, from, to);
        return result;
    }

    private static String names(List<Metric> metrics) {
        return metrics.stream().map(m -> "'" + m.name() + "'").collect(Collectors.joining(","));
    }
}
