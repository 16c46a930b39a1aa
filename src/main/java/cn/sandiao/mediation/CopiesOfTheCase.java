package cn.sandiao.mediation;

import static cn.sandiao.dispute.DisputeCaseProcess.VAR_CASE_ID;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_CASE_NO;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_CASE_SUMMARY;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_DEPARTMENT_CODE;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_DISPUTE_TYPE_NAME;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_MEDIATION_LEVEL;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_PARTY_NAMES;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_SUPERVISOR_GROUPS;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_VILLAGE_NAME;

import cn.sandiao.workflow.HistoryWriter.CopiedIn;
import cn.sandiao.workflow.HistoryWriter.ShownOnly;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case's variables that dispute_case.bpmn's call activities copy into a mediation under their own names (for
 * Tasklist's columns, the supervisors' grants and the mediation's routing): the engine keeps their history with the
 * case where it keeps one, not again with each mediation (HistoryWriter); CopiesOfTheCaseTest holds this to the
 * model. And the mediation's own variables that only show it in Tasklist.
 */
@Configuration
class CopiesOfTheCase {

    @Bean
    CopiedIn copiedIntoMediation() {
        return new CopiedIn(MediationProcess.KEY, Set.of(VAR_CASE_ID, VAR_CASE_NO, VAR_CASE_SUMMARY, VAR_PARTY_NAMES,
                VAR_DISPUTE_TYPE_NAME, VAR_VILLAGE_NAME, VAR_MEDIATION_LEVEL, VAR_DEPARTMENT_CODE, VAR_SUPERVISOR_GROUPS));
    }

    /** The mediation's own: its committee's name and group, and its clock's dates and basis (the mediation's row). */
    @Bean
    ShownOnly shownOnlyInTheMediation() {
        return new ShownOnly(MediationProcess.KEY, Set.of(MediationProcess.VAR_COMMITTEE_NAME,
                MediationProcess.VAR_MEDIATOR_GROUP, MediationProcess.VAR_MEDIATION_DUE, MediationProcess.VAR_REMINDER_AT,
                MediationProcess.VAR_DEADLINE_BASIS, MediationProcess.VAR_CLOCK_PAUSABLE,
                MediationProcess.VAR_CLOCK_EXTENDABLE));
    }

    @Bean
    CopiedIn copiedIntoJudicialMediation() {
        return new CopiedIn(JudicialMediationProcess.KEY, Set.of(VAR_CASE_ID, VAR_CASE_NO, VAR_CASE_SUMMARY,
                VAR_PARTY_NAMES, VAR_DISPUTE_TYPE_NAME, VAR_VILLAGE_NAME, VAR_SUPERVISOR_GROUPS));
    }
}
