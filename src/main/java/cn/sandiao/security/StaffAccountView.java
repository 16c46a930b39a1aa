package cn.sandiao.security;

import java.time.Instant;

/** A staff account as its administrator lists it. */
public record StaffAccountView(String userId, String name, String role, String roleName, String officeCode,
                               String committeeCode, boolean mustChangePassword, boolean disabled,
                               Instant openedAt, String openedBy, Instant disabledAt) {
}
