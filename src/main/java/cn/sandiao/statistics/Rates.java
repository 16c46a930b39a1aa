package cn.sandiao.statistics;

/** The reported rates (docs/statistics.md: how each figure is counted), each defined once: the report, its
 * breakdowns and the trend all take them from here. */
final class Rates {

    private Rates() {
    }

    /** 调解率 = mediated / (registered − declined). */
    static Rate mediation(long registered, long declined, long mediated) {
        return Rate.of(mediated, registered - declined);
    }

    /** 调解成功率 = succeeded / mediated. */
    static Rate success(long succeeded, long mediated) {
        return Rate.of(succeeded, mediated);
    }

    static Rate mediation(Tally tally) {
        return mediation(tally.count(Metric.REGISTERED), tally.count(Metric.DECLINED), tally.count(Metric.MEDIATED));
    }

    static Rate success(Tally tally) {
        return success(tally.count(Metric.SUCCEEDED), tally.count(Metric.MEDIATED));
    }

    /** 按期办结率 of disputes = closed within their limit / closed. */
    static Rate onTime(Tally tally) {
        return Rate.of(tally.count(Metric.ON_TIME), tally.count(Metric.CLOSED));
    }

    /** 及时受理率 = accepted within 15 days / accepted. */
    static Rate timelyAcceptance(Tally tally) {
        return Rate.of(tally.count(Metric.ACCEPTED_TIMELY), tally.count(Metric.ACCEPTED));
    }

    /** 按期办结率 of petitions = answered by the handling limit / answered, of those that have one. */
    static Rate onTimeClosure(Tally tally) {
        return Rate.of(tally.count(Metric.REPLIED_ON_TIME), tally.count(Metric.REPLIED_WITH_LIMIT));
    }

    /** 参评率 = evaluated / first petitions answered. */
    static Rate participation(Tally tally) {
        return Rate.of(tally.count(Metric.EVALUATED), tally.count(Metric.EVALUATION_SCOPE));
    }

    /** 满意率 = (满意 + 基本满意) / evaluated. */
    static Rate satisfaction(Tally tally) {
        return Rate.of(tally.count(Metric.SATISFIED), tally.count(Metric.EVALUATED));
    }
}
