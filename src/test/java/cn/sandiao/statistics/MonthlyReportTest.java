package cn.sandiao.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.sandiao.organization.RegionRepository;
import cn.sandiao.support.IntegrationTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A month computed by hand (乐安镇's seed figures: 108 mediated, 103 succeeded) checked against the report, its
 * exports, trend and snapshot. The month is one long past (the same in every run), so that no other test's data
 * falls in it.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MonthlyReportTest {

    static final String COUNTY = "990101";
    static final String LEAN = "990101002";
    static final String NANCUN = "990101002001";
    static final String BEICUN = "990101002002";
    static final String CHENGGUAN = "990101001";

    @Autowired MockMvc mvc;
    @Autowired ObjectMapper json;
    @Autowired JdbcTemplate jdbc;
    @Autowired CounterRebuild rebuild;
    @Autowired MonthlyReports reports;
    @Autowired RegionRepository regions;
    @Autowired cn.sandiao.support.TestClock clock;

    YearMonth month;
    Fixture fixture;

    @BeforeAll
    void storeTheMonth() {
        json = json.copy().enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        month = YearMonth.of(2013, 6);
        fixture = new Fixture(jdbc);
        LocalDateTime start = month.atDay(2).atTime(9, 0);
        // 南村 70 mediated (67 succeeded), 北村 38 (36 succeeded) and 2 declined: 110 registered
        for (int i = 0; i < 108; i++) {
            boolean nancun = i < 70;
            boolean success = nancun ? i < 67 : i < 106;
            String region = nancun ? NANCUN : BEICUN;
            LocalDateTime registered = start.plusHours(i % 20);
            LocalDateTime closed = registered.plusDays(success ? 10 : 20);
            // 100 closed within their limit, 8 after it
            LocalDate limit = i % 13 == 12 ? closed.toLocalDate().minusDays(1) : closed.toLocalDate();
            BigDecimal amount = i == 0 ? new BigDecimal("500000") : i == 1 ? new BigDecimal("800000.50")
                    : new BigDecimal("2000");
            long id = fixture.dispute(region, i % 9 < 5 ? "NEIGHBOUR" : "MARRIAGE_FAMILY", registered,
                    registered.plusDays(1), closed, success ? "SUCCEEDED" : "FAILED_TO_JUDICIAL", "PEOPLE", limit, amount,
                    i == 2 ? 5 : i == 3 ? 4 : 2, i == 4);
            long mediation = fixture.mediation(id, nancun ? "nancun" : "beicun", nancun ? "mediator-nan" : "mediator-bei",
                    registered.plusDays(1), closed, success ? "SUCCESS" : "FAILED",
                    success ? new BigDecimal("1000") : null);
            if (!success) {
                fixture.handoff(id, "PEOPLE", "VILLAGE", "JUDICIAL", null, closed.minusHours(1));
            }
            if (i < 3) {
                fixture.confirmation(id, mediation, registered.toLocalDate().plusDays(12), i < 2 ? "CONFIRMED" : "REJECTED",
                        registered.plusDays(20));
            }
            if (i >= 10 && i < 16) {
                fixture.followUp(id, mediation, i < 14 ? "FULL" : i == 14 ? "PARTIAL" : "NONE", registered.plusDays(15));
            }
        }
        for (int i = 0; i < 2; i++) {
            LocalDateTime registered = start.plusDays(3);
            fixture.dispute(BEICUN, "OTHER", registered, registered.plusDays(1), registered.plusDays(1), "DECLINED", null,
                    registered.toLocalDate().plusDays(1), null, 1, false);
        }
        // registered at 00:30 on the first of the next month in China (still this month in UTC)
        LocalDateTime nextMonth = month.plusMonths(1).atDay(1).atTime(0, 30);
        fixture.dispute(NANCUN, "NEIGHBOUR", nextMonth, nextMonth.plusHours(5), nextMonth.plusDays(1), "SUCCEEDED",
                "PEOPLE", nextMonth.toLocalDate().plusDays(30), null, 2, false);
        storePetitions();
        rebuild.rebuild();
    }

    private void storePetitions() {
        LocalDate d = month.atDay(3);
        LocalDate end = month.atEndOfMonth();
        // 11 first petitions and 2 repeats; 9 accepted (8 in time, 1 referred to mediation); 7 answered (5 of the 6 with
        // a handling limit by it)
        long first = fixture.petition(NANCUN, "VISIT", "CLAIM", d, null, "ACCEPT", d.plusDays(5), d.plusDays(5).plusDays(60),
                d.plusDays(10), "SATISFIED", null);
        fixture.petition(NANCUN, "VISIT", "CLAIM", d.plusDays(1), first, null, null, null, null, null, null);
        fixture.petition(NANCUN, "LETTER", "CLAIM", d.plusDays(2), first, null, null, null, null, null, null);
        fixture.petition(NANCUN, "VISIT", "CLAIM", d, null, "ACCEPT", d.plusDays(3), d.plusDays(20), d.plusDays(12),
                "BASICALLY_SATISFIED", null);
        fixture.petition(NANCUN, "VISIT", "CLAIM", d, null, "ACCEPT", d.plusDays(3), d.plusDays(20), d.plusDays(15),
                "SATISFIED", null);
        fixture.petition(NANCUN, "VISIT", "CLAIM", d, null, "ACCEPT", d.plusDays(3), d.plusDays(20), d.plusDays(16),
                "DISSATISFIED", null);
        fixture.petition(NANCUN, "VISIT", "CLAIM", d, null, "ACCEPT", d.plusDays(3), d.plusDays(20), d.plusDays(17),
                null, null);
        // replied after its limit (late), within the month: not in the backlog at the month's end
        long late = fixture.petition(NANCUN, "LETTER", "CLAIM", d, null, "ACCEPT", d.plusDays(20), d.plusDays(5),
                d.plusDays(18), null, null);
        fixture.notice(late, "EXTENSION", d.plusDays(4));
        // past its limit at the month's end: one replied next month, one never
        fixture.petition(NANCUN, "LETTER", "CLAIM", d, null, "ACCEPT", d.plusDays(2), end.minusDays(2),
                end.plusDays(5), null, null);
        fixture.petition(NANCUN, "LETTER", "CLAIM", d, null, "REFER_TO_MEDIATION", d.plusDays(2), end.minusDays(1),
                null, null, null);
        fixture.petition(NANCUN, "VISIT", "SUGGESTION", d, null, "GUIDE_TO_PROCEDURE", d.plusDays(2), null, null, null,
                d.plusDays(2));
        fixture.petition(NANCUN, "ONLINE", "SUGGESTION", d, null, null, null, null, null, null, null);
        // a suggestion answered: 办结, but with no handling limit it is not in the on-time rate
        fixture.petition(NANCUN, "VISIT", "SUGGESTION", d, null, "ACCEPT", d.plusDays(2), null, d.plusDays(9),
                "SATISFIED", null);
        fixture.review(first, "REVIEW", d.plusDays(12));
        fixture.review(late, "REVIEW", d.plusDays(20));
        fixture.review(first, "RE_REVIEW", d.plusDays(25));
    }

    private JsonNode report(String user, String query) throws Exception {
        String body = mvc.perform(get("/api/statistics/monthly?" + query).with(httpBasic(user, user)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return json.readTree(body);
    }

    /** The rebuild reads its rows page by page; small pages (many boundaries) count exactly what one page does. */
    @Test
    void shouldCountTheSameRowsWhateverThePageSize() {
        String counters = "select month_key, region_code, metric, dim, sum(cnt), sum(total) from stat_counter"
                + " group by month_key, region_code, metric, dim order by month_key, region_code, metric, dim";
        rebuild.rebuild();
        var inOnePage = jdbc.queryForList(counters);
        assertThat(jdbc.queryForObject("select count(*) from dispute_case", Long.class)).isGreaterThan(100);
        try {
            rebuild.rebuild(7);
            assertThat(jdbc.queryForList(counters)).isEqualTo(inOnePage);
        } finally {
            rebuild.rebuild();
        }
    }

    @Test
    void shouldWriteRatesWithTwoDecimals() throws Exception {
        String body = mvc.perform(get("/api/statistics/monthly?month=" + month + "&region=" + LEAN)
                        .with(httpBasic("stats", "stats")))
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("\"mediationRate\":{\"value\":100.00,\"numerator\":108,\"denominator\":108}",
                "\"successRate\":{\"value\":95.37,\"numerator\":103,\"denominator\":108}",
                "\"onTimeClosureRate\":{\"value\":83.33,");
    }

    private JsonNode township() throws Exception {
        return report("supervisor", "month=" + month + "&region=" + LEAN);
    }

    @Test
    void shouldReportTheSeedFiguresWithNumeratorAndDenominator() throws Exception {
        JsonNode disputes = township().get("disputes");
        assertThat(disputes.get("registered").asLong()).isEqualTo(110);
        assertThat(disputes.get("declined").asLong()).isEqualTo(2);
        assertThat(disputes.get("mediated").asLong()).isEqualTo(108);
        assertThat(disputes.get("succeeded").asLong()).isEqualTo(103);
        assertRate(disputes.get("mediationRate"), "100.00", 108, 108);
        assertRate(disputes.get("successRate"), "95.37", 103, 108);
        // 100 mediated in time and the 2 declined at triage, of 110 closed
        assertRate(disputes.get("onTimeRate"), "92.73", 102, 110);
        // (103 × 10 + 5 × 20 + 2 × 1) / 110
        assertThat(disputes.get("averageDays").decimalValue()).isEqualByComparingTo("10.29");
    }

    @Test
    void shouldBreakTheMonthDownByTypeChannelCommitteeMediatorAndRegion() throws Exception {
        JsonNode disputes = township().get("disputes");
        assertThat(disputes.get("byChannel").get(0).get("code").asText()).isEqualTo("PEOPLE");
        assertThat(disputes.get("byChannel").get(0).get("successRate").get("value").decimalValue())
                .isEqualByComparingTo("95.37");
        // i % 9 < 5 of 108 → 60 neighbour disputes
        JsonNode neighbour = find(disputes.get("byType"), "NEIGHBOUR");
        assertThat(neighbour.get("registered").asLong()).isEqualTo(60);
        assertThat(neighbour.get("name").asText()).isEqualTo("邻里纠纷");
        assertThat(find(disputes.get("byType"), "OTHER").get("registered").asLong()).isEqualTo(2);
        assertThat(find(disputes.get("byCommittee"), "nancun").get("mediated").asLong()).isEqualTo(70);
        assertThat(find(disputes.get("byCommittee"), "nancun").get("succeeded").asLong()).isEqualTo(67);
        assertThat(find(disputes.get("byCommittee"), "nancun").get("name").asText()).isEqualTo("南村人民调解委员会");
        assertThat(find(disputes.get("byMediator"), "mediator-bei").get("succeeded").asLong()).isEqualTo(36);
        JsonNode beicun = find(disputes.get("byRegion"), BEICUN);
        assertThat(beicun.get("registered").asLong()).isEqualTo(40);
        assertThat(beicun.get("declined").asLong()).isEqualTo(2);
        assertThat(beicun.get("mediationRate").get("value").decimalValue()).isEqualByComparingTo("100.00");
        assertRate(beicun.get("successRate"), "94.74", 36, 38);
        JsonNode escalation = disputes.get("escalations").get(0);
        assertThat(escalation.get("from").asText()).isEqualTo("PEOPLE/VILLAGE");
        assertThat(escalation.get("to").asText()).isEqualTo("JUDICIAL");
        assertThat(escalation.get("count").asLong()).isEqualTo(5);
        assertThat(escalation.get("fromName").asText()).isEqualTo("人民调解·村（社区）调委会");
        assertThat(disputes.get("judicialConfirmations").toString())
                .isEqualTo("{\"applied\":3,\"confirmed\":2,\"rejected\":1}");
        assertThat(disputes.get("followUps").toString()).isEqualTo("{\"fully\":4,\"partly\":1,\"not\":1}");
        assertThat(disputes.get("amounts").get("agreed").decimalValue()).isEqualByComparingTo("103000");
        assertThat(disputes.get("amounts").get("involved").decimalValue())
                .isEqualByComparingTo(new BigDecimal("500000").add(new BigDecimal("800000.50"))
                        .add(new BigDecimal("2000").multiply(BigDecimal.valueOf(106))));
        // registered in the month, and (all four closed with an agreement in it) mediated and settled in it
        String majors = "\"abnormalDeath\":1,\"amountOver500k\":2,\"group\":1,\"repeatedEscalation\":0";
        assertThat(disputes.get("majorCases").toString()).isEqualTo("{" + majors + ",\"mediated\":{" + majors
                + "},\"succeeded\":{" + majors + "}}");
    }

    @Test
    void shouldGiveMedianAndNinetiethPercentileOfEachStage() throws Exception {
        JsonNode stages = township().get("disputes").get("stageDurations");
        JsonNode total = stage(stages, "TOTAL", "ALL");
        assertThat(total.get("cases").asLong()).isEqualTo(110);
        assertThat(total.get("medianDays").asInt()).isEqualTo(10);
        assertThat(total.get("p90Days").asInt()).isEqualTo(10);
        // of the 108 people's mediations 5 took 20 days: the 98th case is still at 10
        assertThat(stage(stages, "TOTAL", "PEOPLE").get("p90Days").asInt()).isEqualTo(10);
        assertThat(stage(stages, "TRIAGE", "ALL").get("medianDays").asInt()).isEqualTo(1);
        assertThat(stage(stages, "MEDIATION", "PEOPLE").get("averageDays").decimalValue())
                .isEqualByComparingTo("9.46"); // (103 × 9 + 5 × 19) / 108
    }

    @Test
    void shouldCountThePetitionsOfTheMonth() throws Exception {
        JsonNode petitions = township().get("petitions");
        // repeats are linked to the first and not counted as new
        assertThat(petitions.get("received").asLong()).isEqualTo(11);
        assertThat(petitions.get("repeat").asLong()).isEqualTo(2);
        assertThat(find(petitions.get("receivedByForm"), "LETTER").get("count").asLong()).isEqualTo(3);
        assertThat(find(petitions.get("receivedByCategory"), "SUGGESTION").get("count").asLong()).isEqualTo(3);
        assertThat(petitions.get("accepted").asLong()).isEqualTo(9);
        // the late acceptance: day 20 after receipt, the limit is day 15
        assertRate(petitions.get("timelyAcceptanceRate"), "88.89", 8, 9);
        assertThat(petitions.get("closed").asLong()).isEqualTo(7);
        assertRate(petitions.get("onTimeClosureRate"), "83.33", 5, 6);
        assertRate(petitions.get("participationRate"), "71.43", 5, 7);
        assertRate(petitions.get("satisfactionRate"), "80.00", 4, 5);
        assertThat(petitions.get("extended").asLong()).isEqualTo(1);
        assertThat(petitions.get("reviewRequested").asLong()).isEqualTo(2);
        assertThat(petitions.get("reReviewRequested").asLong()).isEqualTo(1);
        assertThat(petitions.get("transferredToMediation").asLong()).isEqualTo(1);
        assertThat(petitions.get("backlog").asLong()).isEqualTo(2);
        // next month: the one replied on the 5th is done, the other is still open
        assertThat(report("supervisor", "month=" + month.plusMonths(1) + "&region=" + LEAN)
                .get("petitions").get("backlog").asLong()).isEqualTo(1);
    }

    @Test
    void shouldCountACaseInTheMonthOfItsChinaDate() throws Exception {
        JsonNode next = report("supervisor", "month=" + month.plusMonths(1) + "&region=" + LEAN).get("disputes");
        assertThat(next.get("registered").asLong()).isEqualTo(1);
        assertThat(next.get("succeeded").asLong()).isEqualTo(1);
        assertThat(township().get("disputes").get("registered").asLong()).isEqualTo(110);
    }

    @Test
    void shouldReportZeroDenominatorsAsNullAndLimitTheReportToTheSubtree() throws Exception {
        JsonNode chengguan = report("supervisor", "month=" + month + "&region=" + CHENGGUAN);
        assertThat(chengguan.get("disputes").get("registered").asLong()).isZero();
        assertRate(chengguan.get("disputes").get("successRate"), null, 0, 0);
        assertThat(chengguan.get("petitions").get("satisfactionRate").get("value").isNull()).isTrue();
        JsonNode nancun = report("supervisor", "month=" + month + "&region=" + NANCUN).get("disputes");
        assertThat(nancun.get("mediated").asLong()).isEqualTo(70);
        assertThat(nancun.get("successRate").get("value").decimalValue()).isEqualByComparingTo("95.71");
        JsonNode county = report("stats", "month=" + month);
        assertThat(county.get("region").get("code").asText()).isEqualTo(COUNTY);
        assertThat(county.get("disputes").get("mediated").asLong()).isEqualTo(108);
        assertThat(find(county.get("disputes").get("byRegion"), LEAN).get("succeeded").asLong()).isEqualTo(103);
    }

    @Test
    void shouldEqualARecountFromTheFactTables() {
        for (String code : new String[] {COUNTY, LEAN, NANCUN, BEICUN, CHENGGUAN}) {
            for (YearMonth m : new YearMonth[] {month, month.plusMonths(1)}) {
                var region = regions.findById(code).orElseThrow();
                MonthlyReport live = reports.live(m, region);
                MonthlyReport recounted = reports.recounted(m, region);
                assertThat(live.disputes()).as(code + " " + m).isEqualTo(recounted.disputes());
                assertThat(live.petitions()).as(code + " " + m).isEqualTo(recounted.petitions());
            }
        }
    }

    @Test
    void shouldExportTheSameFiguresAsCsvAndWorkbook() throws Exception {
        // 23:30 in China is 15:30 UTC: the export must say China's time
        clock.setTo(java.time.LocalDateTime.of(2026, 11, 30, 23, 30));
        byte[] csv = mvc.perform(get("/api/statistics/monthly.csv?month=" + month + "&region=" + LEAN)
                        .with(httpBasic("stats", "stats")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        String text = new String(csv, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF【说明】").contains("调解成功率,95.37,103,108", "受理数,110,,",
                "【按地区】", "南村,70,0,70,67,100.00,70,70,95.71,67,70");
        // names, not codes (MARRIAGE_FAMILY, dongcun, P90), and China's time to the second, not UTC's ...Z
        // (the fixture's mediators are user ids with no entry in the mediator directory, so they stand for themselves)
        assertThat(text.replaceAll("mediator-[a-z]+", "")).doesNotContainPattern("[A-Za-z]{3,}")
                .contains("第90百分位数（天）")
                .containsPattern("生成时间,2026-11-30 23:3\\d:\\d{2}\r\n").contains("月份,2013年6月");
        // the JSON says the same moment as China's time with its offset, to the second
        String generatedAt = json.readTree(mvc.perform(get("/api/statistics/monthly?month=" + month + "&region=" + LEAN)
                        .with(httpBasic("stats", "stats"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString()).get("generatedAt").asText();
        assertThat(generatedAt).matches("2026-11-30T23:3\\d:\\d{2}\\+08:00");
        assertThat(java.time.Instant.parse(generatedAt)).isBetween(java.time.Instant.parse("2026-11-30T15:30:00Z"),
                java.time.Instant.parse("2026-11-30T15:40:00Z"));
        byte[] xlsx = mvc.perform(get("/api/statistics/monthly.xlsx?month=" + month + "&region=" + LEAN)
                        .with(httpBasic("stats", "stats")))
                .andExpect(status().isOk())
                .andExpect(result -> assertThat(result.getResponse().getHeader("Content-Disposition"))
                        .contains(".xlsx"))
                .andReturn().getResponse().getContentAsByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheet("纠纷调解概况");
            Row rate = rowNamed(sheet, "调解成功率");
            assertThat(rate.getCell(1).getNumericCellValue()).isEqualTo(0.9537, org.assertj.core.data.Offset.offset(1e-9));
            assertThat(rate.getCell(1).getCellStyle().getDataFormatString()).isEqualTo("0.00%");
            assertThat(rate.getCell(2).getNumericCellValue()).isEqualTo(103);
            assertThat(rate.getCell(3).getNumericCellValue()).isEqualTo(108);
            assertThat(rowNamed(sheet, "受理数").getCell(1).getNumericCellValue()).isEqualTo(110);
            assertThat(workbook.getSheet("信访")).isNotNull();
            assertThat(workbook.getSheet("按纠纷类型").getRow(0).getCell(0).getStringCellValue()).isEqualTo("纠纷类型");
            assertThat(workbook.getSheet("按纠纷类型").getRow(0).getCell(1).getStringCellValue()).isEqualTo("受理数");
            assertThat(workbook.getSheet("按纠纷类型").getRow(1).getCell(0).getStringCellValue()).doesNotContainPattern("[A-Z_]{3,}");
        }
    }

    @Test
    void shouldGiveTheTrendOfHeadlineFiguresMonthByMonth() throws Exception {
        String body = mvc.perform(get("/api/statistics/trend?from=" + month.minusMonths(11) + "&to=" + month.plusMonths(1)
                        + "&region=" + LEAN).with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        JsonNode trend = json.readTree(body);
        assertThat(trend).hasSize(13);
        JsonNode point = trend.get(11);
        assertThat(point.get("month").asText()).isEqualTo(month.toString());
        assertRate(point.get("successRate"), "95.37", 103, 108);
        assertThat(point.get("backlog").asLong()).isEqualTo(2);
        assertThat(trend.get(12).get("backlog").asLong()).isEqualTo(1);
        assertThat(trend.get(0).get("successRate").get("value").isNull()).isTrue();
        mvc.perform(get("/api/statistics/trend?from=2015-01&to=2025-01").with(httpBasic("stats", "stats")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("to"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value("一次最多查询 120 个月"));
    }

    /** A quarter is filed like a month: byte for byte afterwards, never silently replaced, only once it has ended. */
    @Test
    void shouldFreezeAQuarterAndNeverOverwriteItSilently() throws Exception {
        YearMonth from = YearMonth.of(2013, 7); // a quarter of its own: no other test's facts fall in it
        YearMonth to = YearMonth.of(2013, 9);
        LocalDateTime day = YearMonth.of(2013, 8).atDay(12).atTime(10, 0);
        fixture.dispute(CHENGGUAN + "001", "NEIGHBOUR", day, day.plusHours(2), day.plusDays(3), "SUCCEEDED", "PEOPLE",
                day.toLocalDate().plusDays(30), null, 2, false);
        rebuild.rebuild();
        String snapshot = "/api/statistics/period/snapshot?from=" + from + "&to=" + to;
        String filedPath = "/api/statistics/period?version=snapshot&from=" + from + "&to=" + to + "&region=" + CHENGGUAN;
        String body = "{\"region\":\"" + CHENGGUAN + "\"}";
        mvc.perform(post(snapshot).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1))
                .andExpect(jsonPath("$.label").value("2013年第三季度"));
        String filed = mvc.perform(get(filedPath).with(httpBasic("stats", "stats")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(filed).get("disputes").get("succeeded").asLong()).isEqualTo(1);
        assertThat(json.readTree(filed).get("version").asText()).isEqualTo("snapshot");
        assertThat(json.readTree(filed).get("label").asText()).isEqualTo("2013年第三季度");

        // a late case of the quarter changes the live report, not the filed one
        LocalDateTime late = YearMonth.of(2013, 9).atDay(3).atTime(10, 0);
        fixture.dispute(CHENGGUAN + "002", "NEIGHBOUR", late, late.plusHours(2), late.plusDays(4), "SUCCEEDED", "PEOPLE",
                late.toLocalDate().plusDays(30), null, 2, false);
        rebuild.rebuild();
        assertThat(mvc.perform(get(filedPath).with(httpBasic("stats", "stats"))).andReturn().getResponse()
                .getContentAsString()).isEqualTo(filed);
        assertThat(json.readTree(mvc.perform(get("/api/statistics/period?from=" + from + "&to=" + to + "&region="
                        + CHENGGUAN).with(httpBasic("stats", "stats"))).andReturn().getResponse().getContentAsString())
                .get("disputes").get("succeeded").asLong()).isEqualTo(2);

        mvc.perform(post(snapshot).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("2013年第三季度")))
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("不能覆盖")));
        mvc.perform(post(snapshot).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\":\"" + CHENGGUAN + "\",\"replace\":true}")
                        .with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("reason"));
        mvc.perform(post(snapshot).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\":\"" + CHENGGUAN + "\",\"replace\":true,\"reason\":\"补录迟报案件\"}")
                        .with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2));
        assertThat(json.readTree(mvc.perform(get(filedPath).with(httpBasic("stats", "stats"))).andReturn().getResponse()
                .getContentAsString()).get("disputes").get("succeeded").asLong()).isEqualTo(2);
        assertThat(json.readTree(mvc.perform(get("/api/statistics/period/snapshots?from=" + from + "&to=" + to
                        + "&region=" + CHENGGUAN).with(httpBasic("stats", "stats"))).andReturn().getResponse()
                .getContentAsString())).hasSize(2);
        // a quarter's snapshot is not the month's: the months of the quarter are still unfiled
        mvc.perform(get("/api/statistics/monthly?version=snapshot&month=" + to + "&region=" + CHENGGUAN)
                .with(httpBasic("stats", "stats"))).andExpect(status().isNotFound());

        // only what has ended is filed; statisticians read, only supervisors file
        YearMonth now = YearMonth.from(cn.sandiao.common.ChinaTime.today(clock));
        mvc.perform(post("/api/statistics/period/snapshot?from=" + now.minusMonths(2) + "&to=" + now)
                        .contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("to"));
        mvc.perform(post(snapshot).contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("stats", "stats")))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldFreezeAMonthSoThatLateFactsDoNotChangeTheFiledReport() throws Exception {
        YearMonth frozen = month.minusMonths(1); // its own month: other tests read `month` meanwhile
        LocalDateTime day = frozen.atDay(10).atTime(10, 0);
        fixture.dispute(CHENGGUAN + "001", "NEIGHBOUR", day, day.plusHours(2), day.plusDays(3), "SUCCEEDED", "PEOPLE",
                day.toLocalDate().plusDays(30), null, 2, false);
        rebuild.rebuild();
        String snapshot = "/api/statistics/monthly/" + frozen + "/snapshot";
        String body = "{\"region\":\"" + CHENGGUAN + "\"}";
        mvc.perform(post(snapshot).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(1));
        String filed = mvc.perform(get("/api/statistics/monthly?version=snapshot&month=" + frozen + "&region=" + CHENGGUAN)
                        .with(httpBasic("stats", "stats")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(json.readTree(filed).get("disputes").get("succeeded").asLong()).isEqualTo(1);
        assertThat(json.readTree(filed).get("version").asText()).isEqualTo("snapshot");

        // a late case of that month
        fixture.dispute(CHENGGUAN + "002", "NEIGHBOUR", day, day.plusHours(2), day.plusDays(4), "SUCCEEDED", "PEOPLE",
                day.toLocalDate().plusDays(30), null, 2, false);
        rebuild.rebuild();
        assertThat(mvc.perform(get("/api/statistics/monthly?version=snapshot&month=" + frozen + "&region=" + CHENGGUAN)
                        .with(httpBasic("stats", "stats")))
                .andReturn().getResponse().getContentAsString()).isEqualTo(filed);
        assertThat(report("stats", "month=" + frozen + "&region=" + CHENGGUAN).get("disputes").get("succeeded").asLong())
                .isEqualTo(2);

        // not overwritten silently; replaced only with a reason, the first version kept
        mvc.perform(post(snapshot).contentType(MediaType.APPLICATION_JSON).content(body)
                        .with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("不能覆盖")));
        mvc.perform(post(snapshot).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\":\"" + CHENGGUAN + "\",\"replace\":true}")
                        .with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("reason"));
        mvc.perform(post(snapshot).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"region\":\"" + CHENGGUAN + "\",\"replace\":true,\"reason\":\"补录迟报案件\"}")
                        .with(httpBasic("supervisor", "supervisor")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.version").value(2));
        assertThat(report("stats", "version=snapshot&month=" + frozen + "&region=" + CHENGGUAN)
                .get("disputes").get("succeeded").asLong()).isEqualTo(2);
        assertThat(json.readTree(mvc.perform(get("/api/statistics/monthly/" + frozen + "/snapshots?region=" + CHENGGUAN)
                        .with(httpBasic("stats", "stats"))).andReturn().getResponse().getContentAsString()))
                .hasSize(2);
        // statisticians read; only supervisors freeze
        mvc.perform(post(snapshot).contentType(MediaType.APPLICATION_JSON).content(body).with(httpBasic("stats", "stats")))
                .andExpect(status().isForbidden());
    }

    @Test
    void shouldRefuseBadMonthsRegionsAndUsersOutsideTheOffice() throws Exception {
        for (String bad : new String[] {"2026-13", "2026-1", "abc", "2026/10", ""}) {
            mvc.perform(get("/api/statistics/monthly?month=" + bad).with(httpBasic("stats", "stats")))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.fieldErrors[0].field").value("month"))
                    .andExpect(jsonPath("$.fieldErrors[0].message").value(org.hamcrest.Matchers.containsString("月份")));
        }
        mvc.perform(get("/api/statistics/monthly?month=2026-10&region=999999").with(httpBasic("stats", "stats")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("region"))
                .andExpect(jsonPath("$.fieldErrors[0].message").value("未知的地区代码：999999"));
        mvc.perform(get("/api/statistics/monthly?month=2026-10&version=draft").with(httpBasic("stats", "stats")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.fieldErrors[0].field").value("version"));
        // 乐安镇's supervisor: its township, not the county or 城关镇
        mvc.perform(get("/api/statistics/monthly?month=" + month + "&region=" + CHENGGUAN)
                        .with(httpBasic("lean-supervisor", "lean-supervisor")))
                .andExpect(status().isForbidden());
        assertThat(report("lean-supervisor", "month=" + month).get("region").get("code").asText()).isEqualTo(LEAN);
        mvc.perform(get("/api/statistics/monthly?month=" + month).with(httpBasic("intake", "intake")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/statistics/monthly?month=" + month)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/statistics/overdue").with(httpBasic("mediator", "mediator")))
                .andExpect(status().isForbidden());
    }

    /** A rate object: its value (null when nothing to divide by), numerator and denominator. */
    private static void assertRate(JsonNode rate, String value, long numerator, long denominator) {
        assertThat(rate.has("value")).as("value present in " + rate).isTrue();
        if (value == null) {
            assertThat(rate.get("value").isNull()).as(rate.toString()).isTrue();
        } else {
            assertThat(rate.get("value").decimalValue()).as(rate.toString()).isEqualByComparingTo(value);
        }
        assertThat(rate.get("numerator").asLong()).isEqualTo(numerator);
        assertThat(rate.get("denominator").asLong()).isEqualTo(denominator);
    }

    private static JsonNode find(JsonNode rows, String code) {
        for (JsonNode row : rows) {
            if (row.get("code").asText().equals(code)) {
                return row;
            }
        }
        throw new AssertionError("no row " + code + " in " + rows);
    }

    private static JsonNode stage(JsonNode stages, String stage, String channel) {
        for (JsonNode row : stages) {
            if (row.get("stage").asText().equals(stage) && row.get("channel").asText().equals(channel)) {
                return row;
            }
        }
        throw new AssertionError("no stage " + stage + "/" + channel + " in " + stages);
    }

    private static Row rowNamed(Sheet sheet, String name) {
        for (Row row : sheet) {
            if (row.getCell(0) != null && name.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row " + name);
    }
}
