package cn.sandiao.statistics;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.statistics.MonthlyReport.Breakdown;
import cn.sandiao.statistics.MonthlyReport.Disputes;
import cn.sandiao.statistics.MonthlyReport.Petitions;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The report as tables with Chinese headings and names (no codes), times in China's time, one per section, for the CSV and the workbook alike. A cell is text,
 * a number or a {@link Rate}; a rate column is written as the rate and, beside it, its numerator and denominator.
 */
final class ReportTables {

    record Table(String title, List<String> headings, List<List<Object>> rows) {
    }

    private static final DateTimeFormatter CHINA_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ChinaTime.ZONE);

    private ReportTables() {
    }

    static List<Table> of(MonthlyReport report) {
        Disputes d = report.disputes();
        Petitions p = report.petitions();
        List<Table> tables = new ArrayList<>();
        tables.add(new Table("说明", List.of("项目", "内容"), List.of(
                List.of("月份", chineseMonth(report.month())),
                List.of("地区", report.region().name() + "（" + report.region().code() + "）"),
                List.of("版本", "snapshot".equals(report.version()) ? "已封存（第" + report.snapshotVersion() + "版）" : "实时"),
                List.of("生成时间", chinaTime(report.generatedAt())),
                List.of("口径", "调解率=调处数/(受理数-不予受理数)；调解成功率=成功数/调处数；按期办结率=期限内结案数/结案数；"
                        + "比率为百分数，四舍五入保留两位小数，分母为0时为空；本年累计为1月至本月，件数相加，比率按累计分子分母重算"))));
        MonthlyReport.YearToDate year = report.yearToDate();
        tables.add(figures("纠纷调解概况", disputeFigures(d), year == null ? null : disputeFigures(year.disputes())));
        if (d.preventions() != null) { // none in a snapshot filed before they were counted
            tables.add(preventions(d, year));
        }
        if (d.screening() != null) { // none in a snapshot filed before rounds were counted
            tables.add(figures("矛盾纠纷排查", screeningFigures(d.screening()),
                    year == null || year.disputes().screening() == null ? null
                            : screeningFigures(year.disputes().screening())));
        }
        tables.add(new Table("阶段用时", List.of("阶段", "渠道", "结案件数", "平均天数", "中位数（天）", "第90百分位数（天）"),
                d.stageDurations().stream().map(s -> Arrays.<Object>asList(s.stageName(), s.channelName(), s.cases(),
                        s.averageDays(), s.medianDays(), s.p90Days())).toList()));
        tables.add(breakdown("按纠纷类型", "纠纷类型", d.byType(), b -> Arrays.asList(b.registered(), b.mediated(),
                b.succeeded(), b.successRate()), "受理数", "调处数", "调解成功数", "调解成功率"));
        tables.add(breakdown("按案件来源", "来源", d.bySource() == null ? List.of() : d.bySource(),
                b -> Arrays.asList(b.registered(), b.mediated(), b.succeeded(), b.successRate()),
                "受理数", "调处数", "调解成功数", "调解成功率"));
        if (d.courtEntrusted() != null) { // none in a snapshot filed before they were counted
            tables.add(figures("法院委派委托调解", courtFigures(d.courtEntrusted()),
                    year == null || year.disputes().courtEntrusted() == null ? null
                            : courtFigures(year.disputes().courtEntrusted())));
        }
        tables.add(breakdown("按调解渠道", "渠道", d.byChannel(), b -> Arrays.asList(b.mediated(), b.succeeded(),
                b.successRate()), "调处数", "调解成功数", "调解成功率"));
        tables.add(breakdown("按调委会（部门）", "调委会（部门）", d.byCommittee(), b -> Arrays.asList(b.mediated(),
                b.succeeded(), b.successRate()), "调解结束件数", "调解成功件数", "调解成功率"));
        tables.add(breakdown("按调解员", "调解员", d.byMediator(), b -> Arrays.asList(b.mediated(), b.succeeded(),
                b.successRate()), "调解结束件数", "调解成功件数", "调解成功率"));
        tables.add(breakdown("按地区", "地区", d.byRegion(), b -> Arrays.asList(b.registered(), b.declined(), b.mediated(),
                b.succeeded(), b.mediationRate(), b.successRate()), "受理数", "不予受理数", "调处数", "调解成功数",
                "调解率", "调解成功率"));
        tables.add(new Table("升级流转", List.of("从", "到", "件数"), d.escalations().stream()
                .map(e -> Arrays.<Object>asList(e.fromName(), e.toName(), e.count())).toList()));
        tables.add(figures("信访", petitionFigures(p), year == null ? null : petitionFigures(year.petitions())));
        return tables;
    }

    private static List<List<Object>> disputeFigures(Disputes d) {
        return List.of(row("受理数", d.registered()), row("不予受理数", d.declined()), row("调处数", d.mediated()),
                row("调解成功数", d.succeeded()), row("撤回数", d.withdrawn()), row("结案数", d.closed()),
                row("调解率", d.mediationRate()), row("调解成功率", d.successRate()), row("按期办结率", d.onTimeRate()),
                row("平均办理天数", d.averageDays()),
                row("司法确认受理数", d.judicialConfirmations().applied()),
                row("司法确认裁定有效数", d.judicialConfirmations().confirmed()),
                row("司法确认驳回数", d.judicialConfirmations().rejected()),
                row("回访-已全部履行", d.followUps().fully()), row("回访-部分履行", d.followUps().partly()),
                row("回访-未履行", d.followUps().not()),
                row("涉案金额（元）", d.amounts().involved()), row("涉及金额的案件数", d.amounts().casesWithAmount()),
                row("调解协议金额（元）", d.amounts().agreed()),
                row("重大-非正常死亡", d.majorCases().abnormalDeath()),
                row("重大-金额50万元以上", d.majorCases().amountOver500k()),
                row("重大-群体性（5人以上）", d.majorCases().group()),
                row("重大-重复越级", d.majorCases().repeatedEscalation()),
                row("重大-非正常死亡-调处数", major(d, true).abnormalDeath()),
                row("重大-金额50万元以上-调处数", major(d, true).amountOver500k()),
                row("重大-群体性（5人以上）-调处数", major(d, true).group()),
                row("重大-重复越级-调处数", major(d, true).repeatedEscalation()),
                row("重大-非正常死亡-调解成功数", major(d, false).abnormalDeath()),
                row("重大-金额50万元以上-调解成功数", major(d, false).amountOver500k()),
                row("重大-群体性（5人以上）-调解成功数", major(d, false).group()),
                row("重大-重复越级-调解成功数", major(d, false).repeatedEscalation()));
    }

    private static List<List<Object>> petitionFigures(Petitions p) {
        List<List<Object>> petitions = new ArrayList<>(List.of(row("信访受理登记数（不含重复信访）", p.received())));
        p.receivedByForm().forEach(c -> petitions.add(row("其中" + c.name(), c.count())));
        p.receivedByCategory().forEach(c -> petitions.add(row("其中" + c.name(), c.count())));
        petitions.addAll(List.of(row("重复信访数", p.repeat()), row("受理数", p.accepted()),
                row("及时受理率", p.timelyAcceptanceRate()), row("办结数", p.closed()),
                row("按期办结率", p.onTimeClosureRate()), row("延期办理数", p.extended()), row("参评数", p.evaluated()),
                row("参评率", p.participationRate()), row("满意（含基本满意）数", p.satisfied()),
                row("满意率", p.satisfactionRate()), row("申请复查数", p.reviewRequested()),
                row("申请复核数", p.reReviewRequested()), row("访调对接转调解数", p.transferredToMediation()),
                row("积案数（月末超期未办结）", p.backlog())));
        return petitions;
    }

    /** 开展矛盾纠纷排查…次，排查发现矛盾纠纷…件: rounds by kind, disputes found by what became of them. */
    private static List<List<Object>> screeningFigures(MonthlyReport.Screening s) {
        List<List<Object>> rows = new ArrayList<>(List.of(row("开展矛盾纠纷排查（次）", s.rounds())));
        s.roundsByKind().forEach(kind -> rows.add(row("其中" + kind.name() + "（次）", kind.count())));
        rows.addAll(List.of(row("排查发现矛盾纠纷（件）", s.found()), row("其中登记受理（件）", s.registered()),
                row("其中当场化解（件）", s.settledOnSpot()), row("其中预防纠纷（件）", s.prevented())));
        return rows;
    }

    /** 委派 and 委托 as the court counts them: received, mediated, settled, failed, withdrawn and the success rate. */
    private static List<List<Object>> courtFigures(List<MonthlyReport.CourtHandled> kinds) {
        List<List<Object>> rows = new ArrayList<>();
        for (MonthlyReport.CourtHandled k : kinds) {
            rows.addAll(List.of(row(k.name() + "受理（件）", k.received()), row(k.name() + "调处（件）", k.mediated()),
                    row(k.name() + "调解成功（件）", k.succeeded()), row(k.name() + "调解不成（件）", k.failed()),
                    row(k.name() + "撤回（件）", k.withdrawn()), row(k.name() + "调解成功率", k.successRate())));
        }
        return rows;
    }

    /** Harm prevented by kind; the year to date beside it when the report has one. */
    private static Table preventions(Disputes d, MonthlyReport.YearToDate year) {
        Map<String, MonthlyReport.Prevented> ofYear = new LinkedHashMap<>();
        if (year != null && year.disputes().preventions() != null) {
            year.disputes().preventions().forEach(kind -> ofYear.put(kind.code(), kind));
        }
        List<String> headings = year == null ? List.of("类别", "件数", "人数")
                : List.of("类别", "件数", "人数", "本年累计件数", "本年累计人数");
        return new Table("防止事项", headings, d.preventions().stream().map(kind -> {
            List<Object> cells = new ArrayList<>(Arrays.<Object>asList(kind.name(), kind.cases(), kind.people()));
            if (year != null) {
                MonthlyReport.Prevented total = ofYear.get(kind.code());
                cells.addAll(Arrays.asList(total == null ? null : total.cases(), total == null ? null : total.people()));
            }
            return cells;
        }).toList());
    }

    /** 2026-12-04 20:20:06, China's wall-clock time to the second (not UTC, no fractions): what a reader expects. */
    static String chinaTime(Instant instant) {
        return instant == null ? "" : CHINA_TIME.format(instant);
    }

    /** 2026-12 → 2026年12月. */
    static String chineseMonth(String yearMonth) {
        java.time.YearMonth month = java.time.YearMonth.parse(yearMonth);
        return month.getYear() + "年" + month.getMonthValue() + "月";
    }

    /** A figure; a rate with its numerator and denominator beside it. */
    /** The 重大 cases mediated ({@code mediated}) or settled; none in a snapshot filed before they were counted. */
    private static MonthlyReport.MajorCounts major(MonthlyReport.Disputes d, boolean mediated) {
        MonthlyReport.MajorCounts counts = mediated ? d.majorCases().mediated() : d.majorCases().succeeded();
        return counts == null ? new MonthlyReport.MajorCounts(0, 0, 0, 0) : counts;
    }

    private static List<Object> row(String name, Object value) {
        return value instanceof Rate rate ? Arrays.asList(name, rate, rate.numerator(), rate.denominator())
                : Arrays.asList(name, value, null, null);
    }

    /**
     * Figures of the month, and beside each the year to date (matched by the figure's name) when {@code year} is
     * given.
     */
    private static Table figures(String title, List<List<Object>> rows, List<List<Object>> year) {
        if (year == null) {
            return new Table(title, List.of("指标", "数值（比率为%）", "分子", "分母"), rows);
        }
        Map<Object, List<Object>> yearByName = new LinkedHashMap<>();
        year.forEach(row -> yearByName.put(row.get(0), row));
        List<List<Object>> both = new ArrayList<>();
        for (List<Object> row : rows) {
            List<Object> cells = new ArrayList<>(row);
            List<Object> total = yearByName.remove(row.get(0));
            cells.addAll(total == null ? Arrays.asList(null, null, null) : total.subList(1, 4));
            both.add(cells);
        }
        yearByName.values().forEach(total -> { // e.g. a petition form seen earlier in the year, not this month
            List<Object> cells = new ArrayList<>(Arrays.asList(total.get(0), null, null, null));
            cells.addAll(total.subList(1, 4));
            both.add(cells);
        });
        return new Table(title, List.of("指标", "本月数值（比率为%）", "本月分子", "本月分母", "本年累计（比率为%）",
                "累计分子", "累计分母"), both);
    }

    private static Table breakdown(String title, String what, List<Breakdown> rows,
                                   Function<Breakdown, List<Object>> figures, String... headings) {
        List<String> all = new ArrayList<>(List.of(what));
        for (String heading : headings) {
            all.addAll(heading.endsWith("率") ? List.of(heading + "（%）", heading + "分子", heading + "分母")
                    : List.of(heading));
        }
        return new Table(title, all, rows.stream().map(b -> {
            List<Object> cells = new ArrayList<>(Arrays.asList(b.name()));
            for (Object figure : figures.apply(b)) {
                if (figure instanceof Rate rate) {
                    cells.addAll(Arrays.asList(rate, rate.numerator(), rate.denominator()));
                } else {
                    cells.add(figure);
                }
            }
            return (List<Object>) cells;
        }).toList());
    }
}
