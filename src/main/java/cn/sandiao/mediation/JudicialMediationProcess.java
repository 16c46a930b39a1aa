package cn.sandiao.mediation;

/** What the judicial_mediation BPMN and the code share. */
public final class JudicialMediationProcess {

    public static final String KEY = "judicial_mediation";
    public static final String TASK_COURT_REVIEW = "Task_CourtReview";
    public static final String TASK_COURT_MEDIATION = "Task_CourtMediation";
    /** The parties agreed to more time instead of an outcome: the mediation task comes again. */
    public static final String VAR_MEDIATION_EXTENDED = "mediationExtended";
    public static final String END_GUIDED_TO_LITIGATION = "EndEvent_GuidedToLitigation";
    public static final String END_COURT_MEDIATION_ENDED = "EndEvent_CourtMediationEnded";

    private JudicialMediationProcess() {
    }
}
