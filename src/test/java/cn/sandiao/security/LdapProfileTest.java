package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.support.WebappLogin;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.unboundid.ldap.listener.InMemoryDirectoryServer;
import com.unboundid.ldap.listener.InMemoryDirectoryServerConfig;
import com.unboundid.ldap.listener.InMemoryListenerConfig;
import com.unboundid.ldif.LDIFReader;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The {@code ldap} profile against an in-memory directory (src/test/resources/ldap/hemei-directory.ldif): users log
 * in with their directory passwords, their groups are the directory's, an intake clerk's office is its entry's
 * {@code departmentNumber}, and the directory's camunda-admin group administers.
 * <p>
 * Its own application context (the other integration tests share one): its own in-memory database, and its own
 * process engine name, {@code ldap}, so that the two engines of one test run do not take each other's place in
 * Camunda's registry; the webapps and /engine-rest are therefore asked under {@code /ldap/} and
 * {@code /engine-rest/engine/ldap/}. The demo organisation is loaded (regions and committees); the demo users are
 * not (the identity service is read-only).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:sandiao-ldap;DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=2000",
        "camunda.bpm.process-engine-name=" + LdapProfileTest.ENGINE,
        "sandiao.demo.enabled=true"})
@ActiveProfiles("ldap")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
// last in its JVM: Camunda's Spring Boot webapp keeps the application context of the last one started in a static
// field (its lazily set-up filters), so the shared test application's webapps would answer 500 after this one
@Order(Integer.MAX_VALUE)
class LdapProfileTest {

    static final String ENGINE = "ldap";
    static final String BASE_DN = "dc=hemei,dc=gov,dc=cn";
    static final String MANAGER_DN = "cn=sandiao-reader," + BASE_DN;
    static final String MANAGER_PASSWORD = "Reader-2026";

    static final String CLERK = "qian.xiaoying";          // intake, 乐安镇 office (departmentNumber 990101002)
    static final String CLERK_PASSWORD = "Lean-Intake-2026";
    static final String MEDIATOR = "nancun-mediator";     // the 南村 committee's mediator of the demo organisation
    static final String MEDIATOR_PASSWORD = "Nancun-Mediator-2026";
    static final String ADMIN = "li.guanli";              // group camunda-admin
    static final String ADMIN_PASSWORD = "County-Admin-2026";
    static final String NANCUN = "990101002001";          // a village of 乐安镇

    private static InMemoryDirectoryServer directory;

    @Autowired TestRestTemplate rest;
    @Autowired ObjectMapper json;
    @Autowired IdentityService identityService;
    @Autowired AuthorizationService authorizationService;
    @Autowired DisputeService disputes;
    @Autowired TaskService taskService;
    @Autowired RuntimeService runtimeService;
    @Autowired UserScopes userScopes;

    @DynamicPropertySource
    static void directory(DynamicPropertyRegistry registry) throws Exception {
        startDirectory();
        registry.add("sandiao.ldap.server-url", () -> "ldap://127.0.0.1:" + directory.getListenPort());
        registry.add("sandiao.ldap.manager-dn", () -> MANAGER_DN);
        registry.add("sandiao.ldap.manager-password", () -> MANAGER_PASSWORD);
        registry.add("sandiao.ldap.base-dn", () -> BASE_DN);
    }

    private static synchronized void startDirectory() throws Exception {
        if (directory != null) {
            return;
        }
        InMemoryDirectoryServerConfig config = new InMemoryDirectoryServerConfig(BASE_DN);
        config.addAdditionalBindCredentials(MANAGER_DN, MANAGER_PASSWORD);
        config.setListenerConfigs(InMemoryListenerConfig.createLDAPConfig("ldap", 0)); // a free port
        directory = new InMemoryDirectoryServer(config);
        try (InputStream ldif = LdapProfileTest.class.getResourceAsStream("/ldap/hemei-directory.ldif")) {
            directory.importFromLDIF(true, new LDIFReader(ldif));
        }
        directory.startListening();
    }

    @AfterAll
    static void stopDirectory() {
        if (directory != null) {
            directory.shutDown(true);
            directory = null;
        }
    }

