package cn.sandiao.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.common.ChinaTime;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Counting over the real 2026 holidays of the State Council notice of 2025-11-04. */
class BusinessCalendarTest {

    private final BusinessCalendar calendar = new BusinessCalendar(
            Clock.fixed(Instant.parse("2026-12-04T04:00:00Z"), ChinaTime.ZONE));

    @ParameterizedTest(name = "{0} is a working day: {1}")
    @CsvSource({
            "2026-01-01, false",  // 元旦
            "2026-01-04, true",   // Sunday, 元旦调休上班
            "2026-02-14, true",   // Saturday, 春节调休上班
            "2026-02-18, false",  // 春节, a Wednesday
            "2026-10-07, false",  // 国庆节, a Wednesday
            "2026-10-10, true",   // Saturday, 国庆节调休上班
            "2026-10-11, false",  // an ordinary Sunday
            "2026-11-24, true"})  // an ordinary Tuesday
    void shouldKnowThe2026Schedule(LocalDate day, boolean working) {
        assertThat(calendar.isWorkingDay(day)).isEqualTo(working);
    }

    @ParameterizedTest(name = "triage registered {0} is due {1}")
    @CsvSource({
            "2026-11-24, 2026-11-25",  // Tuesday → Wednesday
            "2026-11-27, 2026-11-30",  // Friday → Monday
            "2026-09-30, 2026-10-08",  // the day before National Day → first working day after it
            "2026-10-09, 2026-10-10",  // Friday → the adjusted working Saturday
            "2026-02-13, 2026-02-14"}) // Friday → the adjusted working Saturday before Spring Festival
    void shouldCountOneWorkingDayForTriage(LocalDate registered, LocalDate due) {
        assertThat(calendar.due(DeadlineRule.TRIAGE, registered)).isEqualTo(due);
    }

    @ParameterizedTest(name = "mediation accepted {0} is due {1}")
    @CsvSource({
            "2026-03-10, 2026-04-10",  // the corresponding day, a Friday
            "2026-09-01, 2026-10-08",  // 10-01 is inside National Day → moves to the first working day
            "2026-01-31, 2026-02-28",  // Jan 31 + 1 month = Feb 28: a Saturday, but 春节调休上班, so it stays
            "2026-04-11, 2026-05-11"}) // 05-11 is a Monday
    void shouldCountOneMonthForPeopleMediation(LocalDate accepted, LocalDate due) {
        assertThat(calendar.due(DeadlineRule.PEOPLE_MEDIATION, accepted)).isEqualTo(due);
    }

    @Test
    void shouldNameEachHolidaySkippedAndEachAdjustedWorkingDayCounted() {
        // 10 working days from Tuesday 2026-09-29: 09-30; 国庆 10-01…10-07 skipped; 10-08, 10-09, Saturday 10-10
        // (调休上班) counted; Sunday 10-11 skipped; 10-12…10-16; Saturday and Sunday skipped; Monday 10-19
        BusinessCalendar.Counting counting = calendar.count(DeadlineRule.TRAFFIC_MEDIATION, LocalDate.of(2026, 9, 29),
                List.of(), 0);
        assertThat(counting.due()).isEqualTo(LocalDate.of(2026, 10, 19));
        assertThat(counting.steps()).contains(
                "国庆节假期2026年10月1日至2026年10月7日为法定节假日，不计入（共7日）",
                "2026年10月10日（星期六）为调休上班日，计入工作日",
                "其间周末3日不计入");
        assertThat(counting.steps()).noneMatch(step -> step.contains("中秋节"));
    }

    @Test
    void shouldCountWeekendsOnlyForAYearWithoutANotice() {
        assertThat(calendar.isComplete(2026)).isTrue();
        assertThat(calendar.isComplete(2030)).isFalse();
        assertThat(calendar.isWorkingDay(LocalDate.of(2030, 1, 1))).isTrue(); // no notice loaded: not known as 元旦
        assertThat(calendar.due(DeadlineRule.TRIAGE, LocalDate.of(2030, 1, 4))).isEqualTo(LocalDate.of(2030, 1, 7));
    }

