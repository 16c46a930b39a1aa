package cn.sandiao.statistics;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.stream.Stream;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The month's figures counted from scratch over the fact tables, as one would without the counters: the baseline
 * the benchmark compares against and the check that the counters are right. It reads every row of the tables.
 */
@Component
class Recount {

    private final JdbcTemplate jdbc;

    Recount(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The China date of a timestamp, written so that H2 and PostgreSQL both keep the zone's date. */
    private static String day(String column) {
        return "cast(substring(cast(" + column + " at time zone 'Asia/Shanghai' as varchar(40)) from 1 for 10) as date)";
    }

    Tally month(YearMonth month, String prefix) {
        return months(month, month, prefix);
    }

    /** The figures of the months {@code from} to {@code to}, in one pass over the rows. */
    Tally months(YearMonth from, YearMonth to, String prefix) {
        return days(from.atDay(1), to.atEndOfMonth(), prefix);
    }

    /** The figures of the days {@code from} to {@code to} (China dates, both included), in one pass over the rows. */
    Tally days(LocalDate from, LocalDate to, String prefix) {
        Tally tally = new Tally();
        Date first = Date.valueOf(from);
        Date last = Date.valueOf(to);
        String like = prefix + "%";
        registered(tally, first, last, like);
        closed(tally, first, last, like);
        mediations(tally, first, last, like);
        jdbc.query("select d.region_code, h.from_channel, h.from_level, h.to_channel, h.to_level, count(*)"
                + " from case_handoff h join dispute_case d on d.id = h.case_id"
                + " where " + day("h.handed_off_at") + " between ? and ? and d.region_code like ?"
                + " group by d.region_code, h.from_channel, h.from_level, h.to_channel, h.to_level",
                rs -> {
                    tally.add(Metric.ESCALATION, Counting.step(rs.getString(2), rs.getString(3)) + ">"
                            + Counting.step(rs.getString(4), rs.getString(5)), rs.getString(1), rs.getLong(6),
                            BigDecimal.ZERO);
                }, first, last, like);
        jdbc.query("select d.region_code, count(*) from judicial_confirmation j join dispute_case d on d.id = j.case_id"
                + " where j.accepted_on between ? and ? and d.region_code like ? group by d.region_code",
                rs -> {
                    tally.add(Metric.CONFIRMATION_APPLIED, "", rs.getString(1), rs.getLong(2), BigDecimal.ZERO);
                }, first, last, like);
        jdbc.query("select d.region_code, j.ruling, count(*) from judicial_confirmation j"
                + " join dispute_case d on d.id = j.case_id where j.ruling is not null and "
                + day("j.decided_at") + " between ? and ? and d.region_code like ? group by d.region_code, j.ruling",
                rs -> {
                    tally.add(Metric.CONFIRMATION_RULED, rs.getString(2), rs.getString(1), rs.getLong(3),
                            BigDecimal.ZERO);
                }, first, last, like);
        jdbc.query("select d.region_code, f.performance, count(*) from follow_up f join dispute_case d on d.id = f.case_id"
                + " where f.performance is not null and " + day("f.recorded_at") + " between ? and ?"
                + " and d.region_code like ? group by d.region_code, f.performance",
                rs -> {
                    tally.add(Metric.FOLLOW_UP, rs.getString(2), rs.getString(1), rs.getLong(3), BigDecimal.ZERO);
                }, first, last, like);
        jdbc.query("select region_code, kind, count(*), sum(people) from prevention_record"
                + " where occurred_on between ? and ? and region_code like ? group by region_code, kind",
                rs -> {
                    tally.add(Metric.PREVENTED, rs.getString(2), rs.getString(1), rs.getLong(3), rs.getBigDecimal(4));
                }, first, last, like);
        screening(tally, first, last, like);
        petitions(tally, first, last, like);
        return tally;
    }

    private void registered(Tally tally, Date first, Date last, String like) {
        jdbc.query("select region_code, dispute_type, count(*),"
                + " sum(case when result = 'DECLINED' then 1 else 0 end), count(amount), sum(amount),"
                + " sum(case when abnormal_death then 1 else 0 end),"
                + " sum(case when amount >= 500000 then 1 else 0 end),"
                + " sum(case when people_involved >= 5 then 1 else 0 end),"
                + " sum(case when repeated_escalation then 1 else 0 end)"
                + " from dispute_case where " + day("registered_at") + " between ? and ? and region_code like ?"
                + " group by region_code, dispute_type",
                rs -> {
                    String region = rs.getString(1);
                    add(tally, Metric.REGISTERED, "", region, rs.getLong(3));
                    add(tally, Metric.REGISTERED, "type=" + rs.getString(2), region, rs.getLong(3));
                    add(tally, Metric.DECLINED, "", region, rs.getLong(4));
                    tally.add(Metric.AMOUNT_INVOLVED, "", region, rs.getLong(5),
                            rs.getBigDecimal(6) == null ? BigDecimal.ZERO : rs.getBigDecimal(6));
                    add(tally, Metric.MAJOR, "ABNORMAL_DEATH", region, rs.getLong(7));
                    add(tally, Metric.MAJOR, "AMOUNT_500K", region, rs.getLong(8));
                    add(tally, Metric.MAJOR, "GROUP", region, rs.getLong(9));
                    add(tally, Metric.MAJOR, "REPEATED_ESCALATION", region, rs.getLong(10));
                }, first, last, like);
        // by source and, for a court's case, by 委派/委托, in one pass
        jdbc.query("select region_code, source, entrustment_kind, count(*) from dispute_case where "
                + day("registered_at") + " between ? and ? and region_code like ?"
                + " group by region_code, source, entrustment_kind",
                rs -> {
                    add(tally, Metric.REGISTERED, "source=" + rs.getString(2), rs.getString(1), rs.getLong(4));
                    if (rs.getString(3) != null) {
                        add(tally, Metric.REGISTERED, Counting.COURT + rs.getString(3), rs.getString(1), rs.getLong(4));
                    }
                }, first, last, like);
    }

    private void closed(Tally tally, Date first, Date last, String like) {
        jdbc.query("select region_code, dispute_type, channel, result, " + day("registered_at") + ", "
                + day("triaged_at") + ", " + day("closed_at") + ", closing_due, source, abnormal_death, amount,"
                + " people_involved, repeated_escalation, entrustment_kind from dispute_case"
                + " where closed_at is not null"
                + " and " + day("closed_at") + " between ? and ? and region_code like ?",
                rs -> {
                    String region = rs.getString(1);
                    String type = "type=" + rs.getString(2);
                    String channel = rs.getString(3) == null ? Counting.NO_CHANNEL : rs.getString(3);
                    String result = rs.getString(4);
                    LocalDate registered = date(rs, 5);
                    LocalDate triaged = date(rs, 6);
                    LocalDate closed = date(rs, 7);
                    LocalDate limit = date(rs, 8);
                    long total = ChronoUnit.DAYS.between(registered, closed);
                    tally.add(Metric.CLOSED, "", region, 1, BigDecimal.valueOf(total));
                    if (limit != null && !closed.isAfter(limit)) {
                        add(tally, Metric.ON_TIME, "", region, 1);
                    }
                    add(tally, Metric.STAGE_DAYS, "TOTAL|" + channel + "|" + total, region, 1);
                    if (triaged != null) {
                        add(tally, Metric.STAGE_DAYS,
                                "TRIAGE|" + channel + "|" + ChronoUnit.DAYS.between(registered, triaged), region, 1);
                        if (!"DECLINED".equals(result)) {
                            add(tally, Metric.STAGE_DAYS,
                                    "MEDIATION|" + channel + "|" + ChronoUnit.DAYS.between(triaged, closed), region, 1);
                        }
                    }
                    String court = rs.getString(14) == null ? null : Counting.COURT + rs.getString(14);
                    if (result.equals("SUCCEEDED") || result.startsWith("FAILED_")) {
                        for (String dim : Stream.of("", type, "channel=" + channel, "source=" + rs.getString(9),
                                court).filter(Objects::nonNull).toList()) {
                            add(tally, Metric.MEDIATED, dim, region, 1);
                            if (result.equals("SUCCEEDED")) {
                                add(tally, Metric.SUCCEEDED, dim, region, 1);
                            }
                        }
                        for (String category : Counting.majorCategories(rs.getBoolean(10), rs.getBigDecimal(11),
                                rs.getInt(12), rs.getBoolean(13))) {
                            add(tally, Metric.MAJOR_MEDIATED, category, region, 1);
                            if (result.equals("SUCCEEDED")) {
                                add(tally, Metric.MAJOR_SUCCEEDED, category, region, 1);
                            }
                        }
                    }
                    if (result.equals("WITHDRAWN")) {
                        add(tally, Metric.WITHDRAWN, "", region, 1);
                        if (court != null) {
                            add(tally, Metric.WITHDRAWN, court, region, 1);
                        }
                    }
                }, first, last, like);
    }

    private void mediations(Tally tally, Date first, Date last, String like) {
        jdbc.query("select d.region_code, m.committee_code, m.mediator_id, m.result, count(*), sum(m.agreement_amount),"
                + " count(m.agreement_amount) from mediation m join dispute_case d on d.id = m.case_id"
                + " where m.result in ('SUCCESS', 'FAILED') and " + day("m.ended_at") + " between ? and ?"
                + " and d.region_code like ? group by d.region_code, m.committee_code, m.mediator_id, m.result",
                rs -> {
                    String region = rs.getString(1);
                    boolean success = "SUCCESS".equals(rs.getString(4));
                    long n = rs.getLong(5);
                    add(tally, Metric.MEDIATION_ENDED, "committee=" + rs.getString(2), region, n);
                    if (success) {
                        add(tally, Metric.MEDIATION_SUCCEEDED, "committee=" + rs.getString(2), region, n);
                    }
                    if (rs.getString(3) != null) {
                        add(tally, Metric.MEDIATION_ENDED, "mediator=" + rs.getString(3), region, n);
                        if (success) {
                            add(tally, Metric.MEDIATION_SUCCEEDED, "mediator=" + rs.getString(3), region, n);
                        }
                    }
                    if (success && rs.getLong(7) > 0) {
                        tally.add(Metric.AGREEMENT_AMOUNT, "", region, rs.getLong(7), rs.getBigDecimal(6));
                    }
                }, first, last, like);
    }

    /** Rounds held, by kind, and the disputes they found, by outcome: by the round's own day and area. */
    private void screening(Tally tally, Date first, Date last, String like) {
        jdbc.query("select region_code, kind, count(*) from screening_round"
                + " where held_on between ? and ? and region_code like ? group by region_code, kind",
                rs -> {
                    add(tally, Metric.SCREENING_ROUND, "", rs.getString(1), rs.getLong(3));
                    add(tally, Metric.SCREENING_ROUND, "kind=" + rs.getString(2), rs.getString(1), rs.getLong(3));
                }, first, last, like);
        jdbc.query("select r.region_code, f.outcome, count(*) from screening_finding f"
                + " join screening_round r on r.id = f.round_id"
                + " where r.held_on between ? and ? and r.region_code like ? group by r.region_code, f.outcome",
                rs -> {
                    add(tally, Metric.SCREENING_FOUND, "", rs.getString(1), rs.getLong(3));
                    add(tally, Metric.SCREENING_FOUND, "outcome=" + rs.getString(2), rs.getString(1), rs.getLong(3));
                }, first, last, like);
    }

    private void petitions(Tally tally, Date first, Date last, String like) {
        jdbc.query("select region_code, form, category, repeat_of is null, count(*) from petition"
                + " where received_on between ? and ? and region_code like ?"
                + " group by region_code, form, category, repeat_of is null",
                rs -> {
                    String region = rs.getString(1);
                    long n = rs.getLong(5);
                    if (rs.getBoolean(4)) {
                        add(tally, Metric.RECEIVED, "", region, n);
                        add(tally, Metric.RECEIVED, "form=" + rs.getString(2), region, n);
                        add(tally, Metric.RECEIVED, "category=" + rs.getString(3), region, n);
                    } else {
                        add(tally, Metric.REPEAT, "", region, n);
                    }
                }, first, last, like);
        jdbc.query("select region_code, count(*), sum(case when accepted_on <= acceptance_due then 1 else 0 end),"
                + " sum(case when acceptance_decision = 'REFER_TO_MEDIATION' then 1 else 0 end) from petition"
                + " where acceptance_decision in ('ACCEPT', 'REFER_TO_MEDIATION') and accepted_on between ? and ?"
                + " and region_code like ? group by region_code",
                rs -> {
                    add(tally, Metric.ACCEPTED, "", rs.getString(1), rs.getLong(2));
                    add(tally, Metric.ACCEPTED_TIMELY, "", rs.getString(1), rs.getLong(3));
                    add(tally, Metric.TRANSFERRED_TO_MEDIATION, "", rs.getString(1), rs.getLong(4));
                }, first, last, like);
        jdbc.query("select region_code, count(*), sum(case when replied_on <= handling_due then 1 else 0 end),"
                + " sum(case when handling_due is not null then 1 else 0 end),"
                + " sum(case when repeat_of is null then 1 else 0 end),"
                + " sum(case when repeat_of is null and evaluation in ('SATISFIED', 'BASICALLY_SATISFIED', 'DISSATISFIED')"
                + " then 1 else 0 end),"
                + " sum(case when repeat_of is null and evaluation in ('SATISFIED', 'BASICALLY_SATISFIED') then 1 else 0 end)"
                + " from petition where replied_on between ? and ? and region_code like ? group by region_code",
                rs -> {
                    String region = rs.getString(1);
                    add(tally, Metric.REPLIED, "", region, rs.getLong(2));
                    add(tally, Metric.REPLIED_ON_TIME, "", region, rs.getLong(3));
                    add(tally, Metric.REPLIED_WITH_LIMIT, "", region, rs.getLong(4));
                    add(tally, Metric.EVALUATION_SCOPE, "", region, rs.getLong(5));
                    add(tally, Metric.EVALUATED, "", region, rs.getLong(6));
                    add(tally, Metric.SATISFIED, "", region, rs.getLong(7));
                }, first, last, like);
        jdbc.query("select p.region_code, count(*) from petition_notice n join petition p on p.id = n.petition_id"
                + " where n.kind = 'EXTENSION' and n.issued_on between ? and ? and p.region_code like ?"
                + " group by p.region_code",
                rs -> {
                    add(tally, Metric.EXTENDED, "", rs.getString(1), rs.getLong(2));
                }, first, last, like);
        jdbc.query("select p.region_code, r.level, count(*) from petition_review r join petition p on p.id = r.petition_id"
                + " where r.requested_on between ? and ? and p.region_code like ? group by p.region_code, r.level",
                rs -> {
                    add(tally, Metric.REVIEW_REQUESTED, rs.getString(2), rs.getString(1), rs.getLong(3));
                }, first, last, like);
    }

    /** 积案 at the end of the month: past the handling limit and neither replied to nor closed by then. */
    long backlog(YearMonth month, String prefix) {
        return backlog(month.atEndOfMonth(), prefix);
    }

    /** 积案 at the end of {@code day}. */
    long backlog(LocalDate day, String prefix) {
        Date last = Date.valueOf(day);
        Long value = jdbc.queryForObject("select count(*) from petition where handling_due <= ? and region_code like ?"
                + " and (coalesce(replied_on, closed_on) is null or coalesce(replied_on, closed_on) > ?)",
                Long.class, last, prefix + "%", last);
        return value == null ? 0 : value;
    }

    private static void add(Tally tally, Metric metric, String dim, String region, long count) {
        tally.add(metric, dim, region, count, BigDecimal.ZERO);
    }

    private static LocalDate date(ResultSet rs, int column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