    @Test
    void shouldTakeUsersAndGroupsFromTheDirectoryReadOnly() {
        assertThat(identityService.isReadOnly()).isTrue();
        assertThat(identityService.createUserQuery().userId(CLERK).singleResult().getLastName()).isEqualTo("钱");
        assertThat(identityService.createGroupQuery().groupMember(CLERK).list())
                .extracting(g -> g.getId()).containsExactlyInAnyOrder("intake", "intake-990101002");
        // the demo organisation's users are not created: the directory is not written to
        assertThat(identityService.createUserQuery().userId("lean-intake").count()).isZero();
        // the product's permissions are granted to the directory's group ids, in the engine's database
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn("intake-990101002")
                .resourceType(Resources.APPLICATION).resourceId("tasklist").hasPermission(Permissions.ACCESS).count())
                .isEqualTo(1);
    }

    @Test
    void shouldLetTheClerkLogInToTheApiWithItsDirectoryPasswordOnly() {
        assertThat(rest.withBasicAuth(CLERK, CLERK_PASSWORD).getForEntity("/api/disputes", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth(CLERK, "wrong").getForEntity("/api/disputes", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(rest.withBasicAuth("nobody", CLERK_PASSWORD).getForEntity("/api/disputes", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldPlaceTheClerkInTheTownshipItsEntryNames() throws Exception {
        assertThat(userScopes.of(CLERK, List.of("intake", "intake-990101002")).regionPrefix()).isEqualTo("990101002");

        ResponseEntity<String> own = rest.withBasicAuth(CLERK, CLERK_PASSWORD).postForEntity("/api/disputes",
                DisputeRequests.neighbourDispute(NANCUN), String.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        String ownCaseNo = json.readTree(own.getBody()).get("caseNo").asText();
        // 东村 lies in 城关镇, outside the clerk's office
        assertThat(rest.withBasicAuth(CLERK, CLERK_PASSWORD).postForEntity("/api/disputes",
                DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), String.class).getStatusCode())
                .isEqualTo(HttpStatus.BAD_REQUEST);
        DisputeViews.Registered elsewhere = disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN),
                "system");

        JsonNode listed = json.readTree(rest.withBasicAuth(CLERK, CLERK_PASSWORD)
                .getForEntity("/api/disputes?size=200", String.class).getBody());
        List<String> caseNos = listed.get("content").findValuesAsText("caseNo");
        assertThat(caseNos).contains(ownCaseNo).doesNotContain(elsewhere.caseNo());
        assertThat(listed.get("content").findValuesAsText("regionCode")).allMatch(code -> code.startsWith("990101002"));
        assertThat(rest.withBasicAuth(CLERK, CLERK_PASSWORD).getForEntity("/api/disputes/" + elsewhere.id(),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        // the triage task is offered to the clerk's office group, in the engine too
        assertThat(engineRest(CLERK, CLERK_PASSWORD, "/task?processInstanceBusinessKey=" + ownCaseNo).getBody())
                .isNotEqualTo("[]");
        assertThat(engineRest(CLERK, CLERK_PASSWORD, "/task?processInstanceBusinessKey=" + elsewhere.caseNo())
                .getBody()).isEqualTo("[]");
    }

    @Test
    void shouldScopeTheMediatorByItsCommittee() throws Exception {
        DisputeViews.Registered nancun = acceptedAtVillage(NANCUN);
        DisputeViews.Registered dongcun = acceptedAtVillage(DisputeRequests.DONGCUN);

        assertThat(rest.withBasicAuth(MEDIATOR, MEDIATOR_PASSWORD).getForEntity("/api/disputes/" + nancun.id(),
                String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth(MEDIATOR, MEDIATOR_PASSWORD).getForEntity("/api/disputes/" + dongcun.id(),
                String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldServeTheEngineApiAndTasklistWithTheDirectory() throws Exception {
        ResponseEntity<String> groups = engineRest(CLERK, CLERK_PASSWORD, "/identity/groups?userId=" + CLERK);
        assertThat(groups.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(groups.getBody()).get("groups").findValuesAsText("id"))
                .containsExactlyInAnyOrder("intake", "intake-990101002");
        assertThat(engineRest(CLERK, "wrong", "/task/count").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

        assertThat(WebappLogin.login(rest, ENGINE, "tasklist", CLERK, CLERK_PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(WebappLogin.login(rest, ENGINE, "tasklist", CLERK, "wrong").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void shouldGiveTheDirectorysAdminGroupCamundaAdminRights() throws Exception {
        assertThat(WebappLogin.login(rest, ENGINE, "admin", ADMIN, ADMIN_PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(WebappLogin.login(rest, ENGINE, "admin", CLERK, CLERK_PASSWORD).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        // every directory user, as the Admin webapp lists them
        ResponseEntity<String> users = engineRest(ADMIN, ADMIN_PASSWORD, "/user?sortBy=userId&sortOrder=asc");
        assertThat(json.readTree(users.getBody()).findValuesAsText("id")).contains(CLERK, MEDIATOR, ADMIN);
        // the product's administrator pages
        assertThat(rest.withBasicAuth(ADMIN, ADMIN_PASSWORD).getForEntity("/api/audit", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(rest.withBasicAuth(CLERK, CLERK_PASSWORD).getForEntity("/api/audit", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        // an administrator sees every case, whatever its entry's departmentNumber
        assertThat(userScopes.of(ADMIN, List.of("camunda-admin")).everything()).isTrue();
    }

    @Test
    void shouldRefuseToStartWithoutTheDirectorysSettings() {
        LdapIdentityProviderPlugin unset = new LdapIdentityProviderPlugin();
        unset.setServerUrl("${SANDIAO_LDAP_URL}"); // as bound when the variable is not set
        unset.setBaseDn(BASE_DN);
        assertThatThrownBy(() -> LdapIdentity.requireSettings(unset))
                .hasMessageContaining("SANDIAO_LDAP_URL、SANDIAO_LDAP_MANAGER_DN、SANDIAO_LDAP_MANAGER_PASSWORD")
                .hasMessageNotContaining("SANDIAO_LDAP_BASE_DN");
    }

    private DisputeViews.Registered acceptedAtVillage(String village) {
        DisputeViews.Registered registered = disputes.register(DisputeRequests.neighbourDispute(village), "system");
        Task triage = taskService.createTaskQuery().processInstanceBusinessKey(registered.caseNo()).singleResult();
        Map<String, Object> suggested = runtimeService.getVariables(triage.getExecutionId());
        taskService.complete(triage.getId(), Map.of("accepted", "true", "disputeType", suggested.get("disputeType"),
                "riskLevel", suggested.get("riskLevel"), "channel", "PEOPLE", "mediationLevel", "VILLAGE"));
        return registered;
    }

    private ResponseEntity<String> engineRest(String user, String password, String path) {
        return rest.withBasicAuth(user, password).getForEntity("/engine-rest/engine/" + ENGINE + path, String.class);
    }
}
