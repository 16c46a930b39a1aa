package cn.sandiao.statistics;

import cn.sandiao.common.ChinaTime;
import java.math.BigDecimal;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * Rows of a past month written straight into the fact tables, as data imported from before the system would be;
 * the counters are then rebuilt from them. Times are China's.
 */
final class Fixture {

    private final JdbcTemplate jdbc;
    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private int serial;

    Fixture(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    static Timestamp at(LocalDateTime chinaTime) {
        return chinaTime == null ? null : Timestamp.from(chinaTime.atZone(ChinaTime.ZONE).toInstant());
    }

    static Date day(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    /** A case as it ends up: result and channel null while open; a declined case has no channel. */
    long dispute(String region, String type, LocalDateTime registered, LocalDateTime triaged, LocalDateTime closed,
                 String result, String channel, LocalDate closingDue, BigDecimal amount, int people,
                 boolean abnormalDeath) {
        return insert("""
                insert into dispute_case (case_no, source, dispute_type, region_code, description, amount, people_involved,
                  abnormal_death, repeated_escalation, status, channel, result, registered_at, registered_by, triage_due,
                  triaged_at, closed_at, closing_due, version)
                values (?, 'WALK_IN', ?, ?, '统计测试案件', ?, ?, ?, false, ?, ?, ?, ?, 'fixture', ?, ?, ?, ?, 0)""",
                "FX-" + tag + "-" + (++serial), type, region, amount, people, abnormalDeath,
                closed != null ? "CLOSED" : triaged != null ? "MEDIATING" : "REGISTERED", channel, result,
                at(registered), day(registered.toLocalDate().plusDays(1)), at(triaged), at(closed), day(closingDue));
    }

    long mediation(long caseId, String committee, String mediator, LocalDateTime started, LocalDateTime ended,
                   String result, BigDecimal agreementAmount) {
        return insert("""
                insert into mediation (case_id, channel, mediation_level, committee_code, mediator_id, accepted_on, due_on,
                  due_rule, started_at, result, agreement_amount, ended_at, version)
                values (?, 'PEOPLE', 'VILLAGE', ?, ?, ?, ?, 'PEOPLE_MEDIATION', ?, ?, ?, ?, 0)""",
                caseId, committee, mediator, day(started.toLocalDate()), day(started.toLocalDate().plusMonths(1)),
                at(started), result, agreementAmount, at(ended));
    }

    void handoff(long caseId, String fromChannel, String fromLevel, String toChannel, String toLevel,
                 LocalDateTime at) {
        insert("""
                insert into case_handoff (case_id, from_channel, from_level, to_channel, to_level, reason, handed_off_at, actor)
                values (?, ?, ?, ?, ?, '调解不成', ?, 'fixture')""", caseId, fromChannel, fromLevel, toChannel, toLevel,
                at(at));
    }

    void confirmation(long caseId, long mediationId, LocalDate accepted, String ruling, LocalDateTime decided) {
        insert("""
                insert into judicial_confirmation (case_id, mediation_id, window_ends_on, status, accepted_on, ruling,
                  decided_at, version)
                values (?, ?, ?, ?, ?, ?, ?, 0)""", caseId, mediationId, day(accepted.plusDays(30)),
                ruling == null ? "ACCEPTED" : "RULED", day(accepted), ruling, at(decided));
    }

    void followUp(long caseId, long mediationId, String performance, LocalDateTime recorded) {
        insert("""
                insert into follow_up (case_id, mediation_id, due_on, performance, recorded_at, version)
                values (?, ?, ?, ?, ?, 0)""", caseId, mediationId, day(recorded.toLocalDate()), performance,
                at(recorded));
    }

    /** A petition; {@code repeatOf} links a repeat to the first. */
    long petition(String region, String form, String category, LocalDate received, Long repeatOf,
                  String decision, LocalDate acceptedOn, LocalDate handlingDue, LocalDate repliedOn,
                  String evaluation, LocalDate closedOn) {
        return insert("""
                insert into petition (petition_no, form, category, respondent, region_code, content, demand, status,
                  repeat_of, received_on, registered_at, registered_by, acceptance_due, accepted_on, acceptance_decision,
                  handling_due, replied_on, evaluation, closed_on, version)
                values (?, ?, ?, '某单位', ?, '统计测试信访', '统计测试诉求', 'REGISTERED', ?, ?, ?, 'fixture', ?, ?, ?, ?, ?,
                  ?, ?, 0)""",
                "FXP-" + tag + "-" + (++serial), form, category, region, repeatOf, day(received),
                at(received.atTime(9, 0)), day(received.plusDays(15)), day(acceptedOn), decision, day(handlingDue),
                day(repliedOn), evaluation, day(closedOn));
    }

    void notice(long petitionId, String kind, LocalDate issued) {
        insert("""
                insert into petition_notice (petition_id, kind, content, issued_on, issued_by, recorded_at)
                values (?, ?, '告知', ?, 'fixture', ?)""", petitionId, kind, day(issued), at(issued.atTime(10, 0)));
    }

    void review(long petitionId, String level, LocalDate requested) {
        insert("""
                insert into petition_review (petition_id, level, requested_on, request_reason, requested_by, opinion_due,
                  version)
                values (?, ?, ?, '不服处理意见', 'fixture', ?, 0)""", petitionId, level, day(requested),
                day(requested.plusDays(30)));
    }

    private long insert(String sql, Object... args) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            PreparedStatement statement = connection.prepareStatement(sql, new String[] {"id"});
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            return statement;
        }, keys);
        Number key = keys.getKey();
        return key == null ? 0 : key.longValue();
    }

}
