package cn.sandiao.security;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Checks API credentials against Camunda's identity service, so one user list serves webapps and API. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String GROUP_PREFIX = "GROUP_";

    private final IdentityService identityService;
    private final StaffAccounts accounts;
    /**
     * The password check, the account's state and the groups are read in one transaction: every API request logs in,
     * and as separate transactions they were three of its commits.
     */
    private final TransactionTemplate oneTransaction;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, StaffAccounts accounts,
                                          PlatformTransactionManager transactions) {
        this.identityService = identityService;
        this.accounts = accounts;
        this.oneTransaction = new TransactionTemplate(transactions);
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (userId == null || password == null) {
            throw new BadCredentialsException("用户名或密码错误");
        }
        // a refusal is thrown after the commit: a wrong password's attempt count (the wait before the next try) is kept
        Login login = oneTransaction.execute(status -> logIn(userId, password.toString()));
        if (login == null) {
            throw new BadCredentialsException("用户名或密码错误");
        }
        if (login.state() == StaffAccounts.LoginState.DISABLED) {
            throw new DisabledException("账号已停用");
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, login.authorities());
    }

    /** The user's authorities, or null when the password is wrong (or the user unknown, or waiting after failures). */
    private Login logIn(String userId, String password) {
        if (!identityService.checkPassword(userId, password)) {
            return null;
        }
        StaffAccounts.LoginState state = accounts.loginState(userId);
        if (state == StaffAccounts.LoginState.DISABLED) {
            return new Login(state, List.of());
        }
        List<SimpleGrantedAuthority> authorities = new ArrayList<>(identityService.createGroupQuery()
                .groupMember(userId).list().stream()
                .map(Group::getId)
                .map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id))
                .toList());
        if (state == StaffAccounts.LoginState.MUST_CHANGE_PASSWORD) {
            authorities.add(new SimpleGrantedAuthority(FirstPasswordGate.REQUIRED));
        }
        return new Login(state, authorities);
    }

    private record Login(StaffAccounts.LoginState state, List<SimpleGrantedAuthority> authorities) {
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
