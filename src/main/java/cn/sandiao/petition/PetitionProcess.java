package cn.sandiao.petition;

/** What the petition BPMN and its beans share: key, element ids, variables, messages, forms. */
public final class PetitionProcess {

    public static final String KEY = "petition";

    public static final String TASK_REGISTER = "Task_RegisterPetition";
    public static final String TASK_CLOSE_NOT_ACCEPTED_AGAIN = "Task_CloseNotAcceptedAgain";
    public static final String TASK_ACCEPTANCE = "Task_Acceptance";
    public static final String TASK_DECIDE_AFTER_MEDIATION = "Task_DecideAfterMediation";
    public static final String TASK_REFER_TO_MEDIATION = "Task_ReferToMediation";
    public static final String EVENT_MEDIATION_CLOSED = "Event_MediationClosed";
    public static final String SUBPROCESS_HANDLING = "SubProcess_Handling";
    public static final String TASK_HANDLE = "Task_Handle";
    public static final String TASK_APPROVE_EXTENSION = "Task_ApproveExtension";
    public static final String TASK_REPLY_NON_CLAIM = "Task_ReplyNonClaim";
    public static final String TASK_EVALUATION = "Task_Evaluation";
    public static final String TASK_RECORD_NOT_EVALUATED = "Task_RecordNotEvaluated";
    public static final String EVENT_REVIEW_REQUESTED = "Event_ReviewRequested";
    public static final String EVENT_REVIEW_WINDOW_CLOSED = "Event_ReviewWindowClosed";
    public static final String TASK_REVIEW_OPINION = "Task_ReviewOpinion";
    public static final String EVENT_RE_REVIEW_REQUESTED = "Event_ReReviewRequested";
    public static final String EVENT_RE_REVIEW_WINDOW_CLOSED = "Event_ReReviewWindowClosed";
    public static final String TASK_RE_REVIEW_OPINION = "Task_ReReviewOpinion";
    public static final String TASK_CLOSE = "Task_ClosePetition";
    public static final String TASK_FINALIZE = "Task_FinalizePetition";
    public static final String TASK_REMIND = "Task_RemindPetition";
    public static final String TASK_SUPERVISE_OVERDUE = "Task_SuperviseOverduePetition";
    public static final String BOUNDARY_ACCEPTANCE_REMINDER = "BoundaryEvent_AcceptanceReminder";
    public static final String BOUNDARY_ACCEPTANCE_OVERDUE = "BoundaryEvent_AcceptanceOverdue";
    public static final String BOUNDARY_HANDLING_REMINDER = "BoundaryEvent_HandlingReminder";
    public static final String BOUNDARY_HANDLING_OVERDUE = "BoundaryEvent_HandlingOverdue";
    public static final String BOUNDARY_EVALUATION_PERIOD_OVER = "BoundaryEvent_EvaluationPeriodOver";
    public static final String END_NOT_ACCEPTED_AGAIN = "EndEvent_NotAcceptedAgain";
    public static final String END_GUIDED = "EndEvent_Guided";
    public static final String END_TRANSFERRED_POLITICAL_LEGAL = "EndEvent_TransferredPoliticalLegal";
    public static final String END_TRANSFERRED_AUTHORITY = "EndEvent_TransferredAuthority";
    public static final String END_SETTLED_BY_MEDIATION = "EndEvent_SettledByMediation";
    public static final String END_CLOSED = "EndEvent_PetitionClosed";

    public static final String MESSAGE_MEDIATION_CLOSED = "petition_mediation_closed";
    public static final String MESSAGE_REVIEW_REQUESTED = "petition_review_requested";
    public static final String MESSAGE_RE_REVIEW_REQUESTED = "petition_re_review_requested";

    public static final String FORM_REGISTRATION = "form_petition_registration";

    public static final String VAR_PETITION_ID = "petitionId";
    public static final String VAR_PETITION_NO = "petitionNo";
    public static final String VAR_PETITION_SUMMARY = "petitionSummary";
    public static final String VAR_CATEGORY = "category";
    public static final String VAR_FINAL_MATTER = "finalMatter";
    public static final String VAR_SUPERVISOR_GROUPS = "supervisorGroups";
    public static final String VAR_REVIEW_GROUPS = "reviewGroups";
    public static final String VAR_ACCEPTANCE_DUE = "acceptanceDue";
    public static final String VAR_ACCEPTANCE_REMINDER = "acceptanceReminder";
    public static final String VAR_DEADLINE_BASIS = "deadlineBasis";
    public static final String VAR_DECISION = "acceptanceDecision";
    public static final String VAR_PROCEDURE = "guidedProcedure";
    public static final String VAR_AUTHORITY = "transferAuthority";
    public static final String VAR_NOTICE = "noticeContent";
    public static final String VAR_NOTICE_DATE = "noticeDate";
    public static final String VAR_PARTIES_CONSENT = "partiesConsent";
    public static final String VAR_MEDIATION_REGION = "mediationRegionCode";
    public static final String VAR_DISPUTE_TYPE = "disputeType";
    public static final String VAR_RESPONDENT_KIND = "respondentKind";
    public static final String VAR_RESPONDENT_PHONE = "respondentPhone";
    public static final String VAR_MEDIATION_SUCCEEDED = "mediationSucceeded";
    public static final String VAR_MEDIATION_RESULT = "mediationResult";
    public static final String VAR_MEDIATION_NOTE = "mediationNote";
    public static final String VAR_HANDLING_DUE = "handlingDueDate";
    public static final String VAR_HANDLING_REMINDER = "handlingReminder";
    public static final String VAR_HANDLING_STEP = "handlingStep";
    public static final String VAR_REPLY_CONTENT = "replyContent";
    public static final String VAR_REPLY_DATE = "replyDate";
    public static final String VAR_EXTENSION_APPROVED = "extensionApproved";
    public static final String VAR_EXTENSION_NOTE = "extensionNote";
    public static final String VAR_EVALUATION = "evaluation";
    public static final String VAR_EVALUATION_COMMENT = "evaluationComment";
    public static final String VAR_EVALUATION_DUE = "evaluationDue";
    public static final String VAR_REVIEW_WINDOW_END = "reviewWindowEnd";
    public static final String VAR_REVIEW_OPINION_DUE = "reviewOpinionDue";
    public static final String VAR_RE_REVIEW_WINDOW_END = "reReviewWindowEnd";
    public static final String VAR_RE_REVIEW_OPINION_DUE = "reReviewOpinionDue";
    public static final String VAR_REQUEST_REASON = "requestReason";
    public static final String VAR_OPINION = "opinion";
    public static final String VAR_OPINION_RESULT = "opinionResult";
    public static final String VAR_RE_REVIEW_STEP = "reReviewStep";
    public static final String VAR_SUPERVISION_NOTE = "supervisionNote";

    public static final String STEP_REPLY = "REPLY";
    public static final String STEP_REQUEST_EXTENSION = "REQUEST_EXTENSION";
    public static final String STEP_HEARING_STARTED = "HEARING_STARTED";
    public static final String STEP_HEARING_ENDED = "HEARING_ENDED";
    public static final String STEP_OPINION = "OPINION";

    private PetitionProcess() {
    }
}
