package cn.sandiao.dispute;

import static cn.sandiao.dispute.DisputeCaseProcess.VAR_CASE_SUMMARY;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_DISPUTE_TYPE_NAME;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_INTAKE_GROUPS;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_PARTY_NAMES;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_SUPERVISOR_GROUPS;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_TRIAGE_DUE;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_TRIAGE_SUGGESTION;
import static cn.sandiao.dispute.DisputeCaseProcess.VAR_VILLAGE_NAME;

import cn.sandiao.workflow.HistoryWriter.ShownOnly;
import java.util.Set;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case's variables that only show it in Tasklist or offer its tasks to its offices, each a copy of the case's own
 * record (its summary, parties, village, type's name, triage deadline, offices and the rules' advice): the engine
 * keeps no history of them (HistoryWriter). The values of record (region, type, risk, channel, the decisions made at
 * each step) keep theirs.
 */
@Configuration
class TasklistCopies {

    @Bean
    ShownOnly shownOnlyInTheCase() {
        return new ShownOnly(DisputeCaseProcess.KEY, Set.of(VAR_CASE_SUMMARY, VAR_PARTY_NAMES, VAR_VILLAGE_NAME,
                VAR_DISPUTE_TYPE_NAME, VAR_TRIAGE_DUE, VAR_INTAKE_GROUPS, VAR_SUPERVISOR_GROUPS, VAR_TRIAGE_SUGGESTION));
    }
}
