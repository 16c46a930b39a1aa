package cn.sandiao.screening;

import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.InvalidInputException;
import cn.sandiao.organization.Committee;
import cn.sandiao.organization.CommitteeKind;
import cn.sandiao.organization.CommitteeRepository;
import cn.sandiao.screening.ScreeningRhythm.Period;
import cn.sandiao.workflow.AsSystem;
import cn.sandiao.workflow.CurrentActor;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders of missed screening rounds. Each committee is expected to hold a round in each period of its rhythm
 * ({@link ScreeningProperties}); a committee that held none gets one reminder per missed period, a Tasklist task for
 * its group ({@code mediator-<code>}, its 主任 among them), never a second (the period is the reminder's key, on every
 * node). The task asks for the round to be recorded late (the task then ends by itself) or for the reason none was
 * held. The reminders are kept in {@code screening_reminder}.
 */
// public: the BPMN expression language calls only public methods of public classes
@Component("screeningReminders")
public class ScreeningReminders {

    private static final Logger LOG = LoggerFactory.getLogger(ScreeningReminders.class);
    /** The committees that screen by default: the village and township people's mediation committees. */
    private static final Set<CommitteeKind> SCREEN_BY_DEFAULT = Set.of(CommitteeKind.VILLAGE, CommitteeKind.TOWNSHIP);
    /** Departments and the court do not screen for people's mediation, whatever the settings say. */
    private static final Set<CommitteeKind> NEVER = Set.of(CommitteeKind.DEPARTMENT, CommitteeKind.COURT);
    static final String ANSWER_EXPLAINED = "EXPLAINED";
    static final String ANSWER_RECORDED_LATE = "RECORDED_LATE";

    /** A reminder as kept: the committee, the period without a round, and how it was answered (null: open). */
    public record Reminder(String committeeCode, LocalDate periodFrom, LocalDate periodTo, String processInstanceId,
                           String answer, String reason, String answeredBy) {
    }

    private final JdbcTemplate jdbc;
    private final CommitteeRepository committees;
    private final ScreeningRoundRepository rounds;
    private final RuntimeService runtimeService;
    private final ScreeningProperties properties;
    private final TransactionTemplate eachAlone;
    private final AsSystem asSystem;
    private final CurrentActor actor;
    private final Clock clock;

    ScreeningReminders(JdbcTemplate jdbc, CommitteeRepository committees, ScreeningRoundRepository rounds,
                       RuntimeService runtimeService, ScreeningProperties properties,
                       PlatformTransactionManager transactions, AsSystem asSystem, CurrentActor actor, Clock clock) {
        this.jdbc = jdbc;
        this.committees = committees;
        this.rounds = rounds;
        this.runtimeService = runtimeService;
        this.properties = properties;
        this.eachAlone = new TransactionTemplate(transactions);
        this.eachAlone.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.asSystem = asSystem;
        this.actor = actor;
        this.clock = clock;
    }

    /** How often the committee is expected to screen: its own setting, else the default for its kind. */
    ScreeningRhythm rhythmOf(Committee committee) {
        if (NEVER.contains(committee.getKind())) {
            return ScreeningRhythm.NONE;
        }
        ScreeningRhythm own = properties.committees().get(committee.getCode());
        if (own != null) {
            return own;
        }
        return SCREEN_BY_DEFAULT.contains(committee.getKind()) ? properties.rhythm() : ScreeningRhythm.NONE;
    }

    /**
     * On {@code today}: a reminder for each active committee that held no round in its last period that ended at least
     * {@code remind-after-days} days ago, unless it was reminded of that period before. Each committee in a
     * transaction of its own, so that one failure (or another node reminding it at the same moment) stops no other.
     * Returns the reminders made.
     */
    public List<Reminder> remind(LocalDate today) {
        LocalDate firstExpected = firstExpectedDay();
        LocalDate settled = today.minusDays(properties.remindAfterDays());
        List<Reminder> made = new ArrayList<>();
        List<Committee> all = committees.findAll().stream().sorted(Comparator.comparing(Committee::getCode)).toList();
        for (Committee committee : all) {
            ScreeningRhythm rhythm = rhythmOf(committee);
            if (!committee.isActive() || rhythm == ScreeningRhythm.NONE) {
                continue;
            }
            Period missed = rhythm.periodOf(settled).previous();
            if (missed.from().isBefore(firstExpected)
                    || rounds.existsByCommitteeCodeAndHeldOnBetween(committee.getCode(), missed.from(), missed.to())) {
                continue;
            }
            try {
                Reminder reminder = eachAlone.execute(status -> remindOnce(committee, missed));
                if (reminder != null) {
                    made.add(reminder);
                }
            } catch (DataIntegrityViolationException remindedByAnotherNode) {
                LOG.info("调委会{}{}的排查提醒已由其他节点发出", committee.getCode(), missed.label());
            } catch (RuntimeException e) {
                LOG.warn("调委会{}{}的排查提醒未能发出，明日再试", committee.getCode(), missed.label(), e);
            }
        }
        return made;
    }

