package cn.sandiao.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff accounts: opened by the organisation's administrator ({@code /api/organization/**}, SecurityConfig), the
 * first password changed by its holder ({@code /api/account/password}, the only call allowed before that).
 */
@RestController
class StaffAccountController {

    record OfficeAccountRequest(String userId, String name, String role, String officeCode) {
    }

    record PasswordChange(String currentPassword, String newPassword) {
    }

    private final StaffAccounts accounts;
    private final IdentityService identityService;

    StaffAccountController(StaffAccounts accounts, IdentityService identityService) {
        this.accounts = accounts;
        this.identityService = identityService;
    }

    @PostMapping("/api/organization/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    StaffAccounts.Opened openForOffice(@RequestBody OfficeAccountRequest request) {
        return accounts.openForOffice(request.userId(), request.name(), request.role(), request.officeCode(),
                currentUser());
    }

    @PostMapping("/api/organization/mediators/{mediatorId}/account")
    @ResponseStatus(HttpStatus.CREATED)
    StaffAccounts.Opened openForMediator(@PathVariable String mediatorId) {
        return accounts.openForMediator(mediatorId, currentUser());
    }

    @GetMapping("/api/organization/accounts")
    List<StaffAccountView> list() {
        return accounts.list();
    }

    @PostMapping(FirstPasswordGate.PASSWORD_CHANGE_PATH)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void changePassword(@RequestBody PasswordChange change) {
        accounts.changePassword(currentUser(), change.currentPassword(), change.newPassword());
    }

    private String currentUser() {
        return identityService.getCurrentAuthentication().getUserId();
    }
}
