package cn.sandiao.organization;

/**
 * An import changed the organisation ({@code changes} rows added, changed or deactivated): new committees and
 * offices need their Camunda groups and grants at once, not at the next restart.
 */
public record OrganizationChanged(int changes) {
}
