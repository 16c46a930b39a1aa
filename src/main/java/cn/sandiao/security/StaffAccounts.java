package cn.sandiao.security;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.common.ConflictException;
import cn.sandiao.common.FieldProblem;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.common.NotFoundException;
import cn.sandiao.organization.CommitteeDirectory;
import cn.sandiao.organization.MediatorLeft;
import cn.sandiao.organization.MediatorRoster;
import cn.sandiao.organization.Offices;
import cn.sandiao.organization.OrganizationScope;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionLevel;
import cn.sandiao.organization.RegionService;
import cn.sandiao.organization.Roles;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.AsSystem;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff accounts made by the organisation's administrator in one step: the Camunda user, the groups of its role and
 * office (or of its committee), its place in the organisation, and a first password that must be changed before
 * anything else. A mediator who leaves the roster can no longer log in.
 */
@Service
public class StaffAccounts {

    static final String MEDIATOR_ROLE = "mediator";
    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USER_ID = Pattern.compile("[a-z][a-z0-9._-]{2,31}");
    private static final Pattern NAME = Pattern.compile("[\\p{IsHan}·]{2,20}");

    /** How a user may log in. Users without an account row (the administrator, demo users) log in normally. */
    enum LoginState { NORMAL, MUST_CHANGE_PASSWORD, DISABLED }

    public record Opened(String userId, String name, String role, String roleName, String officeCode,
                         String committeeCode, List<String> groups, String initialPassword,
                         boolean mustChangePassword) {
    }

    private final IdentityService identityService;
    private final StaffAccountRepository accounts;
    private final UserScopes userScopes;
    private final RegionService regions;
    private final MediatorRoster roster;
    private final CommitteeDirectory committees;
    private final AuditLog auditLog;
    private final AsSystem asSystem;
    private final InitialPasswords initialPasswords;
    private final Clock clock;

    StaffAccounts(IdentityService identityService, StaffAccountRepository accounts, UserScopes userScopes,
                  RegionService regions, MediatorRoster roster, CommitteeDirectory committees, AuditLog auditLog,
                  AsSystem asSystem, InitialPasswords initialPasswords, Clock clock) {
        this.identityService = identityService;
        this.accounts = accounts;
        this.userScopes = userScopes;
        this.regions = regions;
        this.roster = roster;
        this.committees = committees;
        this.auditLog = auditLog;
        this.asSystem = asSystem;
        this.initialPasswords = initialPasswords;
        this.clock = clock;
    }

