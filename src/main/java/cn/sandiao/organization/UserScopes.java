package cn.sandiao.organization;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Resolves the scope of the user the current call runs for. Every API request runs authenticated (the security
 * filter sets Camunda's current authentication), so a call without a user is the system's own work (timers,
 * jobs, process beans) and is not limited. A user placed nowhere sees nothing. Where the users come from a directory
 * (the {@code ldap} profile), the office its entry names wins over the {@code user_scope} table, so the directory
 * stays the one place where staff are moved; the table still places users whose entry names none.
 */
@Service
public class UserScopes {

    static final String CAMUNDA_ADMIN = "camunda-admin";

    private final IdentityService identityService;
    private final UserScopeRepository scopes;
    private final MediatorRepository mediators;
    private final ObjectProvider<DirectoryOffices> directory;
    /** The directory, looked up at the first call rather than at every one (a bean lookup by type each time). */
    private volatile Optional<DirectoryOffices> resolvedDirectory;

    UserScopes(IdentityService identityService, UserScopeRepository scopes, MediatorRepository mediators,
               ObjectProvider<DirectoryOffices> directory) {
        this.identityService = identityService;
        this.scopes = scopes;
        this.mediators = mediators;
        this.directory = directory;
    }

    @Transactional(readOnly = true)
    public OrganizationScope current() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return OrganizationScope.EVERYTHING;
        }
        return of(authentication.getUserId(), authentication.getGroupIds());
    }

    /** Whether the current user sees personal data whole (Roles.worksCases); the system does. */
    public boolean seesPersonalDataWhole() {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null || authentication.getUserId() == null
                || Roles.worksCases(authentication.getGroupIds());
    }

    /**
     * The part of the organisation the current administrator keeps: everything for the Camunda administrator and
     * for an {@code org-admin} placed nowhere (the county's or city's), a region's subtree for one placed there (a
     * township's administrator).
     */
    @Transactional(readOnly = true)
    public OrganizationScope administered() {
        Authentication authentication = identityService.getCurrentAuthentication();
        if (authentication == null || authentication.getUserId() == null) {
            return OrganizationScope.EVERYTHING;
        }
        List<String> groups = authentication.getGroupIds();
        if (groups != null && groups.contains(CAMUNDA_ADMIN)) {
            return OrganizationScope.EVERYTHING;
        }
        if (groups == null || !groups.contains(Roles.ORG_ADMIN)) {
            return OrganizationScope.NOTHING;
        }
        return placeOf(authentication.getUserId())
                .map(region -> new OrganizationScope(false, region, null))
                .orElse(OrganizationScope.EVERYTHING);
    }

    /** Places an office user in the region it works for (its office: a city, county or township). */
    @Transactional
    public void place(String userId, String regionCode) {
        scopes.save(new UserScope(userId, regionCode));
    }

    @Transactional(readOnly = true)
    public OrganizationScope of(String userId, List<String> groups) {
        if (groups != null && groups.contains(CAMUNDA_ADMIN)) {
            return OrganizationScope.EVERYTHING;
        }
        String region = placeOf(userId).orElse(null);
        String committee = mediators.findById(userId).filter(Mediator::isActive)
                .map(Mediator::getCommitteeCode).orElse(null);
        return new OrganizationScope(false, region, committee);
    }

    /** The region the user's office is: its directory entry's where there is one, else its user_scope row. */
    private Optional<String> placeOf(String userId) {
        Optional<DirectoryOffices> offices = resolvedDirectory;
        if (offices == null) {
            offices = Optional.ofNullable(directory.getIfAvailable());
            resolvedDirectory = offices;
        }
        return offices.flatMap(found -> found.regionOf(userId))
                .or(() -> scopes.findById(userId).map(UserScope::getRegionCode));
    }
}
