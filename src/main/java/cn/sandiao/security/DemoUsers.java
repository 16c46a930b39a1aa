package cn.sandiao.security;

import cn.sandiao.organization.Roles;
import cn.sandiao.organization.MediatorRoster;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * One demo user per role and one per mediator of the demo organisation, password = user name. Demo only: the prod profile turns demo data off.
 * ({@code demo}, the Camunda admin, comes from {@code camunda.bpm.admin-user}.)
 */
@Component
@ConditionalOnProperty(name = "sandiao.demo.enabled", havingValue = "true")
class DemoUsers {

    private record DemoUser(String id, String name, String group) {
    }

    private static final List<DemoUser> ROLE_USERS = List.of(
            new DemoUser("intake", "张受理", Roles.INTAKE),
            new DemoUser("supervisor", "刘督导", Roles.SUPERVISOR),
            new DemoUser("leader", "黄包案", Roles.LEADER),
            new DemoUser("court", "何法官", Roles.COURT),
            new DemoUser("president", "周院长", Roles.COURT_PRESIDENT),
            new DemoUser("petition", "林信访", Roles.PETITION_OFFICER),
            new DemoUser("stats", "罗统计", Roles.STATISTICIAN),
            // 乐安镇's own office: sees only its township's cases
            new DemoUser("lean-intake", "钱受理", Roles.INTAKE),
            new DemoUser("lean-supervisor", "孔督导", Roles.SUPERVISOR),
            new DemoUser("orgadmin", "苏组织", Roles.ORG_ADMIN));

    private final IdentityService identityService;
    private final MediatorRoster roster;

    DemoUsers(IdentityService identityService, MediatorRoster roster) {
        this.identityService = identityService;
        this.roster = roster;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(3)
    public void create() {
        if (identityService.isReadOnly()) {
            return; // users come from a directory (the ldap profile), which the demo does not write to
        }
        ROLE_USERS.forEach(u -> ensure(u.id(), u.name(), u.group()));
        // the demo organisation's mediators, as its spreadsheet lists them (DemoOrganization loads it before)
        roster.active().forEach(m -> ensure(m.userId(), m.name(), m.groupId()));
    }

    /**
     * The whole name in the first-name field: Camunda's webapps show "first last", which would put a Chinese
     * name's given name before its family name.
     */
    private void ensure(String id, String name, String groupId) {
        User existing = identityService.createUserQuery().userId(id).singleResult();
        if (existing == null) {
            User user = identityService.newUser(id);
            user.setFirstName(name);
            user.setLastName("");
            user.setPassword(id);
            user.setEmail(id + "@demo.sandiao.invalid");
            identityService.saveUser(user);
        } else if (!name.equals(existing.getFirstName()) || !"".equals(existing.getLastName())) {
            existing.setFirstName(name);
            existing.setLastName("");
            identityService.saveUser(existing);
        }
        if (identityService.createUserQuery().userId(id).memberOfGroup(groupId).count() == 0) {
            identityService.createMembership(id, groupId);
        }
    }
}
