package cn.sandiao.statistics;

import cn.sandiao.organization.Region;
import cn.sandiao.statistics.MonthlyReport.Breakdown;
import cn.sandiao.statistics.MonthlyReport.Disputes;
import cn.sandiao.statistics.MonthlyReport.Petitions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The sentences a county's 工作总结 quotes (受理调解案件N件，调解成功M件，成功率X%；…), written from the period's report
 * and the organisation at its end, so that they say exactly what the report counts. A clause whose figure is nil
 * is left out rather than written as 0 where a reader would not expect it.
 */
@Component
class Narrative {

    /** The sources whose linkage a summary names (警调, 诉调, 访调 对接). */
    private static final Map<String, String> LINKAGES = Map.of("POLICE_REFERRAL", "警调对接",
            "COURT_ENTRUSTED", "诉调对接", "PETITION_TRANSFER", "访调对接");
    private static final List<String> LINKAGE_ORDER = List.of("POLICE_REFERRAL", "COURT_ENTRUSTED", "PETITION_TRANSFER");
    /**
     * How published summaries word each kind of harm prevented, in their order (e.g. 哈尔滨市 2003: "防止可能引起自杀
     * 案件28件30人,防止民转刑案件222件680人,制止群体斗殴386件,制止群众集体上访151件3244人"; docs/statistics.md).
     */
    private static final Map<String, String> PREVENTED = Map.of("SUICIDE", "防止可能引起自杀案件",
            "CIVIL_TO_CRIMINAL", "防止民转刑案件", "GROUP_FIGHT", "制止群体斗殴", "GROUP_PETITION", "制止群众集体上访");
    private static final List<String> PREVENTED_ORDER = List.of("SUICIDE", "CIVIL_TO_CRIMINAL", "GROUP_FIGHT",
            "GROUP_PETITION");

    record Sentences(String from, String to, String label, String region, String regionName, List<String> sentences) {
    }

    private final MonthlyReports reports;
    private final OrganizationFigures organization;

    Narrative(MonthlyReports reports, OrganizationFigures organization) {
        this.reports = reports;
        this.organization = organization;
    }

    Sentences of(Period period, Region region) {
        PeriodReport report = reports.period(period, region);
        List<String> sentences = new ArrayList<>();
        sentences.add(period.label() + "，" + region.getName() + disputes(report.disputes()));
        String screened = screening(report.disputes());
        if (!screened.isEmpty()) {
            sentences.add(screened);
        }
        String prevented = prevented(report.disputes());
        if (!prevented.isEmpty()) {
            sentences.add(prevented);
        }
        sentences.add(petitions(report.petitions()));
        sentences.add(organization.of(period.to(), region).summary());
        return new Sentences(period.from().toString(), period.to().toString(), period.label(), region.getCode(),
                region.getName(), sentences);
    }

    /** 受理调解案件N件，调处M件，调解成功K件，成功率X%；其中警调对接a件、诉调对接b件、访调对接c件。 */
    private static String disputes(Disputes d) {
        StringBuilder text = new StringBuilder("受理调解案件").append(d.registered()).append("件，调处")
                .append(d.mediated()).append("件，调解成功").append(d.succeeded()).append("件");
        if (d.successRate() != null && d.successRate().value() != null) {
            text.append("，调解成功率").append(percent(d.successRate()));
        }
        List<String> linkages = new ArrayList<>();
        for (String source : LINKAGE_ORDER) {
            long registered = bySource(d, source);
            if (registered > 0) {
                linkages.add(LINKAGES.get(source) + registered + "件");
            }
        }
        if (!linkages.isEmpty()) {
            text.append("；其中").append(String.join("、", linkages));
        }
        if (d.onTimeRate() != null && d.onTimeRate().value() != null) {
            text.append("；按期办结率").append(percent(d.onTimeRate()));
        }
        return text.append("。").toString();
    }

    private static long bySource(Disputes d, String source) {
        if (d.bySource() == null) {
            return 0;
        }
        return d.bySource().stream().filter(b -> b.code().equals(source)).map(Breakdown::registered)
                .filter(java.util.Objects::nonNull).mapToLong(Long::longValue).sum();
    }

    /**
     * 开展矛盾纠纷排查N次，排查发现矛盾纠纷M件，预防纠纷c件，其中登记受理a件、当场化解b件。 (as county summaries word it, e.g.
     * "开展矛盾纠纷排查1223次，排查发现矛盾纠纷1305件，预防纠纷785件"); nothing when no round was recorded.
     */
    private static String screening(Disputes d) {
        MonthlyReport.Screening s = d.screening();
        if (s == null || s.rounds() + s.found() == 0) {
            return "";
        }
        StringBuilder text = new StringBuilder("开展矛盾纠纷排查").append(s.rounds()).append("次，排查发现矛盾纠纷")
                .append(s.found()).append("件");
        if (s.prevented() > 0) {
            text.append("，预防纠纷").append(s.prevented()).append("件");
        }
        List<String> parts = new ArrayList<>();
        if (s.registered() > 0) {
            parts.add("登记受理" + s.registered() + "件");
        }
        if (s.settledOnSpot() > 0) {
            parts.add("当场化解" + s.settledOnSpot() + "件");
        }
        if (!parts.isEmpty()) {
            text.append("，其中").append(String.join("、", parts));
        }
        return text.append("。").toString();
    }

    /** 防止民转刑案件a件b人，防止群体性械斗…: the kinds that happened. */
    private static String prevented(Disputes d) {
        if (d.preventions() == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (String kind : PREVENTED_ORDER) {
            d.preventions().stream().filter(p -> p.code().equals(kind) && p.cases() > 0).findFirst()
                    .ifPresent(p -> parts.add(PREVENTED.get(kind) + p.cases() + "件" + p.people() + "人"));
        }
        return parts.isEmpty() ? "" : String.join("，", parts) + "。";
    }

    /** 受理信访事项N件，办结M件，按期办结率X%，群众满意率Y%。 */
    private static String petitions(Petitions p) {
        StringBuilder text = new StringBuilder("登记信访事项").append(p.received()).append("件，受理")
                .append(p.accepted()).append("件，办结").append(p.closed()).append("件");
        if (p.onTimeClosureRate() != null && p.onTimeClosureRate().value() != null) {
            text.append("，按期办结率").append(percent(p.onTimeClosureRate()));
        }
        if (p.satisfactionRate() != null && p.satisfactionRate().value() != null) {
            text.append("，满意率").append(percent(p.satisfactionRate()));
        }
        return text.append("。").toString();
    }

    /** The report's own rate (two decimals, trailing zeros dropped): 97.6%, 100%. */
    private static String percent(Rate rate) {
        return rate.value().stripTrailingZeros().toPlainString() + "%";
    }
}
