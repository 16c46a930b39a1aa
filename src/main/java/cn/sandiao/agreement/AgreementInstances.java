package cn.sandiao.agreement;

import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.workflow.InstanceAccess;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.stereotype.Component;

/** Starts a process about a closed case's agreement, under the case's number and with what its forms show. */
@Component
class AgreementInstances {

    private final InstanceAccess instanceAccess;

    AgreementInstances(InstanceAccess instanceAccess) {
        this.instanceAccess = instanceAccess;
    }

    /**
     * The case is mediated again: the other processes about its earlier agreement (its signing, a follow-up still
     * waiting, a confirmation window still open) no longer apply and end with the reason.
     */
    static void endOthers(DelegateTask current, String reason) {
        RuntimeService runtime = current.getProcessEngineServices().getRuntimeService();
        String caseNo = current.getExecution().getProcessBusinessKey();
        for (String key : List.of(AgreementSignings.PROCESS_KEY, JudicialConfirmations.PROCESS_KEY,
                FollowUps.PROCESS_KEY)) {
            runtime.createProcessInstanceQuery().processDefinitionKey(key).processInstanceBusinessKey(caseNo).list()
                    .stream().filter(other -> !other.getId().equals(current.getProcessInstanceId()))
                    .forEach(other -> runtime.deleteProcessInstance(other.getId(), reason));
        }
    }

    /** Started under the case's number; the case's supervisors (and {@code alsoReadBy}) may follow it in Cockpit. */
    ProcessInstance start(DelegateExecution closing, String processKey, Mediation agreed, VariableMap own,
                          String... alsoReadBy) {
        DisputeCaseProcess.withCaseColumns(closing, own)
                .putValue(DisputeCaseProcess.VAR_CASE_ID, agreed.getCaseId())
                .putValue(DisputeCaseProcess.VAR_CASE_SUMMARY, closing.getVariable(DisputeCaseProcess.VAR_CASE_SUMMARY))
                .putValue("agreementContent", agreed.getAgreementContent());
        ProcessInstance instance = closing.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(processKey, closing.getProcessBusinessKey(), own);
        List<String> readers = new ArrayList<>(List.of(
                ((String) closing.getVariable(DisputeCaseProcess.VAR_SUPERVISOR_GROUPS)).split(",")));
        readers.addAll(List.of(alsoReadBy));
        instanceAccess.grantRead(instance.getId(), readers);
        return instance;
    }
}
