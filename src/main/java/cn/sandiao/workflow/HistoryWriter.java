package cn.sandiao.workflow;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Writes the engine's history (level {@code full}) without what nothing reads: the two change logs, each value a
 * variable or a submitted form field ever had (ACT_HI_DETAIL; a variable's current or final value stays in
 * ACT_HI_VARINST, where the statistics read it) and each candidate or assignee a task ever had
 * (ACT_HI_IDENTITYLINK; a task's assignee stays in ACT_HI_TASKINST), and the history of the variables a call
 * activity copies into the process it calls under their own names ({@link CopiedIn}: the case's number, summary
 * and Tasklist columns in its mediation, whose history is the case's own), and the gateways' activity instances (a
 * gateway only routes: the path a case took reads from the steps and ends on either side of it, and gateways were
 * 11 of the 25 activity rows of a case mediated once), and the variables kept only for Tasklist's sake ({@link
 * ShownOnly}). Neither the product nor Camunda's
 * community webapps read them (Cockpit's history views are the enterprise edition's); the operation log, which
 * Tasklist's "History" tab shows, is kept, and so are decisions, incidents and the job log. Each of these rows has
 * up to 14 indexes in the engine's schema; leaving them out made a task completion about a fifth faster (README,
 * lean path).
 */
public class HistoryWriter extends DbHistoryEventHandler {

    /** Some of a process's variables, by the key of its definition. */
    interface ProcessVariables {
        String processKey();

        Set<String> variables();
    }

    /** Variables a calling process copies into {@code processKey} under the same names. */
    public record CopiedIn(String processKey, Set<String> variables) implements ProcessVariables {
    }

    /**
     * Variables {@code processKey} holds only so that Tasklist can show a task's case or offer it to the right groups:
     * each a copy of what the product's own records hold (the case's summary and parties, its offices, the
     * committee's name, the clock's dates and basis), so a history of their values would repeat those records.
     */
    public record ShownOnly(String processKey, Set<String> variables) implements ProcessVariables {
    }

    private final Map<String, Set<String>> copiedIn;
    private final Map<String, Set<String>> shownOnly;

    public HistoryWriter(Collection<CopiedIn> copies, Collection<ShownOnly> shown) {
        copiedIn = byProcessKey(copies);
        shownOnly = byProcessKey(shown);
    }

    private static Map<String, Set<String>> byProcessKey(Collection<? extends ProcessVariables> lists) {
        Map<String, Set<String>> byKey = new HashMap<>();
        lists.forEach(list -> byKey.computeIfAbsent(list.processKey(), key -> new HashSet<>()).addAll(list.variables()));
        return byKey;
    }

    /** One of the variables {@code lists} names for the variable's process. */
    private static boolean isListed(Map<String, Set<String>> lists, HistoricVariableUpdateEventEntity variable) {
        return lists.getOrDefault(variable.getProcessDefinitionKey(), Set.of()).contains(variable.getVariableName());
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricFormPropertyEventEntity || event instanceof HistoricIdentityLinkLogEventEntity
                || event instanceof HistoricVariableUpdateEventEntity variable
                        && (isCopiedIn(variable) || isListed(shownOnly, variable))
                || event instanceof HistoricActivityInstanceEventEntity activity && isGateway(activity)) {
            return;
        }
        super.handleEvent(event);
    }

    /** Exclusive, parallel, inclusive, event-based and complex gateways (the engine's activity types end so). */
    private static boolean isGateway(HistoricActivityInstanceEventEntity activity) {
        return activity.getActivityType() != null && activity.getActivityType().endsWith("Gateway");
    }

    /** In a called instance (not its root), and one of the variables its caller copies in. */
    private boolean isCopiedIn(HistoricVariableUpdateEventEntity variable) {
        return variable.getProcessInstanceId() != null
                && !variable.getProcessInstanceId().equals(variable.getRootProcessInstanceId())
                && isListed(copiedIn, variable);
    }

    /** The variable's own history row is still written (super.insertHistoricVariableUpdateEntity). */
    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
        return false;
    }
}
