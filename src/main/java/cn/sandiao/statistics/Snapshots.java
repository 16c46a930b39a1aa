package cn.sandiao.statistics;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.ConflictException;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.common.NotFoundException;
import cn.sandiao.organization.Region;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frozen reports (封存) of a month or a period of months: the report as filed, returned byte for byte afterwards. A snapshot is never
 * overwritten; replacing it is explicit, needs a reason, and keeps the earlier version.
 */
@Service
public class Snapshots {

    /** A stored snapshot: its version and the report as it was filed (JSON). */
    public record Snapshot(int version, String report, String reason, String takenBy, Instant takenAt) {
    }

    private final JdbcTemplate jdbc;
    private final MonthlyReports reports;
    private final ObjectMapper json;
    private final Clock clock;

    Snapshots(JdbcTemplate jdbc, MonthlyReports reports, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.reports = reports;
        this.json = json;
        this.clock = clock;
    }

    /** Freezes the month's report (with its year to date). */
    @Transactional
    public Snapshot take(YearMonth month, Region region, boolean replace, String reason, String who) {
        return take(new Period(month, month), region, replace, reason, who,
                version -> write(reports.live(month, region).frozen(version)));
    }

    /** Freezes a period's report (a quarter, a half-year, a year …) the same way. */
    @Transactional
    Snapshot take(Period period, Region region, boolean replace, String reason, String who) {
        return take(period, region, replace, reason, who, version -> write(reports.period(period, region).frozen(version)));
    }

    private Snapshot take(Period period, Region region, boolean replace, String reason, String who,
                          IntFunction<String> filed) {
        requireEnded(period);
        Optional<Snapshot> current = current(period, region);
        if (current.isPresent() && !replace) {
            throw new ConflictException(title(period, region) + "已于" + ChinaTime.time(current.get().takenAt())
                    + "封存（第" + current.get().version() + "版），不能覆盖；确需替换请用 replace=true 并说明理由（reason）");
        }
        if (replace && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "替换已封存的报表须说明理由");
        }
        if (reason != null && reason.length() > 1000) {
            throw new InvalidInputException("reason", "理由不能超过 1000 字");
        }
        int version = current.map(s -> s.version() + 1).orElse(1);
        Instant now = clock.instant();
        String body = filed.apply(version);
        current.ifPresent(s -> jdbc.update("update stat_snapshot set superseded_at = ? where month_key = ?"
                + " and last_month_key = ? and region_code = ? and version = ?", Timestamp.from(now),
                Months.key(period.from()), Months.key(period.to()), region.getCode(), s.version()));
        try {
            jdbc.update("insert into stat_snapshot (month_key, last_month_key, region_code, version, report, reason,"
                            + " taken_by, taken_at) values (?, ?, ?, ?, ?, ?, ?, ?)", Months.key(period.from()),
                    Months.key(period.to()), region.getCode(), version, body,
                    reason == null || reason.isBlank() ? null : reason.strip(), who, Timestamp.from(now));
        } catch (DuplicateKeyException e) {
            throw new ConflictException(title(period, region) + "刚由他人封存，请刷新后再试");
        }
        return new Snapshot(version, body, reason, who, now);
    }

    /** 2026-10 和美县的月报; 2026年第一季度 和美县的报表. */
    private static String title(Period period, Region region) {
        return period.from().equals(period.to()) ? period.from() + " " + region.getName() + "的月报"
                : period.label() + " " + region.getName() + "的报表";
    }

    /** Only what has ended (China time) is filed: the period's last month is over. */
    private void requireEnded(Period period) {
        if (!period.to().isBefore(YearMonth.from(ChinaTime.today(clock)))) {
            throw new InvalidInputException(period.from().equals(period.to()) ? "month" : "to",
                    "只能封存已经结束的月份：" + period.to() + " 尚未结束");
        }
    }

    @Transactional(readOnly = true)
    public Optional<Snapshot> current(YearMonth month, Region region) {
        return current(new Period(month, month), region);
    }

    @Transactional(readOnly = true)
    Optional<Snapshot> current(Period period, Region region) {
        List<Snapshot> versions = versions(period, region);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Snapshot require(YearMonth month, Region region) {
        return require(new Period(month, month), region);
    }

    Snapshot require(Period period, Region region) {
        return current(period, region).orElseThrow(() -> new NotFoundException(title(period, region) + "尚未封存"));
    }

    @Transactional(readOnly = true)
    public List<Snapshot> versions(YearMonth month, Region region) {
        return versions(new Period(month, month), region);
    }

    @Transactional(readOnly = true)
    List<Snapshot> versions(Period period, Region region) {
        return jdbc.query("select version, report, reason, taken_by, taken_at from stat_snapshot"
                        + " where month_key = ? and last_month_key = ? and region_code = ? order by version",
                (rs, i) -> new Snapshot(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), Months.key(period.from()), Months.key(period.to()),
                region.getCode());
    }

    public MonthlyReport read(Snapshot snapshot) {
        try {
            return json.readValue(snapshot.report(), MonthlyReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored snapshot is not a report", e);
        }
    }

    private String write(Object report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
