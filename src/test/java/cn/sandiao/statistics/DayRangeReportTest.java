package cn.sandiao.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionRepository;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Any run of days (a campaign's 15th to the next month's 20th): counted by China's calendar day, by the same
 * definitions as a month; a whole month asked as days gives exactly the month's report.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DayRangeReportTest {

    /** A month of its own: no other test stores facts in 2011. */
    private static final YearMonth MONTH = YearMonth.of(2011, 3);

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CounterRebuild rebuild;
    @Autowired MonthlyReports reports;
    @Autowired RegionRepository regions;

    @BeforeAll
    void storeTheMonth() {
        Fixture fixture = new Fixture(jdbc);
        // registered on the 5th, 15th and 20th (China time), the 31st at 23:30 and the next month's 1st at 00:30
        for (LocalDateTime registered : new LocalDateTime[] {MONTH.atDay(5).atTime(9, 0), MONTH.atDay(15).atTime(0, 10),
                MONTH.atDay(20).atTime(23, 50), MONTH.atEndOfMonth().atTime(23, 30),
                MONTH.plusMonths(1).atDay(1).atTime(0, 30)}) {
            LocalDateTime closed = registered.plusDays(3);
            fixture.dispute(MonthlyReportTest.NANCUN, "NEIGHBOUR", registered, registered.plusHours(2), closed,
                    "SUCCEEDED", "PEOPLE", closed.toLocalDate().plusDays(10), null, 2, false);
        }
        rebuild.rebuild();
    }

    @Test
    void shouldCountTheDaysAskedByChinaDate() throws Exception {
        JsonNode range = report("/api/statistics/days?from=2011-03-15&to=2011-03-20&region=990101");
        assertThat(range.at("/label").asText()).isEqualTo("2011年3月15日至3月20日");
        assertThat(range.at("/from").asText()).isEqualTo("2011-03-15");
        assertThat(range.at("/to").asText()).isEqualTo("2011-03-20");
        assertThat(range.at("/disputes/registered").asLong()).isEqualTo(2);
        // closed three days after: the 8th (outside) and the 18th (inside); the 20th's closes on the 23rd (outside)
        assertThat(range.at("/disputes/closed").asLong()).isEqualTo(1);
        assertThat(range.at("/disputes/succeeded").asLong()).isEqualTo(1);
        assertThat(range.at("/disputes/successRate/numerator").asLong()).isEqualTo(1);

        JsonNode lastDay = report("/api/statistics/days?from=2011-03-31&to=2011-03-31&region=990101");
        assertThat(lastDay.at("/label").asText()).isEqualTo("2011年3月31日");
        assertThat(lastDay.at("/disputes/registered").asLong()).isEqualTo(1);
        JsonNode acrossTheYear = report("/api/statistics/days?from=2010-12-20&to=2011-04-01&region=990101");
        assertThat(acrossTheYear.at("/label").asText()).isEqualTo("2010年12月20日至2011年4月1日");
        assertThat(acrossTheYear.at("/disputes/registered").asLong()).isEqualTo(5);
    }

    @Test
    void shouldGiveAWholeMonthAsDaysExactlyAsTheMonthsReport() {
        for (String code : new String[] {MonthlyReportTest.COUNTY, MonthlyReportTest.LEAN, MonthlyReportTest.NANCUN}) {
            Region region = regions.findById(code).orElseThrow();
            PeriodReport asDays = reports.days(DayRange.of(MONTH.atDay(1), MONTH.atEndOfMonth()), region);
            PeriodReport asMonth = reports.period(Period.of(MONTH, MONTH), region);
            assertThat(asDays.disputes().registered()).as(code).isEqualTo(4);
            assertThat(asDays.disputes()).as(code).isEqualTo(asMonth.disputes());
            assertThat(asDays.petitions()).as(code).isEqualTo(asMonth.petitions());
        }
    }

    @Test
    void shouldRefuseAWrongRangeAtItsField() throws Exception {
        refused("/api/statistics/days?from=2011-03-20&to=2011-03-15", "to", "结束日期不能早于开始日期");
        refused("/api/statistics/days?from=2011-02-30&to=2011-03-15", "from", "日期格式不正确");
        refused("/api/statistics/days?from=2011-03&to=2011-03-15", "from", "日期格式不正确");
        refused("/api/statistics/days?to=2011-03-15", "from", "请指定日期");
        refused("/api/statistics/days?from=2010-01-01&to=2011-03-15", "to", "一次最多 366 天");
        mvc.perform(get("/api/statistics/days?from=2011-03-01&to=2011-03-31&region=990101001")
                        .with(httpBasic("lean-supervisor", "lean-supervisor")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/statistics/days?from=2011-03-01&to=2011-03-31")).andExpect(status().isUnauthorized());
    }

    private void refused(String path, String field, String reason) throws Exception {
        String body = mvc.perform(get(path).with(httpBasic("stats", "stats"))).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains(field).contains(reason).doesNotContain("Exception");
    }

    private JsonNode report(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic("stats", "stats"))).andExpect(status().isOk())
                .andExpect(jsonPath("$.region.code").value("990101"))
                .andReturn().getResponse().getContentAsString());
    }
}
