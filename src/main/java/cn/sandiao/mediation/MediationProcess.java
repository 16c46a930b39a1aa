package cn.sandiao.mediation;

/**
 * What the dispute_mediation BPMN and the code share: one process for people's and administrative mediation, the same
 * steps, forms and timers; only who is assigned differs ({@link #VAR_MEDIATION_KIND}, set by the calling step).
 */
public final class MediationProcess {

    public static final String KEY = "dispute_mediation";

    /** PEOPLE or ADMINISTRATIVE, a constant of the call activity in dispute_case. */
    public static final String VAR_MEDIATION_KIND = "mediationKind";
    public static final String TASK_ASSIGN_MEDIATOR = "Task_AssignMediator";
    public static final String TASK_ASSIGN_OFFICER = "Task_AssignOfficer";
    public static final String SUB_PROCESS_MEDIATION = "SubProcess_Mediation";
    public static final String TASK_PREPARE = "Task_PrepareMediation";
    public static final String TASK_HOLD_SESSION = "Task_HoldSession";
    public static final String TASK_RECORD_OUTCOME = "Task_RecordOutcome";
    public static final String TASK_REMIND_SUPERVISOR = "Task_RemindSupervisor";
    public static final String TASK_SUPERVISE_OVERDUE = "Task_SuperviseOverdue";
    public static final String START_REMINDER = "StartEvent_ReminderDue";
    public static final String START_OVERDUE = "StartEvent_MediationOverdue";
    public static final String END_PARTY_REFUSED = "EndEvent_PartyRefused";
    public static final String END_OUTCOME_RECORDED = "EndEvent_OutcomeRecorded";

    public static final String FORM_PREPARATION = "form_mediation_preparation";
    public static final String FORM_SESSION = "form_mediation_session";
    public static final String FORM_OUTCOME = "form_mediation_outcome";
    public static final String FORM_REMINDER = "form_deadline_reminder";
    public static final String FORM_SUPERVISION = "form_supervision";

    public static final String VAR_MEDIATION_ID = "mediationId";
    public static final String VAR_MEDIATOR_ID = "mediatorId";
    public static final String VAR_MEDIATOR_GROUP = "mediatorGroup";
    public static final String VAR_COMMITTEE_NAME = "committeeName";
    public static final String VAR_MEDIATION_DUE = "mediationDueDate";
    public static final String VAR_REMINDER_AT = "reminderDate";
    public static final String VAR_DEADLINE_BASIS = "deadlineBasis";
    /** Whether the session form offers a pause (鉴定) or an extension of the mediation's clock. */
    public static final String VAR_CLOCK_PAUSABLE = "clockPausable";
    public static final String VAR_CLOCK_EXTENDABLE = "clockExtendable";
    public static final String VAR_CLOCK_CHANGE = "clockChange";
    public static final String VAR_PARTIES_CONSENT = "partiesConsent";
    public static final String VAR_REFUSAL_REASON = "refusalReason";
    public static final String VAR_ANOTHER_SESSION = "anotherSession";
    public static final String VAR_MEDIATION_RESULT = "mediationResult";
    public static final String VAR_FAILURE_REASON = "failureReason";
    public static final String VAR_ESCALATE_TO = "escalateTo";

    private MediationProcess() {
    }
}
