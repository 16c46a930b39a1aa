package cn.sandiao.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** What the product adds to a Camunda user it made for a member of staff: role, office, first password, closing. */
@Entity
@Table(name = "staff_account")
class StaffAccount {

    @Id
    @Column(name = "user_id")
    private String userId;

    private String role;

    @Column(name = "office_code")
    private String officeCode;

    @Column(name = "committee_code")
    private String committeeCode;

    @Column(name = "must_change_password")
    private boolean mustChangePassword;

    @Column(name = "opened_at")
    private Instant openedAt;

    @Column(name = "opened_by")
    private String openedBy;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    protected StaffAccount() {
    }

    private StaffAccount(String userId, String role, String officeCode, String committeeCode, Instant openedAt,
                         String openedBy) {
        this.userId = userId;
        this.role = role;
        this.officeCode = officeCode;
        this.committeeCode = committeeCode;
        this.mustChangePassword = true;
        this.openedAt = openedAt;
        this.openedBy = openedBy;
    }

    static StaffAccount forOffice(String userId, String role, String officeCode, Instant at, String by) {
        return new StaffAccount(userId, role, officeCode, null, at, by);
    }

    static StaffAccount forMediator(String userId, String committeeCode, Instant at, String by) {
        return new StaffAccount(userId, StaffAccounts.MEDIATOR_ROLE, null, committeeCode, at, by);
    }

    void passwordChanged() {
        mustChangePassword = false;
    }

    void disable(Instant at) {
        disabledAt = at;
    }

    boolean isDisabled() {
        return disabledAt != null;
    }

    boolean mustChangePassword() {
        return mustChangePassword && disabledAt == null;
    }

    String getUserId() {
        return userId;
    }

    String getRole() {
        return role;
    }

    String getOfficeCode() {
        return officeCode;
    }

    String getCommitteeCode() {
        return committeeCode;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    String getOpenedBy() {
        return openedBy;
    }

    Instant getDisabledAt() {
        return disabledAt;
    }
}
