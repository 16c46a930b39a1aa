package cn.sandiao.simulation;

import cn.sandiao.common.ChinaTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of one generated case or petition, held back until it is complete: a history that would run past the
 * generated span is generated again shorter, and only the final rows go into the chunk.
 */
final class SyntheticRows {

    private record Pending(SyntheticTable table, Map<String, Object> row) {
    }

    private final List<Pending> rows = new ArrayList<>();

    Map<String, Object> add(SyntheticTable table, Object... propertiesAndValues) {
        Map<String, Object> row = new HashMap<>();
        for (int i = 0; i < propertiesAndValues.length; i += 2) {
            row.put((String) propertiesAndValues[i], propertiesAndValues[i + 1]);
        }
        rows.add(new Pending(table, row));
        return row;
    }

    void clear() {
        rows.clear();
    }

    /** Moves the rows into the chunk, counted in {@code region} (the case's or petition's). */
    void into(SyntheticBatch batch, String region) {
        for (Pending pending : rows) {
            batch.add(pending.table(), pending.row(), region);
        }
        rows.clear();
    }

    static Instant instant(LocalDateTime chinaTime) {
        return chinaTime.atZone(ChinaTime.ZONE).toInstant();
    }
}
