package cn.sandiao.dispute;

import cn.sandiao.common.InvalidInputException;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * Mediation again on a closed case whose agreement failed (a rejected judicial confirmation, an agreement not
 * performed): the same case, number and history, back to the body that mediated it, through dispute_case's
 * message start, so deadlines, supervision and closure work as the first time.
 */
@Component
public class CaseReopening {

    public static final String MESSAGE = "dispute_remediation";

    private final DisputeCaseRepository cases;
    private final DisputeRegistration registration;
    private final CaseTimeline timeline;
    private final RuntimeService runtimeService;

    CaseReopening(DisputeCaseRepository cases, DisputeRegistration registration, CaseTimeline timeline,
                  RuntimeService runtimeService) {
        this.cases = cases;
        this.registration = registration;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
    }

    /** Whether the case's last mediation was by a body that can mediate it again (not the court's own). */
    public boolean canMediateAgain(Long caseId) {
        Channel channel = cases.findById(caseId).orElseThrow().getChannel();
        return channel == Channel.PEOPLE || channel == Channel.ADMINISTRATIVE;
    }

    public void reopen(Long caseId, String reason, String who) {
        DisputeCase disputeCase = cases.findById(caseId).orElseThrow();
        if (disputeCase.getStatus() != CaseStatus.CLOSED || !canMediateAgain(caseId)) {
            throw new InvalidInputException("nextStep", "该案件不能重新调解（" + disputeCase.getStatus().label() + "，"
                    + disputeCase.getChannel().label() + "）");
        }
        disputeCase.reopen();
        // before the process runs on to the mediator's assignment, which it records itself
        timeline.record(caseId, CaseEventType.REOPENED, who, "重新调解",
                "由" + disputeCase.getMediationLevel().label() + "重新调解；原因：" + reason);
        Map<String, Object> variables = registration.processVariables(disputeCase);
        variables.put(DisputeCaseProcess.VAR_CHANNEL, disputeCase.getChannel().name());
        variables.put(DisputeCaseProcess.VAR_MEDIATION_LEVEL, disputeCase.getMediationLevel().name());
        variables.put(DisputeCaseProcess.VAR_RISK_LEVEL, disputeCase.getRiskLevel().name());
        ProcessInstance instance = runtimeService.createMessageCorrelation(MESSAGE)
                .processInstanceBusinessKey(disputeCase.getCaseNo()).setVariables(variables).correlateStartMessage();
        registration.linkProcess(disputeCase, instance.getId());
        // set once the instance runs (a start variable would trigger the leader's event sub-process twice)
        runtimeService.setVariable(instance.getId(), DisputeCaseProcess.VAR_LEADER_IN_CHARGE,
                disputeCase.getRiskLevel() == RiskLevel.MAJOR);
    }
}
