package cn.sandiao.document;

import cn.sandiao.dispute.CaseNumbers;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Numbers people's mediation papers per year, （2026）和人调字第12号: the county's prefix, then one series a year for
 * all its papers. The counter is the case numbers' (one yearly counter that never repeats, locked per issue);
 * a reissued document keeps its number. A petition's notices and opinions count in a series of their own
 * ({@link #nextPetition}).
 */
@Component
class DocumentNumbers {

    /** The counter's key (the case numbers use TJ and XF). */
    static final String SERIES = "RTZ";
    /** A petition's papers' own yearly series: the 信访 office issues them, not a mediation committee. */
    static final String PETITION_SERIES = "XFZ";

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

    /** A petition paper's number, （2026）和信访字第3号: one series a year for all of the office's notices and opinions. */
    @Transactional(propagation = Propagation.MANDATORY)
    String nextPetition(int year) {
        long value = counters.nextValue(PETITION_SERIES, year);
        return "（%d）%s信访字第%d号".formatted(year, properties.numberPrefix(), value);
    }
}
