package cn.sandiao.security;

import cn.sandiao.organization.DirectoryOffices;
import cn.sandiao.organization.Roles;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Hashtable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.naming.Context;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.directory.InitialDirContext;
import javax.naming.directory.SearchControls;
import javax.naming.directory.SearchResult;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.plugin.AdministratorAuthorizationPlugin;
import org.camunda.bpm.identity.impl.ldap.LdapConfiguration;
import org.camunda.bpm.identity.impl.ldap.plugin.LdapIdentityProviderPlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * The {@code ldap} profile (docs/ldap.md): users, passwords and group memberships come from the county's directory
 * through Camunda's LDAP identity plugin, read-only; authorizations stay in the engine's database. The office of a
 * user is the region code in one attribute of its entry ({@code sandiao.ldap.office-attribute}).
 */
@Configuration
@Profile("ldap")
class LdapIdentity {

    /** Every setting under {@code sandiao.ldap} that names a property of the plugin (docs/ldap.md lists them). */
    @Bean
    @ConfigurationProperties(prefix = "sandiao.ldap")
    LdapIdentityProviderPlugin ldapIdentityProviderPlugin() {
        return new LdapIdentityProviderPlugin() {
            @Override
            public void preInit(ProcessEngineConfigurationImpl configuration) {
                requireSettings(this);
                super.preInit(configuration);
            }
        };
    }

    /**
     * The settings without a default, each from its environment variable. A placeholder left unresolved is bound
     * as its own text, so it is refused here, before the engine starts, naming the variable.
     */
    static void requireSettings(LdapConfiguration directory) {
        Map<String, String> required = new LinkedHashMap<>();
        required.put("SANDIAO_LDAP_URL", directory.getServerUrl());
        required.put("SANDIAO_LDAP_MANAGER_DN", directory.getManagerDn());
        required.put("SANDIAO_LDAP_MANAGER_PASSWORD", directory.getManagerPassword());
        required.put("SANDIAO_LDAP_BASE_DN", directory.getBaseDn());
        List<String> missing = required.entrySet().stream()
                .filter(e -> e.getValue() == null || e.getValue().isBlank() || e.getValue().startsWith("${"))
                .map(Map.Entry::getKey).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("ldap 配置拒绝启动：请设置目录服务参数 " + String.join("、", missing));
        }
    }

    /**
     * The directory's group {@code camunda-admin} holds every permission on every resource in the engine's
     * database (the starter's own admin user is not created with a read-only identity service).
     */
    @Bean
    AdministratorAuthorizationPlugin administratorAuthorizationPlugin() {
        AdministratorAuthorizationPlugin plugin = new AdministratorAuthorizationPlugin();
        plugin.setAdministratorGroupName(Roles.CAMUNDA_ADMIN);
        return plugin;
    }

    @Bean
    DirectoryOffices directoryOffices(LdapIdentityProviderPlugin directory,
                                      @Value("${sandiao.ldap.office-attribute}") String officeAttribute,
                                      @Value("${sandiao.ldap.office-cache-seconds:60}") long cacheSeconds,
                                      Clock clock) {
        return new OfficeAttribute(directory, officeAttribute, Duration.ofSeconds(cacheSeconds), clock);
    }

    /**
     * Reads the office attribute of a user's entry, found as the plugin finds users (same base, filter and id
     * attribute, bound as the manager). An answer is kept for a short while: the scope is asked on every request.
     */
    static class OfficeAttribute implements DirectoryOffices {

        private static final Logger LOG = LoggerFactory.getLogger(OfficeAttribute.class);

        private record Answer(Optional<String> region, Instant until) {
        }

        private final LdapConfiguration directory;
        private final String attribute;
        private final Duration keep;
        private final Clock clock;
        private final Map<String, Answer> answers = new ConcurrentHashMap<>();

        OfficeAttribute(LdapConfiguration directory, String attribute, Duration keep, Clock clock) {
            this.directory = directory;
            this.attribute = attribute;
            this.keep = keep;
            this.clock = clock;
        }

        @Override
        public Optional<String> regionOf(String userId) {
            if (userId == null || attribute == null || attribute.isBlank()) {
                return Optional.empty();
            }
            Instant now = clock.instant();
            Answer known = answers.get(userId);
            if (known != null && known.until().isAfter(now)) {
                return known.region();
            }
            Optional<String> region = lookUp(userId);
            answers.put(userId, new Answer(region, now.plus(keep)));
            return region;
        }

        private Optional<String> lookUp(String userId) {
            InitialDirContext context = null;
            try {
                context = new InitialDirContext(environment());
                SearchControls controls = new SearchControls();
                controls.setSearchScope(SearchControls.SUBTREE_SCOPE);
                controls.setReturningAttributes(new String[] {attribute});
                controls.setCountLimit(2);
                // {0} is escaped by JNDI: a user id cannot widen the filter
                String filter = "(&" + directory.getUserSearchFilter() + "(" + directory.getUserIdAttribute() + "={0}))";
                NamingEnumeration<SearchResult> found = context.search(userBase(), filter, new Object[] {userId}, controls);
                try {
                    if (!found.hasMore()) {
                        return Optional.empty();
                    }
                    Attribute office = found.next().getAttributes().get(attribute);
                    Object value = office == null ? null : office.get();
                    return value == null || value.toString().isBlank() ? Optional.empty()
                            : Optional.of(value.toString().strip());
                } finally {
                    found.close();
                }
            } catch (NamingException e) {
                // closed rather than guessed: the request fails, the next one asks again
                LOG.warn("目录服务查询用户 {} 的 {} 属性失败：{}", userId, attribute, e.toString());
                answers.remove(userId);
                throw new IllegalStateException("目录服务暂不可用，无法确定用户所在机构", e);
            } finally {
                if (context != null) {
                    try {
                        context.close();
                    } catch (NamingException ignored) {
                        // closing a finished connection
                    }
                }
            }
        }

        private String userBase() {
            String base = directory.getUserSearchBase();
            String root = directory.getBaseDn();
            if (base == null || base.isBlank()) {
                return root;
            }
            return root == null || root.isBlank() ? base : base + "," + root;
        }

        /** As the plugin's own connection (LdapClient): factory, authentication, URL, manager, SSL, extra properties. */
        private Hashtable<String, Object> environment() {
            Hashtable<String, Object> env = new Hashtable<>();
            env.put(Context.INITIAL_CONTEXT_FACTORY, directory.getInitialContextFactory());
            env.put(Context.SECURITY_AUTHENTICATION, directory.getSecurityAuthentication());
            env.put(Context.PROVIDER_URL, directory.getServerUrl());
            if (directory.getManagerDn() != null) {
                env.put(Context.SECURITY_PRINCIPAL, directory.getManagerDn());
                env.put(Context.SECURITY_CREDENTIALS, directory.getManagerPassword());
            }
            if (directory.isUseSsl()) {
                env.put(Context.SECURITY_PROTOCOL, "ssl");
            }
            if (directory.getContextProperties() != null) {
                env.putAll(directory.getContextProperties());
            }
            return env;
        }
    }
}
