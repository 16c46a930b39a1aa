package cn.sandiao.simulation;

import cn.sandiao.common.crypto.PersonalDataCipher;
import cn.sandiao.statistics.BulkCounterWriter;
import cn.sandiao.workflow.BusinessCalendar;
import java.sql.Connection;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Bulk mode: closed historical disputes and petitions over the years before this month, written chunk by chunk in
 * time order with JDBC batches, each chunk committed together with the counters its rows add.
 */
@Component
@Profile(SimulationProfile.NAME)
class SyntheticBulk {

    /** How much busier the last year is than the first (cases grow as the centre becomes known). */
    private static final double GROWTH = 0.5;

    record Result(long cases, long petitions, long rows, Duration took, String timing) {
    }

    private final DataSource dataSource;
    private final JdbcTemplate jdbc;
    private final BulkCounterWriter counterWriter;
    private final PersonalDataCipher cipher;
    private final BusinessCalendar calendar;
    private final SimulationRules rules;

    SyntheticBulk(DataSource dataSource, JdbcTemplate jdbc, BulkCounterWriter counterWriter, PersonalDataCipher cipher,
                  BusinessCalendar calendar, SimulationRules rules) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.counterWriter = counterWriter;
        this.cipher = cipher;
        this.calendar = calendar;
        this.rules = rules;
    }

    /** Whether generated (SIM-numbered) cases or petitions are stored already. */
    boolean hasSyntheticData() {
        return exists("dispute_case", "case_no", SyntheticDisputes.CASE_PREFIX)
                || exists("petition", "petition_no", SyntheticPetitions.PETITION_PREFIX);
    }

    Result run(SyntheticOptions options) throws Exception {
        long started = System.nanoTime();
        YearMonth lastMonth = options.until() != null ? options.until() : YearMonth.from(calendar.today()).minusMonths(1);
        Span span = new Span(lastMonth.minusMonths(Math.max(1, options.years()) * 12L - 1).atDay(1),
                lastMonth.atEndOfMonth());
        SyntheticOrganization org = SyntheticOrganization.load(jdbc, rules, options.townships());
        SyntheticPeople people = new SyntheticPeople(cipher,
                Math.max(1000, Math.min(300_000, (options.cases() + options.petitions()) / 3)), options.seed());
        int threads = Math.max(1, options.threads());
        List<SyntheticIds> ids = SyntheticIds.reserve(jdbc, reservation(options, threads)).split(threads);
        // at least a chunk per month: a chunk's counters are then mostly those of few months, each written once
        int units = Math.max(options.cases(), options.petitions());
        int chunks = Math.max(Math.max(1, options.years()) * 12, (units + options.chunk() - 1) / options.chunk());
        SyntheticProgress progress = new SyntheticProgress(options.cases() + options.petitions());
        AtomicLong cases = new AtomicLong();
        AtomicLong rows = new AtomicLong();
        List<SyntheticWriter> writers = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> parts = new ArrayList<>();
        // each thread a stretch of time of its own: the counters two threads touch at once are few
        for (int t = 0; t < threads; t++) {
            SyntheticWriter writer = new SyntheticWriter(counterWriter);
            writers.add(writer);
            int from = chunks * t / threads;
            int to = chunks * (t + 1) / threads;
            SyntheticDueDates dueDates = new SyntheticDueDates(calendar);
            SyntheticDisputes disputes = new SyntheticDisputes(org, people, ids.get(t), dueDates, rules, span.last());
            SyntheticPetitions petitions = new SyntheticPetitions(org, people, ids.get(t), dueDates, disputes,
                    span.last());
            parts.add(pool.submit(() -> {
                try (Connection connection = dataSource.getConnection()) {
                    connection.setAutoCommit(false);
                    for (int k = from; k < to; k++) {
                        Chunk chunk = new Chunk(options, chunks, k, span);
                        SyntheticBatch batch = new SyntheticBatch();
                        cases.addAndGet(chunk.generate(disputes, petitions, batch));
                        writer.write(connection, batch);
                        progress.done(chunk.units(), rows.addAndGet(batch.size()));
                    }
                }
                return null;
            }));
        }
        pool.shutdown();
        try {
            for (Future<?> part : parts) {
                part.get();
            }
        } catch (ExecutionException e) {
            pool.shutdownNow();
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
        return new Result(cases.get(), options.petitions(), rows.get(), Duration.ofNanos(System.nanoTime() - started),
                writers.stream().map(SyntheticWriter::timing).collect(Collectors.joining("；")));
    }

    /** The generated span: from the first day of the first month to the last day of last month. */
    private record Span(LocalDate first, LocalDate last) {
        long minutes() {
            return Duration.between(first.atStartOfDay(), last.plusDays(1).atStartOfDay()).toMinutes();
        }
    }

    /** The cases and petitions of chunk {@code k}: a stretch of the span, with a random of its own. */
    private record Chunk(SyntheticOptions options, int chunks, int k, Span span) {

        long firstCase() {
            return (long) options.cases() * k / chunks;
        }

        long endCase() {
            return (long) options.cases() * (k + 1) / chunks;
        }

        long firstPetition() {
            return (long) options.petitions() * k / chunks;
        }

        long endPetition() {
            return (long) options.petitions() * (k + 1) / chunks;
        }

        long units() {
            return endCase() - firstCase() + endPetition() - firstPetition();
        }

        /** Generates into {@code batch}; returns the number of dispute cases (petitions may add some). */
        long generate(SyntheticDisputes disputes, SyntheticPetitions petitions, SyntheticBatch batch) {
            SplittableRandom random = new SplittableRandom(options.seed() * 1_000_003L + k);
            long cases = 0;
            for (long i = firstCase(); i < endCase(); i++) {
                disputes.generate(random, moment(span, (i + random.nextDouble()) / options.cases(), random), batch);
                cases++;
            }
            for (long j = firstPetition(); j < endPetition(); j++) {
                LocalDateTime at = moment(span, (j + random.nextDouble()) / options.petitions(), random);
                cases += petitions.generate(random, at.toLocalDate(), batch);
            }
            return cases;
        }
    }

    /**
     * The moment at fraction {@code u} of the span, with cases growing linearly over it (the inverse of its
     * distribution function), on a working hour of that day.
     */
    private static LocalDateTime moment(Span span, double u, SplittableRandom random) {
        double t = (-1 + Math.sqrt(1 + 2 * GROWTH * u * (1 + GROWTH / 2))) / GROWTH;
        LocalDate day = span.first().plusDays((long) (t * span.minutes()) / (24 * 60));
        return day.atTime(8, 30).plusMinutes(random.nextInt(9 * 60));
    }

    /** Ids enough for the worst case of every generated row. */
    private static Map<SyntheticTable, Long> reservation(SyntheticOptions options, int threads) {
        Map<SyntheticTable, Long> reserve = new EnumMap<>(SyntheticTable.class);
        // a thread's share may be one chunk's worth larger than an even split
        long margin = (long) threads * (options.chunk() + 1);
        long cases = (long) options.cases() + options.petitions() + margin;
        long petitions = options.petitions() + margin;
        SyntheticDisputes.MAX_ROWS.forEach((table, n) -> reserve.merge(table, cases * n, Long::sum));
        SyntheticPetitions.MAX_ROWS.forEach((table, n) -> reserve.merge(table, petitions * n, Long::sum));
        return reserve;
    }

    private boolean exists(String table, String column, String prefix) {
        return !jdbc.queryForList("select 1 from " + table + " where " + column + " like ? fetch first 1 rows only",
                prefix + "%").isEmpty();
    }
}
