package cn.sandiao.dispute;

import cn.sandiao.organization.MediationLevel;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of a case or tell it; the case's rows are the dispute module's own. */
@Service
public class DisputeCases {

    private final DisputeCaseRepository cases;

    DisputeCases(DisputeCaseRepository cases) {
        this.cases = cases;
    }

    /** The case a process step is about: the one its process's business key names. */
    public DisputeCase of(VariableScope step) {
        return cases.of(step);
    }

    /** The body now mediating the case, at its level (on every assignment and escalation). */
    @Transactional
    public void mediatedBy(Long caseId, MediationLevel level, String committeeCode) {
        cases.findById(caseId).orElseThrow().mediatedBy(level, committeeCode);
    }
}
