package cn.sandiao.simulation;

import cn.sandiao.statistics.BulkCounts;
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
    private final BulkCounts counters = new BulkCounts();
    private int size;

    /** Adds a row; {@code region} is the region of the case or petition it belongs to. */
    void add(SyntheticTable table, Map<String, Object> row, String region) {
        rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
        size++;
        if (table.entity != null) {
            counters.add(table.entity, row, region);
        }
    }

    List<Map<String, Object>> rows(SyntheticTable table) {
        return rows.getOrDefault(table, List.of());
    }

    BulkCounts counters() {
        return counters;
    }

    int size() {
        return size;
    }
}