    @Test
    void shouldNotCountTheWorkingDaysOfAnAssessmentInAMedicalMediation() {
        LocalDate accepted = LocalDate.of(2026, 11, 2);
        assertThat(calendar.due(DeadlineRule.MEDICAL_MEDIATION, accepted)).isEqualTo(LocalDate.of(2026, 12, 14));
        // 鉴定 from Monday 11-09 to Friday 11-13: five working days stand still
        assertThat(calendar.due(DeadlineRule.MEDICAL_MEDIATION, accepted,
                List.of(new Pause(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 13))), 0))
                .isEqualTo(LocalDate.of(2026, 12, 21));
        // a pause over a weekend changes nothing: those days were not counted anyway
        assertThat(calendar.due(DeadlineRule.MEDICAL_MEDIATION, accepted,
                List.of(new Pause(LocalDate.of(2026, 11, 14), LocalDate.of(2026, 11, 15))), 0))
                .isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void shouldAddAnApprovedExtensionAndStillMoveOffAHoliday() {
        LocalDate accepted = LocalDate.of(2026, 9, 16);
        // 15 days end on 10-01, inside National Day: the first working day after it
        assertThat(calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_RULING, accepted)).isEqualTo(LocalDate.of(2026, 10, 8));
        // +10 days: 25 days end on Sunday 10-11 (the day after the adjusted working Saturday) → Monday
        assertThat(calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_RULING, accepted, List.of(), 10))
                .isEqualTo(LocalDate.of(2026, 10, 12));
    }

    @Test
    void shouldMoveAMonthLimitByThePausedDays() {
        assertThat(calendar.due(DeadlineRule.PEOPLE_MEDIATION, LocalDate.of(2026, 3, 10),
                List.of(new Pause(LocalDate.of(2026, 3, 20), LocalDate.of(2026, 3, 22))), 0))
                .isEqualTo(LocalDate.of(2026, 4, 13));
    }

    @Test
    void shouldSayWhichRulesMayPauseOrBeExtended() {
        assertThat(DeadlineRule.MEDICAL_MEDIATION.pausable()).isTrue();
        assertThat(DeadlineRule.PEOPLE_MEDIATION.pausable()).isFalse();
        assertThat(DeadlineRule.JUDICIAL_CONFIRMATION_RULING.extension().maxDays()).isEqualTo(10);
        assertThat(DeadlineRule.COURT_ENTRUSTED_PRE_FILING.extension().allowed()).isTrue();
        assertThat(DeadlineRule.TRAFFIC_MEDIATION.extension().allowed()).isFalse();
    }

    @Test
    void shouldExplainEachStepOfTheCounting() {
        BusinessCalendar.Counting counting = calendar.count(DeadlineRule.JUDICIAL_CONFIRMATION_RULING,
                LocalDate.of(2026, 9, 20), List.of(), 0);

        assertThat(counting.due()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(counting.calendarComplete()).isTrue();
        assertThat(counting.steps()).containsExactly(
                "起算日2026年9月20日不计入，自次日起计算",
                "15日届满日为2026年10月5日",
                "届满日2026年10月5日为国庆节假期，顺延至其后第一个工作日2026年10月8日",
                "期限最后一日为2026年10月8日");
    }

    @Test
    void shouldSayWhenAYearsHolidaysAreNotLoaded() {
        BusinessCalendar.Counting counting = calendar.count(DeadlineRule.LABOUR_MEDIATION,
                LocalDate.of(2026, 12, 28), List.of(), 0);

        assertThat(counting.due()).isEqualTo(LocalDate.of(2027, 1, 12));
        assertThat(counting.calendarComplete()).isFalse();
        assertThat(counting.steps()).anyMatch(step -> step.contains("节假日安排未载入"));
    }
}
