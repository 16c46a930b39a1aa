package cn.sandiao.statistics;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.organization.CommitteeKind;
import cn.sandiao.organization.OrganizationCensus;
import cn.sandiao.organization.Region;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The organisation's figures a report ends with (人民调解组织、人民调解员、培训): at the end of a month (or today, for
 * the month under way), with the month's training and the year's to date, and the sentence a 工作总结 quotes.
 */
@Component
class OrganizationFigures {

    private final OrganizationCensus census;
    private final Clock clock;

    OrganizationFigures(OrganizationCensus census, Clock clock) {
        this.census = census;
        this.clock = clock;
    }

    Figures of(YearMonth month, Region region) {
        LocalDate today = ChinaTime.today(clock);
        if (month.isAfter(YearMonth.from(today))) {
            throw new InvalidInputException("month", "月份不能晚于本月：" + month);
        }
        LocalDate asOf = month.equals(YearMonth.from(today)) ? today : month.atEndOfMonth();
        OrganizationCensus.Census inMonth = census.of(region.getCode(), asOf, month.atDay(1));
        OrganizationCensus.Training yearToDate = census.of(region.getCode(), asOf, month.atDay(1).withDayOfYear(1))
                .training();
        List<KindCount> kinds = new ArrayList<>();
        inMonth.committeesByKind().forEach((kind, count) -> kinds.add(new KindCount(kind, kind.label(), count)));
        return new Figures(month.toString(), region.getCode(), region.getName(), asOf.toString(),
                inMonth.committees(), kinds, inMonth.professionalByField(), inMonth.mediators(),
                inMonth.fullTimeMediators(), inMonth.partTimeMediators(), inMonth.training(), yearToDate,
                inMonth.experts(), sentence(region, inMonth, yearToDate));
    }

    /** 人民调解委员会N个，其中…；人民调解员M人，其中专职k人、兼职j人；本年…: only what there is. */
    private static String sentence(Region region, OrganizationCensus.Census census,
                                   OrganizationCensus.Training yearToDate) {
        List<String> parts = new ArrayList<>();
        census.committeesByKind().forEach((kind, count) -> {
            if (kind == CommitteeKind.PROFESSIONAL && !census.professionalByField().isEmpty()) {
                List<String> fields = new ArrayList<>();
                census.professionalByField().forEach((field, n) -> fields.add(field + n + "个"));
                parts.add(kind.label() + count + "个（" + String.join("、", fields) + "）");
            } else {
                parts.add(kind.label() + count + "个");
            }
        });
        StringBuilder text = new StringBuilder(region.getName()).append("共有人民调解组织")
                .append(census.committees()).append("个");
        if (!parts.isEmpty()) {
            text.append("，其中").append(String.join("、", parts));
        }
        text.append("；人民调解员").append(census.mediators()).append("人，其中专职").append(census.fullTimeMediators())
                .append("人、兼职").append(census.partTimeMediators()).append("人");
        if (census.mediators() > census.fullTimeMediators() + census.partTimeMediators()) {
            text.append("（另有").append(census.mediators() - census.fullTimeMediators() - census.partTimeMediators())
                    .append("人未登记专兼职）");
        }
        text.append("；本年开展调解员培训").append(yearToDate.sessions()).append("场次、")
                .append(yearToDate.attendances()).append("人次、").append(plain(yearToDate.personHours()))
                .append("学时；人民调解专家库专家").append(census.experts()).append("人。");
        return text.toString();
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    record KindCount(CommitteeKind kind, String label, int count) {
    }

    record Figures(String month, String region, String regionName, String asOf, int committees,
                   List<KindCount> committeesByKind, Map<String, Integer> professionalByField, int mediators,
                   int fullTimeMediators, int partTimeMediators, OrganizationCensus.Training trainingInMonth,
                   OrganizationCensus.Training trainingYearToDate, int experts, String summary) {
    }
}
