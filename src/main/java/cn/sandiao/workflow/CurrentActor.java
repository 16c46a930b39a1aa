package cn.sandiao.workflow;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Who is acting: the user the engine call runs for (webapps, API), or the system for timers and jobs. */
@Component
public class CurrentActor {

    public static final String SYSTEM = "system";

    private final IdentityService identityService;

    CurrentActor(IdentityService identityService) {
        this.identityService = identityService;
    }

    public String id() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication != null && authentication.getUserId() != null ? authentication.getUserId() : SYSTEM;
    }

    /** The user completing {@code task}: the authenticated one, else its assignee. */
    public String of(DelegateTask task) {
        String id = id();
        if (SYSTEM.equals(id) && task.getAssignee() != null) {
            return task.getAssignee();
        }
        return id;
    }
}
