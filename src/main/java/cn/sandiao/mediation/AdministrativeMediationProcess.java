package cn.sandiao.mediation;

/**
 * What the administrative_mediation BPMN and the code share. Its mediation sub-process has the element ids,
 * forms and variables of people_mediation ({@link PeopleMediationProcess}): same steps, same outcome.
 */
public final class AdministrativeMediationProcess {

    public static final String KEY = "administrative_mediation";
    public static final String TASK_ASSIGN_OFFICER = "Task_AssignOfficer";

    private AdministrativeMediationProcess() {
    }
}
