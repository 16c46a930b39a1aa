package cn.sandiao.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The organisation's figures at a month's end (人民调解组织、调解员、培训、专家) equal a count made row by row, here, from
 * the tables; a mediator who left before the month ended is not counted, one who left after is; the training of
 * the month and of the year to date are counted by session, attendance and hours; the office's own region only.
 */
@IntegrationTest
class OrganizationFiguresTest {

    private static final String COUNTY = "990101";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void shouldCountTheOrganisationAtTheMonthsEndAsARowByRowRecountDoes() throws Exception {
        YearMonth lastMonth = YearMonth.from(ChinaTime.today(clock)).minusMonths(1);
        String committee = jdbc.queryForObject("select code from committee where region_code = '990101001001'"
                + " and kind = 'VILLAGE'", String.class);
        // two made-up mediators: one left mid-month, one stays to the month's end; both trained that month
        jdbc.update("insert into mediator (user_id, name, committee_code, active, employment, active_from, active_to)"
                + " values ('census-left', '离任调解员', ?, false, 'PART_TIME', ?, ?)", committee,
                Date.valueOf(lastMonth.atDay(1).minusYears(1)), Date.valueOf(lastMonth.atDay(15)));
        jdbc.update("insert into mediator (user_id, name, committee_code, active, employment, active_from)"
                + " values ('census-stays', '在任调解员', ?, true, 'FULL_TIME', ?)", committee,
                Date.valueOf(lastMonth.atDay(1).minusYears(1)));
        jdbc.update("insert into mediator_training (user_id, trained_on, hours, topic) values"
                + " ('census-left', ?, 4.0, '人民调解法'), ('census-stays', ?, 4.0, '人民调解法'),"
                + " ('census-stays', ?, 2.5, '调解技巧')", Date.valueOf(lastMonth.atDay(10)),
                Date.valueOf(lastMonth.atDay(10)), Date.valueOf(lastMonth.atDay(20)));
        try {
            JsonNode figures = figures("stats", "?month=" + lastMonth + "&region=" + COUNTY);
            LocalDate end = lastMonth.atEndOfMonth();
            assertThat(figures.get("asOf").asText()).isEqualTo(end.toString());

            Recount recount = recount(end, lastMonth.atDay(1));
            assertThat(figures.get("committees").asInt()).isEqualTo(recount.committees).isPositive();
            assertThat(figures.get("mediators").asInt()).isEqualTo(recount.mediators);
            assertThat(figures.get("fullTimeMediators").asInt()).isEqualTo(recount.fullTime);
            assertThat(figures.get("partTimeMediators").asInt()).isEqualTo(recount.partTime);
            assertThat(figures.get("experts").asInt()).isEqualTo(recount.experts);
            JsonNode training = figures.get("trainingInMonth");
            assertThat(training.get("sessions").asInt()).isEqualTo(recount.sessions).isGreaterThanOrEqualTo(2);
            assertThat(training.get("attendances").asInt()).isEqualTo(recount.attendances).isGreaterThanOrEqualTo(3);
            assertThat(new BigDecimal(training.get("personHours").asText())).isEqualByComparingTo(recount.hours);
            int kinds = 0;
            for (JsonNode kind : figures.get("committeesByKind")) {
                kinds += kind.get("count").asInt();
            }
            assertThat(kinds).as("the kinds add up to the total").isEqualTo(recount.committees);
            assertThat(figures.get("summary").asText()).startsWith("和美县共有人民调解组织" + recount.committees + "个")
                    .contains("人民调解员" + recount.mediators + "人，其中专职" + recount.fullTime + "人");

            // the one who left mid-month counts for the month before it, not for the month itself
            JsonNode before = figures("stats", "?month=" + lastMonth.minusMonths(1) + "&region=" + COUNTY);
            assertThat(before.get("mediators").asInt())
                    .isEqualTo(recount(lastMonth.minusMonths(1).atEndOfMonth(), lastMonth.minusMonths(1).atDay(1)).mediators);
            assertThat(before.get("partTimeMediators").asInt()).isEqualTo(figures.get("partTimeMediators").asInt() + 1);
        } finally {
            jdbc.update("delete from mediator_training where user_id in ('census-left', 'census-stays')");
            jdbc.update("delete from mediator where user_id in ('census-left', 'census-stays')");
        }
    }

