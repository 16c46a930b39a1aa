package cn.sandiao.security;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.springframework.stereotype.Component;

/** Adds or takes away groups' permissions on resources, touching the database only when something changes. */
@Component
class Grants {

    private final AuthorizationService authorizationService;

    Grants(AuthorizationService authorizationService) {
        this.authorizationService = authorizationService;
    }

    /**
     * A run of grants and revokes, such as the set-up of every office's and committee's permissions: it reads the
     * groups' grants on each resource once, not once per group (a county has hundreds of groups, each granted on
     * the same few resources, at every start and every organisation import).
     */
    Run run() {
        return new Run();
    }

    final class Run {

        /** Per resource type and id, each group's grant on it. */
        private final Map<String, Map<String, Authorization>> groupGrants = new HashMap<>();

        private Run() {
        }

        void grant(String groupId, Resource resource, String resourceId, Permission... permissions) {
            Map<String, Authorization> onResource = groupGrantsOn(resource, resourceId);
            Authorization authorization = onResource.get(groupId);
            if (authorization == null) {
                authorization = authorizationService.createNewAuthorization(AUTH_TYPE_GRANT);
                authorization.setGroupId(groupId);
                authorization.setResource(resource);
                authorization.setResourceId(resourceId);
            }
            boolean missing = false;
            for (Permission permission : permissions) {
                if (!authorization.isPermissionGranted(permission)) {
                    authorization.addPermission(permission);
                    missing = true;
                }
            }
            if (missing) {
                // the engine keeps the saved grant's revision up to date, so a later change in this run saves too
                onResource.put(groupId, authorizationService.saveAuthorization(authorization));
            }
        }

        void revoke(String groupId, Resource resource, String resourceId, Permission... permissions) {
            Authorization authorization = groupGrantsOn(resource, resourceId).get(groupId);
            if (authorization != null && Arrays.stream(permissions).anyMatch(authorization::isPermissionGranted)) {
                for (Permission permission : permissions) {
                    authorization.removePermission(permission);
                }
                authorizationService.saveAuthorization(authorization);
            }
        }

        private Map<String, Authorization> groupGrantsOn(Resource resource, String resourceId) {
            return groupGrants.computeIfAbsent(resource.resourceType() + ":" + resourceId, key -> {
                Map<String, Authorization> byGroup = new HashMap<>();
                for (Authorization authorization : authorizationService.createAuthorizationQuery()
                        .authorizationType(AUTH_TYPE_GRANT).resourceType(resource).resourceId(resourceId).list()) {
                    if (authorization.getGroupId() != null) {
                        byGroup.put(authorization.getGroupId(), authorization);
                    }
                }
                return byGroup;
            });
        }
    }
}
