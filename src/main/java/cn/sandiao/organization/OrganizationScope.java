package cn.sandiao.organization;

/**
 * What part of the organisation's cases a user may see: everything (Camunda administrators), a region's
 * subtree (office staff), the cases its committee handles (mediators), or both of the last two.
 */
public record OrganizationScope(boolean everything, String regionPrefix, String committeeCode) {

    public static final OrganizationScope EVERYTHING = new OrganizationScope(true, null, null);
    public static final OrganizationScope NOTHING = new OrganizationScope(false, null, null);

    /** Whether a case registered in {@code regionCode} lies in the region part of this scope. */
    public boolean coversRegion(String regionCode) {
        return everything || (regionPrefix != null && regionCode != null && regionCode.startsWith(regionPrefix));
    }

    /** Whether the region lies above this scope's region: shown as the path to it, not kept by it. */
    public boolean liesAbove(String regionCode) {
        return regionPrefix != null && regionCode != null && regionPrefix.startsWith(regionCode);
    }
}
