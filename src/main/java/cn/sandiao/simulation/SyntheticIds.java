package cn.sandiao.simulation;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Ids for generated rows, taken from a block reserved above every existing id: the table's identity is moved past
 * the block first, so the application's own inserts (a timer firing, a live registration) never collide with
 * ours, and the generator needs no generated keys back from its batches. Unused ids of the block stay gaps.
 */
final class SyntheticIds {

    private final Map<SyntheticTable, long[]> next = new EnumMap<>(SyntheticTable.class);

    /** Reserves {@code perTable} ids of each table. */
    static SyntheticIds reserve(JdbcTemplate jdbc, Map<SyntheticTable, Long> perTable) {
        SyntheticIds ids = new SyntheticIds();
        perTable.forEach((table, count) -> {
            Long max = jdbc.queryForObject("select coalesce(max(id), 0) from " + table.table, Long.class);
            long first = (max == null ? 0 : max) + 1;
            jdbc.execute("alter table " + table.table + " alter column id restart with " + (first + count + 1));
            ids.next.put(table, new long[] {first, first + count});
        });
        return ids;
    }

    /** The reserved block cut into {@code parts} blocks, one per thread. */
    List<SyntheticIds> split(int parts) {
        List<SyntheticIds> split = new ArrayList<>();
        for (int p = 0; p < parts; p++) {
            SyntheticIds part = new SyntheticIds();
            for (Map.Entry<SyntheticTable, long[]> e : next.entrySet()) {
                long first = e.getValue()[0];
                long size = e.getValue()[1] - first;
                part.next.put(e.getKey(), new long[] {first + size * p / parts, first + size * (p + 1) / parts});
            }
            split.add(part);
        }
        return split;
    }

    long next(SyntheticTable table) {
        long[] range = next.get(table);
        if (range[0] >= range[1]) {
            throw new IllegalStateException("reserved ids of " + table.table + " used up");
        }
        return range[0]++;
    }

    /** Where every table stands, to go back to when a case is generated again. */
    Map<SyntheticTable, Long> mark() {
        Map<SyntheticTable, Long> mark = new EnumMap<>(SyntheticTable.class);
        next.forEach((table, range) -> mark.put(table, range[0]));
        return mark;
    }

    void reset(Map<SyntheticTable, Long> mark) {
        mark.forEach((table, at) -> next.get(table)[0] = at);
    }
}
