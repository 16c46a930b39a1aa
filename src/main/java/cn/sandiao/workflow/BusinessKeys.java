package cn.sandiao.workflow;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Which case or petition a process step is about: the number its process carries as business key. The system
 * sets it when the process starts and passes it to every process of the case; no user can write it, unlike a
 * variable, so a step never works on a case named in a request.
 */
public final class BusinessKeys {

    private BusinessKeys() {
    }

    public static String of(VariableScope scope) {
        String key = scope instanceof DelegateTask task ? task.getExecution().getProcessBusinessKey()
                : ((DelegateExecution) scope).getProcessBusinessKey();
        if (key == null || key.isBlank()) {
            throw new IllegalStateException("流程没有业务键（案号），无法确定所办案件");
        }
        return key;
    }
}
