package cn.sandiao.security;

import cn.sandiao.organization.Roles;
import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import cn.sandiao.dispute.CourtEntrustments;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.petition.PetitionProcess;
import cn.sandiao.screening.ScreeningRoundProcess;
import cn.sandiao.screening.ScreeningRounds;
import cn.sandiao.organization.Committee;
import cn.sandiao.organization.CommitteeRepository;
import cn.sandiao.organization.Offices;
import cn.sandiao.organization.OrganizationChanged;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionLevel;
import cn.sandiao.organization.UserScope;
import cn.sandiao.organization.UserScopeRepository;
import cn.sandiao.workflow.AsSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Makes sure every role has its Camunda group (unless a directory has them, docs/ldap.md) and exactly the
 * permissions its work needs, and that Tasklist offers the task filters of {@link TaskFilters}. Runs after every
 * deployment; what already exists is left as it is.
 * Tasks themselves are visible to their assignee and candidate groups through Camunda's default task
 * authorizations.
 */
@Component
class AccessSetup {

    /** Roles whose work is offered per office (county or township): see {@link Offices}. */
    static final List<String> OFFICE_ROLES = List.of(Roles.INTAKE, Roles.SUPERVISOR);

    private final IdentityService identityService;
    private final Grants grants;
    private final TaskFilters taskFilters;
    private final CommitteeRepository committees;
    private final Offices offices;
    private final UserScopeRepository userScopes;
    private final AsSystem asSystem;
    /** Whether {@link #setUp()} has run since this application started. */
    private final AtomicBoolean setUpSinceStart = new AtomicBoolean();

    AccessSetup(IdentityService identityService, Grants grants, TaskFilters taskFilters, CommitteeRepository committees,
                Offices offices, UserScopeRepository userScopes, AsSystem asSystem) {
        this.identityService = identityService;
        this.grants = grants;
        this.taskFilters = taskFilters;
        this.committees = committees;
        this.offices = offices;
        this.userScopes = userScopes;
        this.asSystem = asSystem;
    }