    @Test
    void shouldKeepEachOfficeToItsRegionAndRefuseAMonthNotYetCome() throws Exception {
        mvc.perform(get("/api/statistics/organization?month=" + YearMonth.from(ChinaTime.today(clock))
                + "&region=" + COUNTY).with(httpBasic("lean-supervisor", "lean-supervisor")))
                .andExpect(status().isForbidden());
        String refused = mvc.perform(get("/api/statistics/organization?month="
                        + YearMonth.from(ChinaTime.today(clock)).plusMonths(1)).with(httpBasic("stats", "stats")))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(refused).get("fieldErrors").get(0).get("message").asText()).contains("不能晚于本月");
        JsonNode township = figures("lean-supervisor", "?month=" + YearMonth.from(ChinaTime.today(clock)));
        assertThat(township.get("regionName").asText()).isEqualTo("乐安镇");
        assertThat(township.get("asOf").asText()).isEqualTo(ChinaTime.today(clock).toString());
    }

    private JsonNode figures(String user, String query) throws Exception {
        return json.readTree(mvc.perform(get("/api/statistics/organization" + query).with(httpBasic(user, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
    }

    private record Recount(int committees, int mediators, int fullTime, int partTime, int experts, int sessions,
                           int attendances, BigDecimal hours) {
    }

    /** Every row read and judged here, one by one. */
    private Recount recount(LocalDate day, LocalDate from) {
        Set<String> peoples = Set.of("VILLAGE", "TOWNSHIP", "COUNTY_CENTRE", "PROFESSIONAL", "ENTERPRISE",
                "STATIONED_COURT", "STATIONED_POLICE", "STATIONED_PETITION");
        Set<String> inCounty = new HashSet<>();
        int committees = 0;
        for (Map<String, Object> row : jdbc.queryForList("select code, kind, region_code, active from committee")) {
            if (((String) row.get("region_code")).startsWith(COUNTY)) {
                inCounty.add((String) row.get("code"));
                if (Boolean.TRUE.equals(row.get("active")) && peoples.contains((String) row.get("kind"))) {
                    committees++;
                }
            }
        }
        int mediators = 0;
        int fullTime = 0;
        int partTime = 0;
        Set<String> countyMediators = new HashSet<>();
        for (Map<String, Object> row : jdbc.queryForList(
                "select user_id, committee_code, active, employment, active_from, active_to from mediator")) {
            if (!inCounty.contains((String) row.get("committee_code"))) {
                continue;
            }
            countyMediators.add((String) row.get("user_id"));
            LocalDate activeFrom = row.get("active_from") == null ? null : ((Date) row.get("active_from")).toLocalDate();
            LocalDate activeTo = row.get("active_to") == null ? null : ((Date) row.get("active_to")).toLocalDate();
            boolean inOffice = (activeFrom == null || !activeFrom.isAfter(day)) && (activeTo == null || !activeTo.isBefore(day))
                    && (Boolean.TRUE.equals(row.get("active")) || activeTo != null);
            if (inOffice) {
                mediators++;
                fullTime += "FULL_TIME".equals(row.get("employment")) ? 1 : 0;
                partTime += "PART_TIME".equals(row.get("employment")) ? 1 : 0;
            }
        }
        Set<String> sessions = new HashSet<>();
        int attendances = 0;
        BigDecimal hours = BigDecimal.ZERO;
        for (Map<String, Object> row : jdbc.queryForList("select user_id, trained_on, hours, topic from mediator_training")) {
            LocalDate on = ((Date) row.get("trained_on")).toLocalDate();
            if (countyMediators.contains((String) row.get("user_id")) && !on.isBefore(from) && !on.isAfter(day)) {
                sessions.add(on + "/" + row.get("topic"));
                attendances++;
                hours = hours.add((BigDecimal) row.get("hours"));
            }
        }
        int experts = 0;
        for (Map<String, Object> row : jdbc.queryForList("select committee_code, active from expert")) {
            experts += Boolean.TRUE.equals(row.get("active")) && inCounty.contains((String) row.get("committee_code"))
                    ? 1 : 0;
        }
        return new Recount(committees, mediators, fullTime, partTime, experts, sessions.size(), attendances, hours);
    }
}
