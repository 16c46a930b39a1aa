package cn.sandiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.support.IntegrationTest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The engine's decisions run on the FEEL engine that keeps what it parsed, and still leave their history. */
@IntegrationTest
class DecisionFeelInEngineTest {

    @Autowired ProcessEngine engine;
    @Autowired DisputeService disputes;
    @Autowired HistoryService history;
    @Autowired RuntimeService runtime;

    @Test
    void shouldAdviseTriageWithTheDecisionsParsedOnce() {
        DisputeViews.Registered registered = disputes.register(
                DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");

        Object feel = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getDmnEngineConfiguration().getFeelEngine();
        assertThat(feel).isInstanceOf(FeelParsedOnce.DecisionFeel.class);
        assertThat(((FeelParsedOnce.DecisionFeel) feel).keptCount()).isPositive();
        assertThat(history.createHistoricDecisionInstanceQuery().decisionDefinitionKey("dispute_risk")
                .processInstanceId(runtime.createProcessInstanceQuery()
                        .processInstanceBusinessKey(registered.caseNo()).singleResult().getId())
                .count()).isEqualTo(1);
    }
}
