package cn.sandiao.workflow;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * A task due in a year whose State Council holiday schedule is not loaded says so in its description: its
 * due date counted weekends only, and may move once the notice is loaded.
 */
@Component
class IncompleteCalendarNotice extends AbstractProcessEnginePlugin {

    private final BusinessCalendar calendar;

    IncompleteCalendarNotice(BusinessCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addTaskListener(TaskListener.EVENTNAME_CREATE, IncompleteCalendarNotice.this::note);
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    private void note(DelegateTask task) {
        if (task.getDueDate() == null) {
            return;
        }
        LocalDate due = task.getDueDate().toInstant().atZone(BusinessCalendar.ZONE).toLocalDate();
        if (!calendar.isComplete(due.getYear())) {
            String notice = "注意：" + due.getYear() + "年的国务院节假日安排尚未载入，到期日仅按周末计算，通知载入后可能调整。";
            task.setDescription(task.getDescription() == null ? notice : task.getDescription() + "\n" + notice);
        }
    }
}
