package bench;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A non-admin user for the run with authorization checks on: "clerk" in group "intake" may start bench_case;
 * its tasks it may see and complete through the engine's own task authorizations (assignee, candidate group),
 * as a product user would. The admin "demo" bypasses every check, so it cannot show what the checks cost.
 */
@Component
public class ClerkUser {

  private final IdentityService identity;
  private final AuthorizationService authorizations;

  ClerkUser(IdentityService identity, AuthorizationService authorizations) {
    this.identity = identity;
    this.authorizations = authorizations;
  }

  @EventListener(ApplicationReadyEvent.class)
  public void create() {
    if (identity.createUserQuery().userId("clerk").count() > 0) {
      return;
    }
    User clerk = identity.newUser("clerk");
    clerk.setPassword("clerk");
    identity.saveUser(clerk);
    if (identity.createGroupQuery().groupId("intake").count() == 0) {
      Group intake = identity.newGroup("intake");
      intake.setType("WORKFLOW");
      identity.saveGroup(intake);
    }
    identity.createMembership("clerk", "intake");
    grant(Resources.PROCESS_DEFINITION, "bench_case", Permissions.READ, Permissions.CREATE_INSTANCE);
    grant(Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
  }

  private void grant(Resources resource, String id, Permissions... permissions) {
    Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
    grant.setGroupId("intake");
    grant.setResource(resource);
    grant.setResourceId(id);
    for (Permissions permission : permissions) {
      grant.addPermission(permission);
    }
    authorizations.saveAuthorization(grant);
  }
}
