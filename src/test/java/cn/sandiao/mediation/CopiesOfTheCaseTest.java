package cn.sandiao.mediation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.workflow.HistoryWriter.CopiedIn;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.junit.jupiter.api.Test;

/** The copies whose history stays with the case are exactly what dispute_case.bpmn copies in under the same names. */
class CopiesOfTheCaseTest {

    @Test
    void shouldNameEveryVariableTheCaseCopiesIntoAMediationUnderItsOwnNameAndNoOther() throws IOException {
        Map<String, Set<String>> inModel = new HashMap<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("processes/dispute_case.bpmn")) {
            BpmnModelInstance model = Bpmn.readModelFromStream(in);
            for (CallActivity call : model.getModelElementsByType(CallActivity.class)) {
                for (CamundaIn mapping : call.getExtensionElements().getElementsQuery().filterByType(CamundaIn.class).list()) {
                    if (mapping.getCamundaSource() != null && mapping.getCamundaSource().equals(mapping.getCamundaTarget())) {
                        inModel.computeIfAbsent(call.getCalledElement(), key -> new HashSet<>()).add(mapping.getCamundaTarget());
                    }
                }
            }
        }

        CopiesOfTheCase copies = new CopiesOfTheCase();
        Map<String, Set<String>> declared = new HashMap<>();
        for (CopiedIn copy : new CopiedIn[] {copies.copiedIntoMediation(), copies.copiedIntoJudicialMediation()}) {
            declared.computeIfAbsent(copy.processKey(), key -> new HashSet<>()).addAll(copy.variables());
        }
        assertThat(declared).isEqualTo(inModel).containsKeys(MediationProcess.KEY, JudicialMediationProcess.KEY);
    }
}
