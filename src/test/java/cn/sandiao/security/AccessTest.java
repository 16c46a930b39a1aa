package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.organization.Roles;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/** Who may see and do what: API and engine-rest authentication, task visibility by group, demo set-up. */
@IntegrationTest
class AccessTest {

    @Autowired TestRestTemplate rest;
    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired TaskService taskService;
    @Autowired IdentityService identityService;
    @Autowired FilterService filterService;
    @Autowired AccessSetup accessSetup;
    @Autowired AuthorizationService authorizationService;
    @Autowired org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl engineConfiguration;
    @Autowired javax.sql.DataSource dataSource;
    @Autowired org.springframework.context.ApplicationContext context;
    @org.springframework.beans.factory.annotation.Value("${spring.datasource.url}") String databaseUrl;

    /** H2GroupGrantLookupTest says why; here: that the engine's plugin ran on the application's own database. */
    @Test
    void shouldLetH2FindAGroupsGrantByItsResourceAndLeavePostgreSqlAlone() throws Exception {
        if (databaseUrl.startsWith("jdbc:h2:")) {
            try (var connection = dataSource.getConnection()) {
                assertThat(H2GroupGrantLookup.columnsOf(connection, H2GroupGrantLookup.CONSTRAINT))
                        .isEqualTo(H2GroupGrantLookup.RESOURCE_FIRST);
            }
        } else {
            assertThat(context.getBeanProvider(H2GroupGrantLookup.class).getIfAvailable()).isNull();
        }
    }

    /** The scope matrix (CaseScopeTest) runs through this manager; here: that the engine really uses it. */
    @Test
    void shouldCheckAuthorizationsWithoutScanningTheAuthorizationTableForGroups() {
        Object manager = engineConfiguration.getCommandExecutorTxRequired().execute(
                context -> context.getSession(org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager.class));

        assertThat(manager).isInstanceOf(AuthorizationGroupsAsGiven.GroupsAsGivenAuthorizationManager.class);
        assertThat(((AuthorizationGroupsAsGiven.GroupsAsGivenAuthorizationManager) manager)
                .filterAuthenticatedGroupIds(java.util.Arrays.asList("mediator-dongcun", null, "no-such-group")))
                .containsExactly("mediator-dongcun", "no-such-group");
    }

