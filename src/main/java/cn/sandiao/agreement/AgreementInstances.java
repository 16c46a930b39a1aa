package cn.sandiao.agreement;

import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.mediation.Mediation;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.VariableMap;

/** Starts a process about a closed case's agreement, under the case's number and with what its forms show. */
final class AgreementInstances {

    private AgreementInstances() {
    }

    static ProcessInstance start(DelegateExecution closing, String processKey, Mediation agreed, VariableMap own) {
        own.putValue(DisputeCaseProcess.VAR_CASE_ID, agreed.getCaseId())
                .putValue(DisputeCaseProcess.VAR_CASE_NO, closing.getVariable(DisputeCaseProcess.VAR_CASE_NO))
                .putValue(DisputeCaseProcess.VAR_CASE_SUMMARY, closing.getVariable(DisputeCaseProcess.VAR_CASE_SUMMARY))
                .putValue("agreementContent", agreed.getAgreementContent());
        return closing.getProcessEngineServices().getRuntimeService()
                .startProcessInstanceByKey(processKey, closing.getProcessBusinessKey(), own);
    }
}
