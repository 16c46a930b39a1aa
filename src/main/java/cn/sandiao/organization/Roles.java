package cn.sandiao.organization;

import java.util.Collection;
import java.util.List;

/**
 * The Camunda groups of the roles (README: demo users); mediator groups are one per committee:
 * {@code mediator-<code>}.
 */
public final class Roles {

    public static final String INTAKE = "intake";
    public static final String SUPERVISOR = "supervisor";
    public static final String LEADER = "leader";
    public static final String COURT = "court";
    /** Approves a longer review of a judicial confirmation (法释〔2011〕5号 第五条: 经本院院长批准). */
    public static final String COURT_PRESIDENT = "court-president";
    public static final String PETITION_OFFICER = "petition-officer";
    public static final String STATISTICIAN = "statistician";
    public static final String CAMUNDA_ADMIN = "camunda-admin";
    /** Keeps the organisation (regions, committees, mediators, experts) through its spreadsheet. */
    public static final String ORG_ADMIN = "org-admin";

    /** Role groups with their Chinese names. */
    public static final List<String[]> ROLE_GROUPS = List.of(
            new String[] {INTAKE, "综治中心受理员"},
            new String[] {SUPERVISOR, "督导（综治中心主任）"},
            new String[] {LEADER, "包案领导"},
            new String[] {COURT, "法院（立案庭/诉前调解）"},
            new String[] {COURT_PRESIDENT, "法院院长"},
            new String[] {PETITION_OFFICER, "信访干部"},
            new String[] {STATISTICIAN, "统计员"},
            new String[] {ORG_ADMIN, "组织机构管理员"});

    /**
     * Whether a user with these groups works cases (registers, mediates, supervises, handles petitions) and so
     * sees parties' ID numbers and phones whole; the roles that only read (court, leader, statistician) see them
     * masked.
     */
    public static boolean worksCases(Collection<String> groups) {
        return groups != null && groups.stream().anyMatch(group -> group.equals(CAMUNDA_ADMIN)
                || group.equals(PETITION_OFFICER)
                || group.equals(INTAKE) || group.startsWith(INTAKE + "-")
                || group.equals(SUPERVISOR) || group.startsWith(SUPERVISOR + "-")
                || group.startsWith("mediator-") || group.startsWith("admin-mediator-"));
    }

    /** The Chinese name of a role group (its id if it has none). */
    public static String label(String role) {
        return ROLE_GROUPS.stream().filter(r -> r[0].equals(role)).map(r -> r[1]).findFirst().orElse(role);
    }

    private Roles() {
    }
}