    /**
     * At start, unless an import at start (the demo organisation's, order 1) has just set everything up after its
     * commit: the second run would find all in place and only repeat its look-ups (a quarter of a second).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(2)
    public void setUpAtStart() {
        if (!setUpSinceStart.get()) {
            setUp();
        }
    }

    public void setUp() {
        Grants.Run grants = this.grants.run();
        Map<String, Group> groups = identityService.isReadOnly() ? Map.of()
                : identityService.createGroupQuery().list().stream().collect(Collectors.toMap(Group::getId, g -> g));
        List<String> taskWorkers = new ArrayList<>();
        for (String[] role : Roles.ROLE_GROUPS) {
            ensureGroup(groups, role[0], role[1]);
            taskWorkers.add(role[0]);
        }
        for (Region office : offices.officeRegions()) {
            for (String role : OFFICE_ROLES) {
                ensureGroup(groups, Offices.groupOf(role, office.getCode()), office.getName() + Roles.label(role));
                taskWorkers.add(Offices.groupOf(role, office.getCode()));
            }
        }
        List<String> screeners = new ArrayList<>(List.of(Roles.INTAKE));
        for (Committee committee : committees.findAll()) {
            ensureGroup(groups, committee.getGroupId(), committee.getName() + "调解员");
            taskWorkers.add(committee.getGroupId());
            if (ScreeningRounds.screens(committee.getKind())) {
                screeners.add(committee.getGroupId());
            }
        }
        for (String group : taskWorkers) {
            // Tasklist names a task's groups (和美县综治中心受理员, 城关镇综治中心受理员) only where its user may read them,
            // its own and the other offices' of the case alike; a group says no more than an office's name
            grants.grant(group, Resources.GROUP, ANY, Permissions.READ);
            grants.grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
            // task forms are read from the deployment of the task's process definition
            grants.grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        }
        grants.grant(Roles.INTAKE, Resources.PROCESS_DEFINITION, DisputeCaseProcess.KEY,
                Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(Roles.INTAKE, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        // a committee's mediators, and intake for them, record screening rounds through the start form
        for (String group : screeners) {
            grants.grant(group, Resources.PROCESS_DEFINITION, ScreeningRoundProcess.KEY,
                    Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
            grants.grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        }
        grants.grant(Roles.COURT, Resources.PROCESS_DEFINITION, CourtEntrustments.PROCESS_KEY,
                Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(Roles.COURT, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        grants.grant(Roles.PETITION_OFFICER, Resources.PROCESS_DEFINITION, PetitionProcess.KEY,
                Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grants.grant(Roles.PETITION_OFFICER, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE);
        grants.grant(Roles.SUPERVISOR, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        // instances and their history are granted per case to the offices' supervisor groups (InstanceAccess),
        // never a whole definition at once
        grants.grant(Roles.SUPERVISOR, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
        grants.revoke(Roles.SUPERVISOR, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ_INSTANCE,
                ProcessDefinitionPermissions.READ_TASK, ProcessDefinitionPermissions.READ_HISTORY);
        grants.revoke(Roles.SUPERVISOR, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
        grants.revoke(Roles.SUPERVISOR, Resources.TASK, ANY, Permissions.READ);
        // decision history has no per-instance permission: only the county's offices, which see every case, read it
        grants.grant(Roles.SUPERVISOR, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
        grants.revoke(Roles.SUPERVISOR, Resources.DECISION_DEFINITION, ANY, Permissions.READ_HISTORY);
        for (Region county : offices.officeRegions().stream().filter(r -> r.getLevel() == RegionLevel.COUNTY).toList()) {
            grants.grant(Offices.groupOf(Roles.SUPERVISOR, county.getCode()), Resources.DECISION_DEFINITION, ANY,
                    Permissions.READ_HISTORY);
        }
        grants.grant(Roles.SUPERVISOR, Resources.DEPLOYMENT, ANY, Permissions.READ);

        List<String> supervisorGroups = taskWorkers.stream()
                .filter(group -> group.equals(Roles.SUPERVISOR) || group.startsWith(Roles.SUPERVISOR + "-")).toList();
        taskFilters.ensure(grants, taskWorkers, supervisorGroups);
        setUpSinceStart.set(true);
    }

    /**
     * Office staff (user_scope) who hold an office role join that role's group of their office. After the users
     * exist (the demo users are created in between).
     */
    @EventListener(ApplicationReadyEvent.class)
    @Order(4)
    public void placeStaffInTheirOffices() {
        if (identityService.isReadOnly()) {
            return; // the directory keeps the memberships (docs/ldap.md)
        }
        for (UserScope scope : userScopes.findAll()) {
            Set<String> memberOf = identityService.createGroupQuery().groupMember(scope.getUserId()).list().stream()
                    .map(Group::getId).collect(Collectors.toSet());
            for (String role : OFFICE_ROLES) {
                String officeGroup = Offices.groupOf(role, scope.getRegionCode());
                if (memberOf.contains(role) && !memberOf.contains(officeGroup)
                        && identityService.createGroupQuery().groupId(officeGroup).count() > 0) {
                    identityService.createMembership(scope.getUserId(), officeGroup);
                }
            }
        }
    }

    /**
     * An applied import may bring committees and offices: their groups, grants and filters, and the staff placed in
     * them, once the import is committed. As the system: the administrator who imported holds no identity rights.
     */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void organizationChanged(OrganizationChanged change) {
        asSystem.call(() -> {
            setUp();
            placeStaffInTheirOffices();
            return null;
        });
    }

    /**
     * Creates the group, or gives an existing one the name users should read (Tasklist, Cockpit, reports). Not
     * with a read-only identity service (the ldap profile): there the directory has the groups; their permissions
     * are granted all the same, to the group ids, in the engine's database.
     */
    private void ensureGroup(Map<String, Group> groups, String id, String name) {
        if (identityService.isReadOnly()) {
            return;
        }
        Group group = groups.get(id);
        if (group == null) {
            group = identityService.newGroup(id);
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
        } else if (name.equals(group.getName())) {
            return;
        }
        group.setName(name);
        identityService.saveGroup(group);
        groups.put(id, group);
    }



}
