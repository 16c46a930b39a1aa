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

/** Checks API credentials against Camunda's identity service, so one user list serves webapps and API. */
@Component
class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    static final String GROUP_PREFIX = "GROUP_";

    private final IdentityService identityService;
    private final StaffAccounts accounts;

    CamundaIdentityAuthenticationProvider(IdentityService identityService, StaffAccounts accounts) {
        this.identityService = identityService;
        this.accounts = accounts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object password = authentication.getCredentials();
        if (userId == null || password == null || !identityService.checkPassword(userId, password.toString())) {
            throw new BadCredentialsException("用户名或密码错误");
        }
        StaffAccounts.LoginState state = accounts.loginState(userId);
        if (state == StaffAccounts.LoginState.DISABLED) {
            throw new DisabledException("账号已停用");
        }
        List<SimpleGrantedAuthority> authorities = new ArrayList<>(identityService.createGroupQuery()
                .groupMember(userId).list().stream()
                .map(Group::getId)
                .map(id -> new SimpleGrantedAuthority(GROUP_PREFIX + id))
                .toList());
        if (state == StaffAccounts.LoginState.MUST_CHANGE_PASSWORD) {
            authorities.add(new SimpleGrantedAuthority(FirstPasswordGate.REQUIRED));
        }
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