    private Reminder remindOnce(Committee committee, Period missed) {
        int inserted = jdbc.update("insert into screening_reminder (committee_code, period_from, period_to, reminded_at)"
                        + " select ?, ?, ?, ? where not exists"
                        + " (select 1 from screening_reminder where committee_code = ? and period_from = ?)",
                committee.getCode(), Date.valueOf(missed.from()), Date.valueOf(missed.to()),
                Timestamp.from(clock.instant()), committee.getCode(), Date.valueOf(missed.from()));
        if (inserted == 0) {
            return null; // reminded of this period before
        }
        String period = missed.label() + "（" + missed.rhythm().label() + "至少排查一次）";
        ProcessInstance instance = asSystem.call(() -> runtimeService.startProcessInstanceByKey(
                ScreeningReminderProcess.KEY, ScreeningReminderProcess.businessKey(committee.getCode(), missed.from()),
                Variables.createVariables()
                        .putValue(ScreeningReminderProcess.VAR_COMMITTEE_GROUP, committee.getGroupId())
                        .putValue(ScreeningReminderProcess.VAR_COMMITTEE_NAME, committee.getName())
                        .putValue(ScreeningReminderProcess.VAR_PERIOD, period)));
        jdbc.update("update screening_reminder set process_instance_id = ? where committee_code = ? and period_from = ?",
                instance.getId(), committee.getCode(), Date.valueOf(missed.from()));
        LOG.info("{}{}未登记矛盾纠纷排查，已提醒", committee.getName(), missed.label());
        return new Reminder(committee.getCode(), missed.from(), missed.to(), instance.getId(), null, null, null);
    }

    /**
     * A round was recorded: the open reminder of the period it falls in is answered by it, and its task ends (in the
     * recording's transaction, as the system: the recorder may not send messages to the engine).
     */
    void roundRecorded(String committeeCode, LocalDate heldOn, String who) {
        List<Map<String, Object>> open = jdbc.queryForList("select period_from, process_instance_id from screening_reminder"
                + " where committee_code = ? and period_from <= ? and period_to >= ? and answer is null",
                committeeCode, Date.valueOf(heldOn), Date.valueOf(heldOn));
        for (Map<String, Object> reminder : open) {
            jdbc.update("update screening_reminder set answer = ?, answered_by = ?, answered_at = ?"
                            + " where committee_code = ? and period_from = ?", ANSWER_RECORDED_LATE, who,
                    Timestamp.from(clock.instant()), committeeCode, reminder.get("period_from"));
            Object instance = reminder.get("process_instance_id");
            if (instance != null) {
                asSystem.call(() -> runtimeService.createMessageCorrelation(
                                ScreeningReminderProcess.MESSAGE_ROUND_RECORDED)
                        .processInstanceId(instance.toString()).correlateAllWithResult());
            }
        }
    }

    /** The reminder's task completed: the committee says why no round was held (task listener, event complete). */
    public void explained(DelegateTask task) {
        String reason = text(task, ScreeningReminderProcess.FIELD_REASON);
        if (reason == null) {
            throw new InvalidInputException(ScreeningReminderProcess.FIELD_REASON, "请说明未开展排查的原因，或先补录排查");
        }
        if (reason.length() > 500) {
            throw new InvalidInputException(ScreeningReminderProcess.FIELD_REASON, "原因不能超过500字");
        }
        jdbc.update("update screening_reminder set answer = ?, reason = ?, answered_by = ?, answered_at = ?"
                        + " where process_instance_id = ? and answer is null", ANSWER_EXPLAINED, reason, actor.of(task),
                Timestamp.from(clock.instant()), task.getProcessInstanceId());
    }

    /** The reminders of a committee, the latest period first. */
    public List<Reminder> of(String committeeCode) {
        return jdbc.query("select committee_code, period_from, period_to, process_instance_id, answer, reason, answered_by"
                        + " from screening_reminder where committee_code = ? order by period_from desc",
                (rs, i) -> new Reminder(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDate(3).toLocalDate(),
                        rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)), committeeCode);
    }

    /** The first day of the first period a round is expected in (docs/statistics.md: screening). */
    LocalDate firstExpectedDay() {
        YearMonth configured = properties.expectedFromMonth();
        if (configured != null) {
            return configured.atDay(1);
        }
        LocalDate started = jdbc.queryForObject("select started_on from screening_schedule where id = 1", LocalDate.class);
        return started.withDayOfMonth(1).plusMonths(1);
    }
}
