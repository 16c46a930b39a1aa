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
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Frozen monthly reports (封存): the report as filed, returned byte for byte afterwards. A snapshot is never
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

    @Transactional
    public Snapshot take(YearMonth month, Region region, boolean replace, String reason, String who) {
        requireEnded(month);
        Optional<Snapshot> current = current(month, region);
        if (current.isPresent() && !replace) {
            throw new ConflictException(month + " " + region.getName() + "的月报已于" + ChinaTime.time(current.get().takenAt())
                    + "封存（第" + current.get().version() + "版），不能覆盖；确需替换请用 replace=true 并说明理由（reason）");
        }
        if (replace && (reason == null || reason.isBlank())) {
            throw new InvalidInputException("reason", "替换已封存的月报须说明理由");
        }
        if (reason != null && reason.length() > 1000) {
            throw new InvalidInputException("reason", "理由不能超过 1000 字");
        }
        int version = current.map(s -> s.version() + 1).orElse(1);
        Instant now = clock.instant();
        MonthlyReport live = reports.live(month, region);
        MonthlyReport frozen = new MonthlyReport(live.month(), live.region(), live.generatedAt(), "snapshot", version,
                live.disputes(), live.petitions(), live.yearToDate());
        String body = write(frozen);
        current.ifPresent(s -> jdbc.update("update stat_snapshot set superseded_at = ? where month_key = ?"
                + " and region_code = ? and version = ?", Timestamp.from(now), Months.key(month), region.getCode(),
                s.version()));
        try {
            jdbc.update("insert into stat_snapshot (month_key, region_code, version, report, reason, taken_by, taken_at)"
                            + " values (?, ?, ?, ?, ?, ?, ?)", Months.key(month), region.getCode(), version, body,
                    reason == null || reason.isBlank() ? null : reason.strip(), who, Timestamp.from(now));
        } catch (DuplicateKeyException e) {
            throw new ConflictException(month + " " + region.getName() + "的月报刚由他人封存，请刷新后再试");
        }
        return new Snapshot(version, body, reason, who, now);
    }

    /** A closed month: snapshots are taken of months that have ended (China time). */
    private void requireEnded(YearMonth month) {
        if (!month.isBefore(YearMonth.from(ChinaTime.today(clock)))) {
            throw new InvalidInputException("month", "只能封存已经结束的月份：" + month + " 尚未结束");
        }
    }

    @Transactional(readOnly = true)
    public Optional<Snapshot> current(YearMonth month, Region region) {
        List<Snapshot> versions = versions(month, region);
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public Snapshot require(YearMonth month, Region region) {
        return current(month, region).orElseThrow(() ->
                new NotFoundException(month + " " + region.getName() + "的月报尚未封存"));
    }

    @Transactional(readOnly = true)
    public List<Snapshot> versions(YearMonth month, Region region) {
        return jdbc.query("select version, report, reason, taken_by, taken_at from stat_snapshot"
                        + " where month_key = ? and region_code = ? order by version",
                (rs, i) -> new Snapshot(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant()), Months.key(month), region.getCode());
    }

    public MonthlyReport read(Snapshot snapshot) {
        try {
            return json.readValue(snapshot.report(), MonthlyReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored snapshot is not a report", e);
        }
    }

    private String write(MonthlyReport report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
