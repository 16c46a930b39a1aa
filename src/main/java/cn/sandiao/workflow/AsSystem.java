package cn.sandiao.workflow;

import java.util.function.Supplier;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Runs engine calls without the user's Camunda authorizations, for steps our own rules have already allowed
 * (the office's scope, the process's state) but that Camunda would check against permissions no clerk holds,
 * such as reading history or correlating a message into an instance.
 */
@Component
public class AsSystem {

    private final IdentityService identityService;

    AsSystem(IdentityService identityService) {
        this.identityService = identityService;
    }

    public <T> T call(Supplier<T> work) {
        Authentication user = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return work.get();
        } finally {
            if (user != null) {
                identityService.setAuthentication(user);
            }
        }
    }
}
