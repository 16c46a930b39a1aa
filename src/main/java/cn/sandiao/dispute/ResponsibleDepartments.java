package cn.sandiao.dispute;

import cn.sandiao.organization.Committee;
import cn.sandiao.organization.CommitteeDirectory;
import java.util.Optional;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/** The department with a duty for a type of dispute (DMN dispute_department), which mediates administratively. */
@Component
public class ResponsibleDepartments {

    static final String DECISION = "dispute_department";

    private final DecisionService decisionService;
    private final CommitteeDirectory committees;

    ResponsibleDepartments(DecisionService decisionService, CommitteeDirectory committees) {
        this.decisionService = decisionService;
        this.committees = committees;
    }

    public Optional<Committee> of(DisputeType type) {
        DmnDecisionResultEntries result = decisionService.evaluateDecisionByKey(DECISION)
                .variables(Variables.createVariables().putValue("disputeType", type.name()))
                .evaluate().getFirstResult();
        return Optional.ofNullable(result).map(r -> committees.get(r.getEntry("departmentCode")));
    }
}
