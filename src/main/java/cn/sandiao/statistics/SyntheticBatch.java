package cn.sandiao.statistics;

import cn.sandiao.statistics.CounterDelta.Owner;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one chunk, per table, and what they count: each counted row's deltas are summed as it is added, in
 * the region of the case or petition it belongs to, exactly as the listener would count the row if it were saved.
 */
final class SyntheticBatch {

    private final Map<SyntheticTable, List<Map<String, Object>>> rows = new EnumMap<>(SyntheticTable.class);
    private final CounterSums counters = new CounterSums();
    private int size;

    /** Adds a row; {@code region} is the region of the case or petition it belongs to. */
    void add(SyntheticTable table, Map<String, Object> row, String region) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        size++;
        if (table.entity != null) {
            for (CounterDelta delta : Counting.of(table.entity, new FactRow(row))) {
                counters.add(delta.owner() == Owner.SELF ? delta : delta.inRegion(region));
            }
        }
    }

    List<Map<String, Object>> rows(SyntheticTable table) {
        return rows.getOrDefault(table, List.of());
    }

    CounterSums counters() {
        return counters;
    }

    int size() {
        return size;
    }
}
