package cn.sandiao.organization;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The demo county is created once: running the set-up again (as a restart does) adds nothing. */
@IntegrationTest
class DemoOrganizationTest {

    @Autowired DemoOrganization demoOrganization;
    @Autowired RegionRepository regions;
    @Autowired CommitteeRepository committees;
    @Autowired MediatorRepository mediators;
    @Autowired CommitteeDirectory directory;

    @Test
    void shouldCreateTheDemoCountyOnlyOnce() {
        long regionCount = regions.count();
        long committeeCount = committees.count();
        long mediatorCount = mediators.count();

        demoOrganization.create();

        assertThat(regions.count()).isEqualTo(regionCount).isEqualTo(7);
        assertThat(committees.count()).isEqualTo(committeeCount).isEqualTo(15); // 9 committees, 5 departments, the court
        assertThat(mediators.count()).isEqualTo(mediatorCount);
    }

    @Test
    void shouldFindTheCommitteeOfEachLevelForAVillage() {
        String dongcun = "990101001001";
        assertThat(directory.committeeFor(dongcun, MediationLevel.VILLAGE, "NEIGHBOUR").getCode()).isEqualTo("dongcun");
        assertThat(directory.committeeFor(dongcun, MediationLevel.TOWNSHIP, "NEIGHBOUR").getCode()).isEqualTo("chengguan");
        assertThat(directory.committeeFor(dongcun, MediationLevel.COUNTY, "NEIGHBOUR").getCode()).isEqualTo("county-centre");
        assertThat(directory.committeeFor(dongcun, MediationLevel.PROFESSIONAL, "MEDICAL").getCode()).isEqualTo("medical");
        // no professional committee for labour disputes in the demo county: the county centre takes them
        assertThat(directory.committeeFor(dongcun, MediationLevel.PROFESSIONAL, "LABOUR").getCode())
                .isEqualTo("county-centre");
    }
}
