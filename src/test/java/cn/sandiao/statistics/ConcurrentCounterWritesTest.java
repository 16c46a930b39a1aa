package cn.sandiao.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.statistics.CounterDelta.Owner;
import cn.sandiao.support.IntegrationTest;
import java.math.BigDecimal;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Many transactions adding to the same counters at once, many of them new as at a month's start: none may wait on
 * another until the lock timeout or lose a deadlock, and no change may be lost. Each round is a month of its own
 * (far in the future, removed afterwards) so that its counters do not exist yet, and the writers start it together.
 */
@IntegrationTest
class ConcurrentCounterWritesTest {

    private static final int WRITERS = 6;
    private static final int ROUNDS = 150;
    private static final int FIRST_MONTH = 300_000;
    private static final List<String> DIMS = List.of("a", "b", "c", "d", "e", "f", "g", "h");

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired CounterWriter writer;
    @Autowired RegionTree regions;

    @AfterEach
    void removeTheTestsMonths() {
        jdbc.update("delete from stat_counter where month_key >= ?", FIRST_MONTH);
    }

    @Test
    void shouldAddEveryConcurrentChangeWithoutWaitingOnEachOther() throws Exception {
        String village = jdbc.queryForObject(
                "select min(code) from region where parent_code is not null", String.class);
        Map<String, AtomicLong> expected = new ConcurrentHashMap<>();
        CyclicBarrier together = new CyclicBarrier(WRITERS);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        List<Throwable> failures = new ArrayList<>();
        try {
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                Random random = new Random(w);
                writers.add(pool.submit(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        together.await(60, TimeUnit.SECONDS);
                        // the first transaction of a round finds its counters new, the second mostly not
                        for (int transaction = 0; transaction < 2; transaction++) {
                            List<CounterDelta> deltas = someChanges(random, FIRST_MONTH + round, village);
                            try (Connection connection = dataSource.getConnection()) {
                                connection.setAutoCommit(false);
                                writer.write(connection, deltas);
                                connection.commit();
                            }
                            for (CounterDelta delta : deltas) {
                                for (String region : regions.selfAndAncestors(village)) {
                                    expected.computeIfAbsent(delta.month() + "/" + region + "/" + delta.dim(),
                                            key -> new AtomicLong()).addAndGet(delta.count());
                                }
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> each : writers) {
                try {
                    each.get(10, TimeUnit.MINUTES);
                } catch (ExecutionException e) {
                    failures.add(e.getCause());
                }
            }
        } finally {
            pool.shutdownNow();
        }
        // the writer that waited out the lock timeout first, then the others whose round it broke
        assertThat(failures).filteredOn(failure -> !(failure instanceof BrokenBarrierException)).isEmpty();
        assertThat(failures).isEmpty();
        Map<String, Long> stored = new HashMap<>();
        jdbc.query("select month_key, region_code, dim, sum(cnt) from stat_counter where month_key >= ?"
                + " group by month_key, region_code, dim", rs -> {
            stored.put(rs.getInt(1) + "/" + rs.getString(2) + "/" + rs.getString(3), rs.getLong(4));
        }, FIRST_MONTH);
        Map<String, Long> added = new HashMap<>();
        expected.forEach((key, count) -> added.put(key, count.get()));
        assertThat(stored).isEqualTo(added);
    }

    /** A transaction's changes: some of the dimensions, each in a slot of its own, given in no order. */
    private static List<CounterDelta> someChanges(Random random, int month, String region) {
        List<String> dims = new ArrayList<>(DIMS);
        Collections.shuffle(dims, random);
        List<CounterDelta> deltas = new ArrayList<>();
        for (String dim : dims.subList(0, 2 + random.nextInt(DIMS.size() - 2))) {
            deltas.add(new CounterDelta(month, region, Owner.SELF, 0, Metric.REGISTERED, dim,
                    random.nextInt(2), 1 + random.nextInt(3), BigDecimal.ZERO));
        }
        return deltas;
    }
}