    /** An office account: {@code role} (a role group) at {@code officeCode} (a city, county or township). */
    @Transactional
    public Opened openForOffice(String userId, String name, String role, String officeCode, String actor) {
        List<FieldProblem> problems = new ArrayList<>();
        if (userId == null || !USER_ID.matcher(userId).matches()) {
            problems.add(new FieldProblem("userId", "账号须以小写字母开头，由3至32位小写字母、数字、点、下划线或连字符组成"));
        }
        if (name == null || !NAME.matcher(name.strip()).matches()) {
            problems.add(new FieldProblem("name", "姓名须为2至20个汉字"));
        }
        if (role == null || Roles.ROLE_GROUPS.stream().noneMatch(r -> r[0].equals(role))) {
            problems.add(new FieldProblem("role", "岗位须为以下之一：" + String.join("、",
                    Roles.ROLE_GROUPS.stream().map(r -> r[1] + "（" + r[0] + "）").toList())));
        }
        Optional<Region> office = regions.find(officeCode).filter(Region::isActive)
                .filter(r -> r.getLevel() != RegionLevel.VILLAGE);
        if (office.isEmpty()) {
            problems.add(new FieldProblem("officeCode", "办公单位须为在用的市、县或乡镇（街道）区划代码"));
        } else if (!userScopes.administered().coversRegion(officeCode)) {
            problems.add(new FieldProblem("officeCode", "该单位不在您管理的范围内"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        refuseExisting(userId);
        List<String> groups = new ArrayList<>(List.of(role));
        if (AccessSetup.OFFICE_ROLES.contains(role)) {
            groups.add(Offices.groupOf(role, officeCode));
        }
        String password = initialPasswords.next();
        asSystem.call(() -> createUser(userId, name.strip(), password, groups));
        userScopes.place(userId, officeCode);
        accounts.save(StaffAccount.forOffice(userId, role, officeCode, clock.instant(), actor));
        auditLog.record(null, actor, AuditAction.ACCOUNT_OPENED,
                "账号 " + userId + "（" + name.strip() + "）：" + Roles.label(role) + "，" + office.get().getName());
        return new Opened(userId, name.strip(), role, Roles.label(role), officeCode, null, groups, password, true);
    }

    /** The account of an active mediator of the roster: its user id, its name, its committee's group. */
    @Transactional
    public Opened openForMediator(String mediatorId, String actor) {
        MediatorRoster.Entry mediator = roster.findActive(mediatorId)
                .filter(m -> administers(committees.get(m.committeeCode()).getRegionCode()))
                .orElseThrow(() -> new NotFoundException("您管理的范围内没有在职的调解员：" + mediatorId));
        refuseExisting(mediator.userId());
        List<String> groups = List.of(mediator.groupId());
        String password = initialPasswords.next();
        asSystem.call(() -> createUser(mediator.userId(), mediator.name(), password, groups));
        accounts.save(StaffAccount.forMediator(mediator.userId(), mediator.committeeCode(), clock.instant(), actor));
        auditLog.record(null, actor, AuditAction.ACCOUNT_OPENED,
                "账号 " + mediator.userId() + "（" + mediator.name() + "）：调解员，" + mediator.groupId());
        return new Opened(mediator.userId(), mediator.name(), MEDIATOR_ROLE, "人民调解员", null,
                mediator.committeeCode(), groups, password, true);
    }

    /** The user's own password; the first one must be changed before anything else is allowed. */
    @Transactional
    public void changePassword(String userId, String currentPassword, String newPassword) {
        refuseDirectory();
        if (currentPassword == null || !identityService.checkPassword(userId, currentPassword)) {
            throw new InvalidInputException("currentPassword", "原密码不正确");
        }
        List<FieldProblem> problems = new ArrayList<>();
        if (newPassword == null || newPassword.length() < MIN_PASSWORD_LENGTH
                || !newPassword.chars().anyMatch(Character::isLetter) || !newPassword.chars().anyMatch(Character::isDigit)) {
            problems.add(new FieldProblem("newPassword", "新密码至少" + MIN_PASSWORD_LENGTH + "位，须同时含字母和数字"));
        } else if (newPassword.equalsIgnoreCase(userId) || newPassword.equals(currentPassword)) {
            problems.add(new FieldProblem("newPassword", "新密码不能与账号或原密码相同"));
        }
        if (problems.isEmpty()) {
            policyBreaches(userId, newPassword).ifPresent(breach -> problems.add(new FieldProblem("newPassword", breach)));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        asSystem.call(() -> {
            User user = identityService.createUserQuery().userId(userId).singleResult();
            user.setPassword(newPassword);
            identityService.saveUser(user);
            return null;
        });
        accounts.findById(userId).ifPresent(StaffAccount::passwordChanged);
        auditLog.record(null, userId, AuditAction.PASSWORD_CHANGED, "本人修改密码");
    }

    /**
     * What the engine's password policy (on in {@code prod}) finds wrong with the password, in Chinese; empty when
     * it is off or satisfied.
     */
    private Optional<String> policyBreaches(String userId, String password) {
        PasswordPolicy policy = identityService.getPasswordPolicy();
        if (policy == null) {
            return Optional.empty();
        }
        User user = asSystem.call(() -> identityService.createUserQuery().userId(userId).singleResult());
        PasswordPolicyResult result = identityService.checkPasswordAgainstPolicy(policy, password, user);
        if (result.isValid()) {
            return Optional.empty();
        }
        return Optional.of("新密码须" + String.join("、", result.getViolatedRules().stream()
                .map(StaffAccounts::rule).toList()));
    }

    private static String rule(PasswordPolicyRule rule) {
        String count = rule.getParameters() == null || rule.getParameters().isEmpty() ? "1"
                : rule.getParameters().values().iterator().next();
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "至少" + count + "位";
            case "PASSWORD_POLICY_LOWERCASE" -> "含至少" + count + "个小写字母";
            case "PASSWORD_POLICY_UPPERCASE" -> "含至少" + count + "个大写字母";
            case "PASSWORD_POLICY_DIGIT" -> "含至少" + count + "个数字";
            case "PASSWORD_POLICY_SPECIAL" -> "含至少" + count + "个符号（如 # % + = ? @）";
            case "PASSWORD_POLICY_USER_DATA" -> "不含账号、姓名或邮箱";
            default -> "符合系统的密码规则";
        };
    }

    /** A mediator who leaves can no longer log in: its groups are left and its password is replaced. */
    @EventListener
    public void mediatorLeft(MediatorLeft left) {
        if (identityService.isReadOnly() || !exists(left.userId())) {
            return;
        }
        asSystem.call(() -> {
            for (Group group : identityService.createGroupQuery().groupMember(left.userId()).list()) {
                identityService.deleteMembership(left.userId(), group.getId());
            }
            User user = identityService.createUserQuery().userId(left.userId()).singleResult();
            user.setPassword(initialPasswords.next() + initialPasswords.next());
            identityService.saveUser(user);
            return null;
        });
        accounts.findById(left.userId()).ifPresent(account -> account.disable(clock.instant()));
        auditLog.record(null, left.actor(), AuditAction.ACCOUNT_DISABLED, "账号 " + left.userId() + "：调解员停用");
    }

    @Transactional(readOnly = true)
    LoginState loginState(String userId) {
        return accounts.findById(userId)
                .map(a -> a.isDisabled() ? LoginState.DISABLED
                        : a.mustChangePassword() ? LoginState.MUST_CHANGE_PASSWORD : LoginState.NORMAL)
                .orElse(LoginState.NORMAL);
    }

    /** The accounts the current administrator keeps, newest first. */
    @Transactional(readOnly = true)
    public List<StaffAccountView> list() {
        return accounts.findAllByOrderByOpenedAtDesc().stream()
                .filter(a -> administers(a.getOfficeCode() != null ? a.getOfficeCode()
                        : committees.find(a.getCommitteeCode()).map(c -> c.getRegionCode()).orElse(null)))
                .map(this::view)
                .toList();
    }

    private StaffAccountView view(StaffAccount account) {
        User user = asSystem.call(() -> identityService.createUserQuery().userId(account.getUserId()).singleResult());
        String role = account.getRole();
        return new StaffAccountView(account.getUserId(), user == null ? null : user.getFirstName(), role,
                MEDIATOR_ROLE.equals(role) ? "人民调解员" : Roles.label(role), account.getOfficeCode(),
                account.getCommitteeCode(), account.mustChangePassword(), account.isDisabled(),
                account.getOpenedAt(), account.getOpenedBy(), account.getDisabledAt());
    }

    private boolean administers(String regionCode) {
        OrganizationScope scope = userScopes.administered();
        return scope.coversRegion(regionCode);
    }

    private void refuseExisting(String userId) {
        refuseDirectory();
        if (exists(userId)) {
            throw new ConflictException("账号 " + userId + " 已存在");
        }
    }

    /** Under the {@code ldap} profile the directory keeps accounts and passwords; the product cannot write them. */
    private void refuseDirectory() {
        if (identityService.isReadOnly()) {
            throw new ConflictException("账号和密码由单位的目录（LDAP）管理，请在目录中开立或修改");
        }
    }

    /** Asked as the system: an administrator's own query sees only the users it may read. */
    private boolean exists(String userId) {
        return asSystem.call(() -> identityService.createUserQuery().userId(userId).count() > 0);
    }

    /** The name is kept whole (姓名 in one piece, as Chinese names are read), in the first-name field. */
    private Void createUser(String userId, String name, String password, List<String> groups) {
        User user = identityService.newUser(userId);
        user.setFirstName(name);
        user.setLastName("");
        user.setPassword(password);
        identityService.saveUser(user);
        for (String group : groups) {
            if (identityService.createGroupQuery().groupId(group).count() == 0) {
                throw new InvalidInputException("officeCode", "该单位的岗位组尚未建立，请先导入组织机构");
            }
            identityService.createMembership(userId, group);
        }
        return null;
    }
}
