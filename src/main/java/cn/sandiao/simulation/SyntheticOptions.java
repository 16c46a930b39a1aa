package cn.sandiao.simulation;

import java.time.YearMonth;
import org.springframework.core.env.Environment;

/**
 * What the synthetic data generator is asked to do ({@code --generate.*} on the command line). Nothing is generated
 * unless cases or petitions are asked for.
 */
record SyntheticOptions(Mode mode, int cases, int petitions, int years, YearMonth until, int live, long seed,
                        boolean append, boolean exit, int townships, int threads, int chunk) {

    enum Mode { BULK, PROCESSES }

    static SyntheticOptions from(Environment env) {
        Mode mode = "processes".equalsIgnoreCase(env.getProperty("generate.mode", "bulk")) ? Mode.PROCESSES : Mode.BULK;
        return new SyntheticOptions(mode,
                env.getProperty("generate.cases", Integer.class, 0),
                env.getProperty("generate.petitions", Integer.class, 0),
                env.getProperty("generate.years", Integer.class, 10),
                until(env.getProperty("generate.until")),
                env.getProperty("generate.live", Integer.class, 300),
                env.getProperty("generate.seed", Long.class, 42L),
                env.getProperty("generate.append", Boolean.class, false),
                env.getProperty("generate.exit", Boolean.class, false),
                env.getProperty("generate.townships", Integer.class, 4),
                env.getProperty("generate.threads", Integer.class, 2),
                env.getProperty("generate.chunk", Integer.class, 10_000));
    }

    /** For tests and callers that build their own request. */
    static SyntheticOptions bulk(int cases, int petitions, int years, int live, long seed, int townships) {
        return new SyntheticOptions(Mode.BULK, cases, petitions, years, null, live, seed, true, false, townships, 2,
                10_000);
    }

    /** The last month generated: {@code generate.until=YYYY-MM}; none given: the month before this one. */
    private static YearMonth until(String value) {
        return value == null || value.isBlank() ? null : YearMonth.parse(value.strip());
    }

    boolean requested() {
        return cases > 0 || petitions > 0;
    }
}
