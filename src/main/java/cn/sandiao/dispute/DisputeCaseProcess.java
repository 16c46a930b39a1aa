package cn.sandiao.dispute;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.variable.VariableMap;

/** What the dispute_case BPMN and the code share: key, element ids, variables, forms. */
public final class DisputeCaseProcess {

    public static final String KEY = "dispute_case";

    public static final String START_EVENT = "StartEvent_DisputeRegistered";
    public static final String TASK_SUGGEST_TRIAGE = "Task_SuggestTriage";
    public static final String TASK_TRIAGE = "Task_Triage";
    public static final String CALL_PEOPLE_MEDIATION = "CallActivity_PeopleMediation";
    public static final String CALL_ADMINISTRATIVE_MEDIATION = "CallActivity_AdministrativeMediation";
    public static final String TASK_DECIDE_ESCALATION = "Task_DecideEscalation";
    public static final String TASK_ESCALATE = "Task_EscalateToHigherLevel";
    public static final String TASK_HAND_OVER_TO_DEPARTMENT = "Task_HandOverToDepartment";
    public static final String TASK_GUIDE_TO_ARBITRATION = "Task_GuideToArbitration";
    public static final String TASK_HAND_OVER_TO_COURT = "Task_HandOverToCourt";
    public static final String CALL_JUDICIAL_MEDIATION = "CallActivity_JudicialMediation";
    public static final String TASK_REFER_TO_COURT = "Task_ReferToCourt";
    public static final String END_DECLINED = "EndEvent_Declined";
    public static final String END_SUCCEEDED = "EndEvent_Succeeded";
    public static final String END_WITHDRAWN = "EndEvent_Withdrawn";
    public static final String END_REFERRED_TO_COURT = "EndEvent_ReferredToCourt";
    public static final String END_GUIDED_TO_ARBITRATION = "EndEvent_GuidedToArbitration";
    public static final String TASK_LEADER_INSTRUCTION = "Task_LeaderInstruction";
    public static final String TIMER_NEXT_LEADER_ROUND = "TimerEvent_NextLeaderRound";

    /** A court hands a case to the mediation body it names: the process starts at people's mediation. */
    public static final String MESSAGE_COURT_ENTRUSTED = "dispute_court_entrusted";
    public static final String START_COURT_ENTRUSTED = "StartEvent_CourtEntrusted";

    public static final String FORM_REGISTRATION = "form_dispute_registration";
    public static final String FORM_TRIAGE = "form_dispute_triage";

    public static final String VAR_CASE_ID = "caseId";
    public static final String VAR_CASE_NO = "caseNo";
    public static final String VAR_CASE_SUMMARY = "caseSummary";
    public static final String VAR_REGION_CODE = "regionCode";
    /** Shown as columns of the Tasklist filters, in every process about the case. */
    public static final String VAR_PARTY_NAMES = "partyNames";
    public static final String VAR_DISPUTE_TYPE_NAME = "disputeTypeName";
    public static final String VAR_VILLAGE_NAME = "villageName";
    public static final List<String> CASE_COLUMNS = List.of(VAR_CASE_NO, VAR_PARTY_NAMES, VAR_DISPUTE_TYPE_NAME,
            VAR_VILLAGE_NAME);
    public static final String VAR_DISPUTE_TYPE = "disputeType";
    public static final String VAR_TRIAGE_DUE = "triageDueDate";
    public static final String VAR_RISK_LEVEL = "riskLevel";
    public static final String VAR_RISK_REASON = "riskReason";
    public static final String VAR_CHANNEL = "channel";
    public static final String VAR_MEDIATION_LEVEL = "mediationLevel";
    public static final String VAR_TRIAGE_SUGGESTION = "triageSuggestion";
    public static final String VAR_ACCEPTED = "accepted";
    public static final String VAR_DECLINE_REASON = "declineReason";
    public static final String VAR_DECLINE_ROUTE = "declineRoute";
    public static final String VAR_MEDIATION_RESULT = "mediationResult";
    public static final String VAR_FAILURE_REASON = "failureReason";
    /** The parties' choice on a failed outcome, and what DMN dispute_escalation made of it. */
    public static final String VAR_ESCALATE_TO = "escalateTo";
    public static final String VAR_ESCALATION = "escalation";
    /** The department of an administrative mediation (DMN dispute_department). */
    public static final String VAR_DEPARTMENT_CODE = "departmentCode";
    /** True once a 重大 case is accepted: starts the leader's weekly supervision (包案领导). */
    public static final String VAR_LEADER_IN_CHARGE = "leaderInCharge";
    /** Comma-separated office groups (county, township) offered the case's intake and supervision work. */
    public static final String VAR_INTAKE_GROUPS = "intakeGroups";
    public static final String VAR_SUPERVISOR_GROUPS = "supervisorGroups";

    private DisputeCaseProcess() {
    }

    /** The case's columns for a process started about it (a follow-up, a confirmation, a report to the court). */
    public static VariableMap withCaseColumns(VariableScope from, VariableMap to) {
        CASE_COLUMNS.forEach(name -> to.putValue(name, from.getVariable(name)));
        return to;
    }
}
