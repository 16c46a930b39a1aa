package cn.sandiao.organization;

import java.util.Optional;

/**
 * Kinds of mediation bodies: people's mediation (village, township, enterprise, professional committees, rooms
 * stationed at the court, a police station or the petition office, the county centre), the departments that
 * mediate disputes tied to their duties (行政调解), and the court (诉前调解). The label is what the spreadsheet
 * and the pages show.
 */
public enum CommitteeKind {
    VILLAGE("村（居）民委员会人民调解委员会", RegionLevel.VILLAGE),
    TOWNSHIP("乡镇（街道）人民调解委员会", RegionLevel.TOWNSHIP),
    COUNTY_CENTRE("县社会矛盾纠纷调处中心", null),
    /** 行业性专业性: its field (a dispute type) is the committee's specialty. */
    PROFESSIONAL("行业性专业性人民调解委员会", null),
    ENTERPRISE("企事业单位人民调解委员会", null),
    STATIONED_COURT("派驻人民法院人民调解工作室", null),
    STATIONED_POLICE("派驻公安派出所人民调解工作室", null),
    STATIONED_PETITION("派驻信访部门人民调解工作室", null),
    DEPARTMENT("行政调解部门", null),
    COURT("人民法院", null);

    private final String label;
    /** Where a body of this kind must sit, if its kind says so. */
    private final RegionLevel seat;

    CommitteeKind(String label, RegionLevel seat) {
        this.label = label;
        this.seat = seat;
    }

    public String label() {
        return label;
    }

    public Optional<RegionLevel> seat() {
        return Optional.ofNullable(seat);
    }
}
