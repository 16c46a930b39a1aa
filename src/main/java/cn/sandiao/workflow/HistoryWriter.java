package cn.sandiao.workflow;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Writes the engine's history (level {@code full}) without the two change logs that nothing reads: each value a
 * variable or a submitted form field ever had (ACT_HI_DETAIL; a variable's current or final value stays in
 * ACT_HI_VARINST, where the statistics read it) and each candidate or assignee a task ever had
 * (ACT_HI_IDENTITYLINK; a task's assignee stays in ACT_HI_TASKINST). Neither the product nor Camunda's community
 * webapps read them (Cockpit's history views are the enterprise edition's); the operation log, which Tasklist's
 * "History" tab shows, is kept, and so are decisions, incidents and the job log. Each of these rows has up to 14
 * indexes in the engine's schema, and leaving them out made a task completion about a fifth faster (README, lean
 * path).
 */
public class HistoryWriter extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricFormPropertyEventEntity || event instanceof HistoricIdentityLinkLogEventEntity) {
            return;
        }
        super.handleEvent(event);
    }

    /** The variable's own history row is still written (super.insertHistoricVariableUpdateEntity). */
    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return false;
    }
}
