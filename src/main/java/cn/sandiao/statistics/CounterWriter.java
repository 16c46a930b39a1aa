package cn.sandiao.statistics;

import cn.sandiao.statistics.CounterDelta.CounterKey;
import cn.sandiao.statistics.CounterDelta.Owner;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Adds counter changes to stat_counter on a given connection: each change counted in its region and in every
 * region above it (a report then reads its own region's rows only), summed per counter, in key order.
 */
@Component
class CounterWriter {

    private static final String POSTGRES_UPSERT = """
            insert into stat_counter (month_key, region_code, metric, dim, slot, cnt, total) values (?, ?, ?, ?, ?, ?, ?)
            on conflict (month_key, region_code, metric, dim, slot)
            do update set cnt = stat_counter.cnt + excluded.cnt, total = stat_counter.total + excluded.total""";
    private static final String UPDATE = """
            update stat_counter set cnt = cnt + ?, total = total + ?
             where month_key = ? and region_code = ? and metric = ? and dim = ? and slot = ?""";
    private static final String INSERT = """
            insert into stat_counter (month_key, region_code, metric, dim, slot, cnt, total) values (?, ?, ?, ?, ?, ?, ?)""";
    private static final String EXISTS = """
            select 1 from stat_counter where month_key = ? and region_code = ? and metric = ? and dim = ? and slot = ?""";
    /** More counters seen than a county's few months of work make: forgotten, and found again as they are used. */
    private static final int EXISTING_KEPT = 100_000;

    private final RegionTree regions;
    /** Counters seen committed on H2. Only a recount removes counters; an update then finds no row. */
    private final Set<CounterKey> existing = ConcurrentHashMap.newKeySet();

    CounterWriter(RegionTree regions) {
        this.regions = regions;
    }

    /**
     * Adds the changes of one transaction of the application, finding the region of those counted for a case or
     * petition; spread over the slots, as other transactions change the same counters at the same time.
     */
    void write(Connection connection, Collection<CounterDelta> deltas) throws SQLException {
        CounterSums sums = new CounterSums();
        withRegions(connection, deltas).forEach(sums::add);
        write(connection, sums, true);
    }

    /** Adds summed changes of a bulk writer (generator, rebuild) whose regions are known, into one slot. */
    void write(Connection connection, CounterSums sums) throws SQLException {
        write(connection, sums, false);
    }

    private void write(Connection connection, CounterSums sums, boolean spread) throws SQLException {
        CounterSums rolledUp = new CounterSums();
        for (CounterDelta delta : sums.nonZero()) {
            CounterDelta slotted = spread ? delta : delta.inSlot(0);
            for (String region : regions.selfAndAncestors(delta.regionCode())) {
                rolledUp.add(slotted.inRegion(region));
            }
        }
        Collection<CounterDelta> summed = rolledUp.nonZero();
        if (summed.isEmpty()) {
            return;
        }
        if (connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            upsertBatch(connection, summed);
        } else {
            addOnH2(connection, List.copyOf(summed));
        }
    }

    private static void upsertBatch(Connection connection, Collection<CounterDelta> deltas) throws SQLException {
        try (PreparedStatement upsert = connection.prepareStatement(POSTGRES_UPSERT)) {
            for (CounterDelta delta : deltas) {
                bindRow(upsert, delta);
                upsert.addBatch();
            }
            upsert.executeBatch();
        }
    }

    /**
     * H2 has no upsert that adds. When every counter exists (nearly always), one batch of updates in key order. When
     * some are new, each counter in key order, updated or inserted: inserting the new ones after a batch of updates
     * would lock them out of key order, and two transactions doing so at a month's start deadlocked (a completion
     * refused in the 1-minute load; ConcurrentCounterWritesTest). Updated one by one always, the load test's
     * completions took a third longer.
     */
    private void addOnH2(Connection connection, List<CounterDelta> deltas) throws SQLException {
        if (!allExist(connection, deltas)) {
            // the new ones are remembered once a later transaction sees them committed (this one may yet roll back)
            updateOrInsertEach(connection, deltas);
            return;
        }
        int[] updated;
        try (PreparedStatement update = connection.prepareStatement(UPDATE)) {
            for (CounterDelta delta : deltas) {
                bindUpdate(update, delta);
                update.addBatch();
            }
            updated = update.executeBatch();
        }
        List<CounterDelta> removed = new ArrayList<>();
        for (int i = 0; i < deltas.size(); i++) {
            if (updated[i] == 0) {
                removed.add(deltas.get(i));
            }
        }
        if (!removed.isEmpty()) {
            // removed by a recount since they were seen (nothing else removes a counter): added after the batch, out
            // of key order, a risk only at the moment of a recount
            existing.clear();
            updateOrInsertEach(connection, removed);
        }
    }

    private boolean allExist(Connection connection, List<CounterDelta> deltas) throws SQLException {
        List<CounterDelta> unseen = deltas.stream().filter(delta -> !existing.contains(delta.key())).toList();
        if (unseen.isEmpty()) {
            return true;
        }
        try (PreparedStatement exists = connection.prepareStatement(EXISTS)) {
            for (CounterDelta delta : unseen) {
                bindKey(exists, 1, delta);
                try (ResultSet row = exists.executeQuery()) {
                    if (!row.next()) {
                        return false;
                    }
                }
                remember(delta.key());
            }
        }
        return true;
    }

    private void remember(CounterKey key) {
        if (existing.size() >= EXISTING_KEPT) {
            existing.clear();
        }
        existing.add(key);
    }

    private static void updateOrInsertEach(Connection connection, Collection<CounterDelta> deltas)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(UPDATE);
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            for (CounterDelta delta : deltas) {
                updateOrInsert(update, insert, delta);
            }
        }
    }

    /** An insert racing another transaction's insert of the same counter fails alone; the update then finds it. */
    private static void updateOrInsert(PreparedStatement update, PreparedStatement insert, CounterDelta delta)
            throws SQLException {
        for (int attempt = 0; ; attempt++) {
            bindUpdate(update, delta);
            if (update.executeUpdate() == 1) {
                return;
            }
            try {
                bindRow(insert, delta);
                insert.executeUpdate();
                return;
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState()) || attempt > 2) {
                    throw e;
                }
            }
        }
    }

    private static void bindUpdate(PreparedStatement update, CounterDelta delta) throws SQLException {
        update.setLong(1, delta.count());
        update.setBigDecimal(2, delta.total());
        bindKey(update, 3, delta);
    }

    private static void bindKey(PreparedStatement statement, int first, CounterDelta delta) throws SQLException {
        statement.setInt(first, delta.month());
        statement.setString(first + 1, delta.regionCode());
        statement.setString(first + 2, delta.metric().name());
        statement.setString(first + 3, delta.dim());
        statement.setInt(first + 4, delta.slot());
    }

    private static void bindRow(PreparedStatement statement, CounterDelta delta) throws SQLException {
        statement.setInt(1, delta.month());
        statement.setString(2, delta.regionCode());
        statement.setString(3, delta.metric().name());
        statement.setString(4, delta.dim());
        statement.setInt(5, delta.slot());
        statement.setLong(6, delta.count());
        statement.setBigDecimal(7, delta.total() == null ? BigDecimal.ZERO : delta.total());
    }

    /** Gives each delta counted for a case or petition the region that case or petition is registered in. */
    private static List<CounterDelta> withRegions(Connection connection, Collection<CounterDelta> deltas)
            throws SQLException {
        Map<Owner, Map<Long, String>> regions = new HashMap<>();
        regions.put(Owner.DISPUTE_CASE, regionsOf(connection, "dispute_case", ids(deltas, Owner.DISPUTE_CASE)));
        regions.put(Owner.PETITION, regionsOf(connection, "petition", ids(deltas, Owner.PETITION)));
        return deltas.stream().map(d -> d.owner() == Owner.SELF ? d
                : d.inRegion(regions.get(d.owner()).get(d.ownerId()))).toList();
    }

    private static Set<Long> ids(Collection<CounterDelta> deltas, Owner owner) {
        return deltas.stream().filter(d -> d.owner() == owner).map(CounterDelta::ownerId).collect(Collectors.toSet());
    }

    /** One query for all the cases (or petitions) a transaction counted for. */
    private static Map<Long, String> regionsOf(Connection connection, String table, Set<Long> ids) throws SQLException {
        Map<Long, String> regions = new HashMap<>();
        if (ids.isEmpty()) {
            return regions;
        }
        String in = ids.stream().map(id -> "?").collect(Collectors.joining(","));
        try (PreparedStatement query = connection.prepareStatement(
                "select id, region_code from " + table + " where id in (" + in + ")")) {
            int i = 1;
            for (Long id : ids) {
                query.setLong(i++, id);
            }
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    regions.put(rs.getLong(1), rs.getString(2));
                }
            }
        }
        for (Long id : ids) {
            if (!regions.containsKey(id)) {
                throw new SQLException("counted row of " + table + " " + id + " has no " + table);
            }
        }
        return regions;
    }
}
