package cn.sandiao.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.DisputeRequests;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.support.IntegrationTest;
import cn.sandiao.support.TestClock;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A period's report (a quarter, a half-year, a year, any run of months): each additive figure is the sum of its
 * months' figures, each rate is computed again from the summed numerator and denominator, and the backlog is the
 * last month's; the period is named as a report names it. The figures by source add up to the whole.
 */
@IntegrationTest
class PeriodReportTest {

    private static final List<String> ADDITIVE = List.of("/disputes/registered", "/disputes/declined",
            "/disputes/mediated", "/disputes/succeeded", "/disputes/withdrawn", "/disputes/closed",
            "/petitions/received", "/petitions/accepted", "/petitions/closed");
    private static final List<String> RATES = List.of("/disputes/mediationRate", "/disputes/successRate",
            "/disputes/onTimeRate", "/petitions/timelyAcceptanceRate", "/petitions/onTimeClosureRate");

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired DisputeService disputes;
    @Autowired TestClock clock;
    @Autowired MonthlyReports reports;
    @Autowired cn.sandiao.organization.RegionRepository regions;

    @Test
    void shouldAddUpItsMonthsAndComputeItsRatesAgain() throws Exception {
        YearMonth now = YearMonth.from(ChinaTime.today(clock));
        clock.setTo(now.minusMonths(1).atDay(10).atTime(10, 0));
        try {
            disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        } finally {
            clock.reset();
        }
        disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        disputes.register(DisputeRequests.fromSource(cn.sandiao.dispute.DisputeSource.POLICE_REFERRAL), "intake");

        YearMonth from = now.minusMonths(2);
        JsonNode period = report("/api/statistics/period?from=" + from + "&to=" + now + "&region=990101");
        List<JsonNode> months = new ArrayList<>();
        for (YearMonth month = from; !month.isAfter(now); month = month.plusMonths(1)) {
            months.add(report("/api/statistics/monthly?month=" + month + "&region=990101"));
        }
        assertThat(period.at("/disputes/registered").asLong()).isGreaterThanOrEqualTo(2);
        for (String figure : ADDITIVE) {
            assertThat(period.at(figure).asLong()).as(figure)
                    .isEqualTo(months.stream().mapToLong(m -> m.at(figure).asLong()).sum());
        }
        for (String rate : RATES) {
            long numerator = months.stream().mapToLong(m -> m.at(rate + "/numerator").asLong()).sum();
            long denominator = months.stream().mapToLong(m -> m.at(rate + "/denominator").asLong()).sum();
            assertThat(period.at(rate + "/numerator").asLong()).as(rate).isEqualTo(numerator);
            assertThat(period.at(rate + "/denominator").asLong()).as(rate).isEqualTo(denominator);
            if (denominator == 0) {
                assertThat(period.at(rate + "/value").isNull()).as(rate).isTrue();
            } else {
                assertThat(period.at(rate + "/value").decimalValue()).as(rate).isEqualByComparingTo(
                        BigDecimal.valueOf(numerator * 100).divide(BigDecimal.valueOf(denominator), 2,
                                RoundingMode.HALF_UP));
            }
        }
        // 警调, 诉调, 访调 … come out of the same report: the sources add up to the whole, month and period alike
        for (JsonNode report : List.of(period, months.get(0), months.get(1), months.get(2))) {
            for (String figure : List.of("registered", "mediated", "succeeded")) {
                long bySource = 0;
                for (JsonNode source : report.at("/disputes/bySource")) {
                    bySource += source.get(figure).asLong();
                }
                assertThat(bySource).as("by source: " + figure).isEqualTo(report.at("/disputes/" + figure).asLong());
            }
        }
        assertThat(period.at("/disputes/bySource").findValuesAsText("name")).contains("来访", "公安移交（警调对接）");
        assertThat(period.at("/petitions/backlog").asLong()).isEqualTo(months.get(2).at("/petitions/backlog").asLong());
        assertThat(period.get("from").asText()).isEqualTo(from.toString());
        assertThat(period.get("region").get("name").asText()).isEqualTo("和美县");
    }