    @Test
    void shouldRequireCredentialsForEngineRest() {
        assertThat(rest.getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("intake", "intake").getForEntity("/engine-rest/task", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void shouldOfferTheTriageTaskOnlyToIntake() throws Exception {
        String caseNo = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake").caseNo();

        assertThat(tasksOf("intake", caseNo)).hasSize(1);
        assertThat(tasksOf("mediator", caseNo)).isEmpty();
        assertThat(tasksOf("mediator2", caseNo)).isEmpty();
        assertThat(tasksOf("stats", caseNo)).isEmpty();
    }

    @Test
    void shouldServeTheRegionTreeToAnyAuthenticatedUser() throws Exception {
        String body = mvc.perform(get("/api/regions").with(httpBasic("stats", "stats")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode county = json.readTree(body).get(0);

        assertThat(county.get("code").asText()).isEqualTo("990101");
        assertThat(county.get("level").asText()).isEqualTo("COUNTY");
        assertThat(county.get("children")).extracting(n -> n.get("name").asText()).containsExactly("城关镇", "乐安镇");
        assertThat(county.get("children").get(0).get("children")).extracting(n -> n.get("level").asText())
                .containsOnly("VILLAGE").hasSize(2);
    }

    @Test
    void shouldPutEveryDemoUserInTheGroupOfItsRole() {
        assertThat(groupsOf("intake")).contains("intake");
        assertThat(groupsOf("mediator")).contains("mediator-dongcun");
        assertThat(groupsOf("mediator2")).contains("mediator-chengguan");
        assertThat(groupsOf("supervisor")).contains("supervisor");
        assertThat(groupsOf("leader")).contains("leader");
        assertThat(groupsOf("court")).contains("court");
        assertThat(groupsOf("petition")).contains("petition-officer");
        assertThat(groupsOf("stats")).contains("statistician");
        assertThat(groupsOf("demo")).contains("camunda-admin");
        assertThat(identityService.checkPassword("mediator", "mediator")).isTrue();
    }

    @Test
    void shouldCreateAccessAndFiltersOnlyOnce() {
        long filters = filterService.createFilterQuery().count();
        long groups = identityService.createGroupQuery().count();
        Map<String, String> grants = setUpGrants();

        accessSetup.setUp();

        assertThat(filterService.createFilterQuery().count()).isEqualTo(filters);
        assertThat(identityService.createGroupQuery().count()).isEqualTo(groups);
        assertThat(filterService.createFilterQuery().filterName(TaskFilters.MINE).count()).isEqualTo(1);
        // not one grant added, changed or written again (each row's revision and permissions as they were)
        assertThat(setUpGrants()).isNotEmpty().isEqualTo(grants);
    }

    @Test
    void shouldGiveBackAGroupsMissingGrantAndTakeAwayWhatItMustNotHaveInOneSetUp() {
        String committeeGroup = "mediator-dongcun";
        Authorization tasklist = groupGrant(committeeGroup, Resources.APPLICATION, "tasklist");
        authorizationService.deleteAuthorization(tasklist.getId());
        // the supervisors' grant on every definition: READ taken away, READ_INSTANCE given (both wrong), so that the
        // set-up saves the same grant twice, once granting and once revoking
        Authorization definitions = groupGrant(Roles.SUPERVISOR, Resources.PROCESS_DEFINITION, Authorization.ANY);
        definitions.removePermission(Permissions.READ);
        definitions.addPermission(ProcessDefinitionPermissions.READ_INSTANCE);
        authorizationService.saveAuthorization(definitions);

        accessSetup.setUp();

        assertThat(groupGrant(committeeGroup, Resources.APPLICATION, "tasklist").isPermissionGranted(Permissions.ACCESS))
                .isTrue();
        Authorization repaired = groupGrant(Roles.SUPERVISOR, Resources.PROCESS_DEFINITION, Authorization.ANY);
        assertThat(repaired.isPermissionGranted(Permissions.READ)).isTrue();
        assertThat(repaired.isPermissionGranted(ProcessDefinitionPermissions.READ_INSTANCE)).isFalse();
    }

    private Authorization groupGrant(String groupId, Resources resource, String resourceId) {
        return authorizationService.createAuthorizationQuery().authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).singleResult();
    }

    /** The grants the set-up gives (on whole resources, not on one case's instance): id -> revision and permissions. */
    private Map<String, String> setUpGrants() {
        Map<String, String> grants = new TreeMap<>();
        new JdbcTemplate(dataSource).query(
                "select ID_, REV_, PERMS_ from ACT_RU_AUTHORIZATION where GROUP_ID_ is not null and RESOURCE_TYPE_ in (?, ?, ?, ?, ?, ?)",
                row -> {
                    grants.put(row.getString(1), row.getInt(2) + "/" + row.getInt(3));
                }, Resources.GROUP.resourceType(), Resources.APPLICATION.resourceType(),
                Resources.PROCESS_DEFINITION.resourceType(), Resources.FILTER.resourceType(),
                Resources.DECISION_DEFINITION.resourceType(), Resources.DEPLOYMENT.resourceType());
        return grants;
    }

    private List<JsonNode> tasksOf(String user, String caseNo) throws Exception {
        ResponseEntity<String> answer = rest.withBasicAuth(user, user)
                .getForEntity("/engine-rest/task?processInstanceBusinessKey=" + caseNo, String.class);
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        return java.util.stream.StreamSupport.stream(json.readTree(answer.getBody()).spliterator(), false).toList();
    }

    private List<String> groupsOf(String user) {
        return identityService.createGroupQuery().groupMember(user).list().stream()
                .map(org.camunda.bpm.engine.identity.Group::getId).toList();
    }
}
