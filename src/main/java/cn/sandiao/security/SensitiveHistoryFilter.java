package cn.sandiao.security;

import cn.sandiao.workflow.HistoryWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Keeps ID numbers and phones typed into the Tasklist start form out of Camunda's history tables: the case
 * stores them encrypted, and the running process drops them right after registration, but with history level
 * full every variable and submitted form value would otherwise be written to ACT_HI_VARINST and ACT_HI_DETAIL
 * in plain text.
 */
@Component
class SensitiveHistoryFilter extends AbstractProcessEnginePlugin {

    /** Form fields that hold personal data (see form_dispute_registration, form_petition_registration and
     * form_petition_acceptance). */
    static final Set<String> SENSITIVE_VARIABLES = Set.of(
            "applicantIdNumber", "applicantPhone", "respondentIdNumber", "respondentPhone",
            // form_petition_registration
            "petitionerIdNumber", "petitionerPhone");

    private final List<HistoryWriter.CopiedIn> copiedIn;
    private final List<HistoryWriter.ShownOnly> shownOnly;

    SensitiveHistoryFilter(List<HistoryWriter.CopiedIn> copiedIn, List<HistoryWriter.ShownOnly> shownOnly) {
        this.copiedIn = copiedIn;
        this.shownOnly = shownOnly;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        HistoryWriter writer = new HistoryWriter(copiedIn, shownOnly);
        configuration.setCustomHistoryEventHandlers(new ArrayList<>(List.of(new Handler(writer))));
    }

    private record Handler(HistoryEventHandler database) implements HistoryEventHandler {

        @Override
        public void handleEvent(HistoryEvent event) {
            boolean sensitive = event instanceof HistoricVariableUpdateEventEntity update
                    && SENSITIVE_VARIABLES.contains(update.getVariableName())
                    || event instanceof HistoricFormPropertyEventEntity submitted
                    && SENSITIVE_VARIABLES.contains(submitted.getPropertyId());
            if (!sensitive) {
                database.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }
    }
}
