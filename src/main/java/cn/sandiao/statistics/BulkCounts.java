package cn.sandiao.statistics;

import cn.sandiao.statistics.CounterDelta.Owner;
import java.util.Map;

/**
 * What rows written in bulk, outside JPA (the synthetic data generator), add to the counters: each row counted as
 * the listener would count it if it were saved, by the one definition in {@link Counting}. Written with
 * {@link BulkCounterWriter} on the connection, and in the transaction, of the rows.
 */
public final class BulkCounts {

    private final CounterSums sums = new CounterSums();

    /** Whether rows of {@code entity} count towards any figure (others need not be added). */
    public static boolean counted(Class<?> entity) {
        return entity != null && Counting.counts(entity);
    }

    /**
     * Adds a row of a counted entity, by its Java property names; {@code region} is the region of the case or
     * petition it belongs to (a mediation, a notice… has none of its own).
     */
    public void add(Class<?> entity, Map<String, Object> row, String region) {
        if (!counted(entity)) {
            throw new IllegalArgumentException("no figure counts rows of " + entity);
        }
        for (CounterDelta delta : Counting.of(entity, new FactRow(row))) {
            sums.add(delta.owner() == Owner.SELF ? delta : delta.inRegion(region));
        }
    }

    /** How many counters change. */
    public int size() {
        return sums.size();
    }

    CounterSums sums() {
        return sums;
    }
}
