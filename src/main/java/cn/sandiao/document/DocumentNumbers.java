package cn.sandiao.document;

import cn.sandiao.dispute.CaseNumbers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers people's mediation papers per year, （2026）和人调字第12号: the county's prefix, then one series a year for
 * all its papers. The counter is the case numbers' (one yearly counter that never repeats, locked per issue);
 * a reissued document keeps its number.
 */
@Component
class DocumentNumbers {

    /** The counter's key (the case numbers use TJ and XF). */
    static final String SERIES = "RTZ";

    private final CaseNumbers counters;
    private final DocumentProperties properties;

    DocumentNumbers(CaseNumbers counters, DocumentProperties properties) {
        this.counters = counters;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    String next(int year) {
        long value = counters.nextValue(SERIES, year);
        return "（%d）%s人调字第%d号".formatted(year, properties.numberPrefix(), value);
    }
}