    /** 本年累计 beside the month: the period from January to the month, in JSON, CSV and the recount alike. */
    @Test
    void shouldCarryTheYearToDateBesideTheMonth() throws Exception {
        YearMonth now = YearMonth.from(ChinaTime.today(clock));
        clock.setTo(now.withMonth(1).atDay(12).atTime(10, 0)); // this January (this month, in January)
        try {
            disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.DONGCUN), "intake");
        } finally {
            clock.reset();
        }
        disputes.register(DisputeRequests.neighbourDispute(DisputeRequests.XICUN), "intake");

        JsonNode month = report("/api/statistics/monthly?month=" + now + "&region=990101");
        JsonNode january = report("/api/statistics/monthly?month=" + now.withMonth(1) + "&region=990101");
        JsonNode period = report("/api/statistics/period?from=" + now.withMonth(1) + "&to=" + now + "&region=990101");
        JsonNode year = month.get("yearToDate");
        assertThat(year.get("from").asText()).isEqualTo(now.withMonth(1).toString());
        assertThat(year.get("to").asText()).isEqualTo(now.toString());
        for (String figure : ADDITIVE) {
            assertThat(year.at(figure).asLong()).as(figure).isEqualTo(period.at(figure).asLong());
        }
        for (String rate : RATES) {
            assertThat(year.at(rate)).as(rate).isEqualTo(period.at(rate));
        }
        long registered = year.at("/disputes/registered").asLong();
        if (now.getMonthValue() > 1) {
            assertThat(registered).isGreaterThanOrEqualTo(month.at("/disputes/registered").asLong()
                    + january.at("/disputes/registered").asLong());
        } else {
            assertThat(registered).isEqualTo(month.at("/disputes/registered").asLong());
        }

        // the recount from the fact tables gives the same year to date
        cn.sandiao.organization.Region county = regions.findById("990101").orElseThrow();
        MonthlyReport live = reports.live(now, county);
        MonthlyReport recounted = reports.recounted(now, county);
        assertThat(recounted.yearToDate().disputes()).isEqualTo(live.yearToDate().disputes());
        assertThat(recounted.yearToDate().petitions()).isEqualTo(live.yearToDate().petitions());

        String csv = mvc.perform(get("/api/statistics/monthly.csv?month=" + now + "&region=990101")
                .with(httpBasic("stats", "stats"))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(csv).contains("本年累计（比率为%）").contains("受理数," + month.at("/disputes/registered").asLong()
                + ",,," + registered + ",,");
    }

    @Test
    void shouldNameThePeriodAsAReportDoesAndRefuseABackwardRange() throws Exception {
        assertThat(new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 3)).label()).isEqualTo("2026年第一季度");
        assertThat(new Period(YearMonth.of(2026, 10), YearMonth.of(2026, 12)).label()).isEqualTo("2026年第四季度");
        assertThat(new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 6)).label()).isEqualTo("2026年上半年");
        assertThat(new Period(YearMonth.of(2026, 7), YearMonth.of(2026, 12)).label()).isEqualTo("2026年下半年");
        assertThat(new Period(YearMonth.of(2026, 1), YearMonth.of(2026, 12)).label()).isEqualTo("2026年");
        assertThat(new Period(YearMonth.of(2026, 2), YearMonth.of(2026, 4)).label()).isEqualTo("2026年2月至4月");
        assertThat(new Period(YearMonth.of(2025, 11), YearMonth.of(2026, 2)).label()).isEqualTo("2025年11月至2026年2月");

        String refused = mvc.perform(get("/api/statistics/period?from=2026-05&to=2026-03")
                        .with(httpBasic("stats", "stats")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(refused).get("fieldErrors").get(0).get("message").asText())
                .isEqualTo("结束月份不能早于开始月份");
        mvc.perform(get("/api/statistics/period?from=2026-01&to=2026-03&region=990101")
                .with(httpBasic("lean-supervisor", "lean-supervisor"))).andExpect(status().isForbidden());
    }

    private JsonNode report(String path) throws Exception {
        return json.readTree(mvc.perform(get(path).with(httpBasic("stats", "stats"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString());
    }
}
