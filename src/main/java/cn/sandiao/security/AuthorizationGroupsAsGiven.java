package cn.sandiao.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Before each authorization check Camunda reads the distinct group ids of the whole authorization table, only to
 * shorten the user's group list (camunda-bpm-platform#5485). The table grows with every case (per-instance and
 * per-task grants), so that read grew into the slowest query under load. Our users belong to a handful of
 * groups: their list is used as it is, which gives the same answer; long lists still take Camunda's way.
 */
@Component
class AuthorizationGroupsAsGiven extends AbstractProcessEnginePlugin {

    static final int SHORT_GROUP_LIST = 20;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new GroupsAsGivenAuthorizationManager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    static class GroupsAsGivenAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()
                    || authenticatedGroupIds.size() > SHORT_GROUP_LIST) {
                return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
            }
            return authenticatedGroupIds.stream().filter(Objects::nonNull).toList();
        }
    }
}
