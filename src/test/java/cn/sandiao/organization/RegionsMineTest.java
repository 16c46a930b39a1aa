package cn.sandiao.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import cn.sandiao.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The village picker's regions: the caller's part of the tree, under the path to it, active regions only. */
@IntegrationTest
class RegionsMineTest {

    @Autowired MockMvc mvc;

    @Test
    void shouldOfferEachClerkTheVillagesOfItsOwnOffice() throws Exception {
        String county = mvc.perform(get("/api/regions/mine").with(httpBasic("intake", "intake")))
                .andReturn().getResponse().getContentAsString();
        assertThat(county).contains("城关镇", "东村", "西村", "乐安镇", "南村", "北村");

        String township = mvc.perform(get("/api/regions/mine").with(httpBasic("lean-intake", "lean-intake")))
                .andReturn().getResponse().getContentAsString();
        assertThat(township).contains("和美县", "乐安镇", "南村", "北村").doesNotContain("城关镇", "东村");

        String mediator = mvc.perform(get("/api/regions/mine").with(httpBasic("mediator", "mediator")))
                .andReturn().getResponse().getContentAsString();
        assertThat(mediator).isEqualTo("[]");
    }
}
