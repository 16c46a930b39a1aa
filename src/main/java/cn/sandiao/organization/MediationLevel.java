package cn.sandiao.organization;

import java.util.Optional;
import java.util.stream.Stream;

/**
 * Which body of people's mediation handles a case. A failure goes one level up
 * ("小事不出村,大事不出镇"): village → township → county centre; the county centre and the
 * professional committees are the top of people's mediation.
 */
public enum MediationLevel {
    VILLAGE("村（社区）调委会", CommitteeKind.VILLAGE),
    TOWNSHIP("乡镇（街道）调委会", CommitteeKind.TOWNSHIP),
    COUNTY("县调处中心", CommitteeKind.COUNTY_CENTRE),
    PROFESSIONAL("县专业调委会", CommitteeKind.PROFESSIONAL),
    /** Administrative mediation by the department responsible for the dispute's matter. */
    ADMINISTRATIVE("行政主管部门", CommitteeKind.DEPARTMENT),
    /** The county's court: pre-litigation mediation (委派调解) or guidance to litigation. */
    COURT("人民法院", CommitteeKind.COURT);

    private final String label;
    private final CommitteeKind committeeKind;

    MediationLevel(String label, CommitteeKind committeeKind) {
        this.label = label;
        this.committeeKind = committeeKind;
    }

    public String label() {
        return label;
    }

    CommitteeKind committeeKind() {
        return committeeKind;
    }

    /** The level at which a body of this kind mediates people's disputes; none for departments and the court. */
    public static Optional<MediationLevel> ofPeoplesMediation(CommitteeKind kind) {
        return Stream.of(VILLAGE, TOWNSHIP, COUNTY, PROFESSIONAL).filter(level -> level.committeeKind == kind).findFirst();
    }

    /**
     * The level at which this body mediates people's disputes: its kind's, or for an enterprise committee or a room
     * stationed at the court, a police station or the petition office (人民调解 too, with no level of their own)
     * the level of the region it serves; none for departments and the court.
     */
    public static Optional<MediationLevel> ofCommittee(Committee committee) {
        return switch (committee.getKind()) {
            case ENTERPRISE, STATIONED_COURT, STATIONED_POLICE, STATIONED_PETITION ->
                    RegionLevel.ofCode(committee.getRegionCode()).map(region -> switch (region) {
                        case VILLAGE -> VILLAGE;
                        case TOWNSHIP -> TOWNSHIP;
                        case COUNTY, CITY -> COUNTY;
                    });
            default -> ofPeoplesMediation(committee.getKind());
        };
    }

    public Optional<MediationLevel> next() {
        return switch (this) {
            case VILLAGE -> Optional.of(TOWNSHIP);
            case TOWNSHIP -> Optional.of(COUNTY);
            case COUNTY, PROFESSIONAL, ADMINISTRATIVE, COURT -> Optional.empty();
        };
    }
}
