package cn.sandiao.organization;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The level at which each kind of body mediates, as the court's hand-over and the statistics read it. */
class MediationLevelTest {

    @ParameterizedTest(name = "{0} in {1} → {2}")
    @CsvSource({
            "VILLAGE,            990101001001, VILLAGE",
            "TOWNSHIP,           990101001,    TOWNSHIP",
            "COUNTY_CENTRE,      990101,       COUNTY",
            "PROFESSIONAL,       990101,       PROFESSIONAL",
            "ENTERPRISE,         990101001,    TOWNSHIP",
            "STATIONED_COURT,    990101,       COUNTY",
            "STATIONED_POLICE,   990101002,    TOWNSHIP",
            "STATIONED_PETITION, 9901,         COUNTY",
            "ENTERPRISE,         990101002001, VILLAGE",
            "DEPARTMENT,         990101,       ",
            "COURT,              990101,       "})
    void shouldGiveEachPeoplesMediationBodyALevel(CommitteeKind kind, String region, MediationLevel level) {
        Committee committee = new Committee("c", "某调解组织", kind, region, null);

        assertThat(MediationLevel.ofCommittee(committee).orElse(null)).isEqualTo(level);
    }
}
