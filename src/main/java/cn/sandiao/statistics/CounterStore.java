package cn.sandiao.statistics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** Reads the monthly counters of a region subtree (codes of a subtree share its code as prefix). */
@Repository
class CounterStore {

    private final JdbcTemplate jdbc;

    CounterStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    Tally month(int month, String regionPrefix) {
        Tally tally = new Tally();
        jdbc.query("""
                select metric, dim, region_code, sum(cnt), sum(total) from stat_counter
                 where month_key = ? and region_code like ? and metric <> 'BACKLOG_CHANGE'
                 group by metric, dim, region_code""",
                rs -> {
                    tally.add(Metric.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getLong(4),
                            rs.getBigDecimal(5));
                }, month, regionPrefix + "%");
        return tally;
    }

    /** 积案: petitions whose handling limit has passed and that are not done, at the end of the month. */
    long backlog(int month, String regionPrefix) {
        Long value = jdbc.queryForObject("""
                select coalesce(sum(cnt), 0) from stat_counter
                 where metric = 'BACKLOG_CHANGE' and month_key <= ? and region_code like ?""",
                Long.class, month, regionPrefix + "%");
        return value == null ? 0 : value;
    }

    /** The total (dimension '') of each metric in each month of a range. */
    Map<Integer, Map<Metric, Long>> totalsByMonth(int from, int to, String regionPrefix, List<Metric> metrics) {
        Map<Integer, Map<Metric, Long>> result = new HashMap<>();
        String in = String.join(",", metrics.stream().map(m -> "'" + m.name() + "'").toList());
        jdbc.query("select month_key, metric, sum(cnt) from stat_counter where metric in (" + in + ")"
                        + " and dim = '' and month_key between ? and ? and region_code like ? group by month_key, metric",
                rs -> {
                    result.computeIfAbsent(rs.getInt(1), m -> new HashMap<>())
                            .put(Metric.valueOf(rs.getString(2)), rs.getLong(3));
                }, from, to, regionPrefix + "%");
        return result;
    }

    Map<Integer, Long> backlogChanges(int from, int to, String regionPrefix) {
        Map<Integer, Long> result = new HashMap<>();
        jdbc.query("""
                select month_key, sum(cnt) from stat_counter
                 where metric = 'BACKLOG_CHANGE' and month_key between ? and ? and region_code like ?
                 group by month_key""",
                rs -> {
                    result.put(rs.getInt(1), rs.getLong(2));
                }, from, to, regionPrefix + "%");
        return result;
    }
}
