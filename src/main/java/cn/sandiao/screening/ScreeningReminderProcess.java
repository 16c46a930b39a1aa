package cn.sandiao.screening;

/**
 * Process {@code screening_reminder} (矛盾纠纷排查提醒): started by the daily check for a committee that held no round in
 * its last period; its one task asks the committee to record the round late or say why none was held, and ends by
 * itself when the round is recorded. Ids, variables and the message shared by the BPMN, the code and the tests.
 */
public final class ScreeningReminderProcess {

    public static final String KEY = "screening_reminder";
    public static final String FORM = "form_screening_reminder";
    public static final String START = "StartEvent_RoundMissed";
    public static final String TASK_RECORD_OR_EXPLAIN = "Task_RecordOrExplain";
    public static final String BOUNDARY_RECORDED = "BoundaryEvent_RoundRecorded";
    public static final String END_EXPLAINED = "EndEvent_Explained";
    public static final String END_RECORDED_LATE = "EndEvent_RecordedLate";
    /** Correlated by the system when the committee records a round of the reminded period. */
    public static final String MESSAGE_ROUND_RECORDED = "screening_round_recorded";

    /** The committee's Camunda group, the task's candidates. */
    public static final String VAR_COMMITTEE_GROUP = "committeeGroup";
    /** Shown read-only on the form. */
    public static final String VAR_COMMITTEE_NAME = "reminderCommittee";
    public static final String VAR_PERIOD = "reminderPeriod";
    /** The one field the committee fills in when no round was held. */
    public static final String FIELD_REASON = "missedReason";

    /** e.g. screening-dongcun-2026-11: the reminder's business key, the committee and the period's first month. */
    static String businessKey(String committeeCode, java.time.LocalDate periodFrom) {
        return "screening-" + committeeCode + "-" + java.time.YearMonth.from(periodFrom);
    }

    private ScreeningReminderProcess() {
    }
}
