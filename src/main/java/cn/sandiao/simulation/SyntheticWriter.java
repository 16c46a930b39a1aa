package cn.sandiao.simulation;

import cn.sandiao.statistics.BulkCounterWriter;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a chunk with JDBC batch inserts and its counters on the same connection, then commits: the rows and
 * what they count arrive together or not at all.
 */
final class SyntheticWriter {

    private static final int BATCH = 2000;
    private static final ZoneOffset CHINA = ZoneOffset.ofHours(8);
    /** Lock timeout, concurrent update, deadlock (H2 and PostgreSQL), unique key raced: worth another try. */
    private static final Set<String> RETRYABLE = Set.of("HYT00", "90131", "40001", "40P01", "23505");

    private final BulkCounterWriter counterWriter;
    private long insertNanos;
    private long counterNanos;
    private long counters;

    SyntheticWriter(BulkCounterWriter counterWriter) {
        this.counterWriter = counterWriter;
    }

    /** Writes and commits; a chunk that lost a race for a counter row to another thread is written again. */
    void write(Connection connection, SyntheticBatch batch) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                writeOnce(connection, batch);
                return;
            } catch (SQLException e) {
                if (attempt >= 5 || !RETRYABLE.contains(e.getSQLState())) {
                    throw e;
                }
            }
        }
    }

    private void writeOnce(Connection connection, SyntheticBatch batch) throws SQLException {
        try {
            long started = System.nanoTime();
            for (SyntheticTable table : SyntheticTable.values()) {
                insert(connection, table, batch.rows(table));
            }
            long inserted = System.nanoTime();
            counterWriter.write(connection, batch.counters());
            connection.commit();
            insertNanos += inserted - started;
            counterNanos += System.nanoTime() - inserted;
            counters += batch.counters().size();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Where the time went, for the summary line. */
    String timing() {
        return "插入 %d秒，计数器 %d 次变更 %d秒（含提交）".formatted(insertNanos / 1_000_000_000, counters,
                counterNanos / 1_000_000_000);
    }

    private static void insert(Connection connection, SyntheticTable table, List<Map<String, Object>> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement(table.insertSql())) {
            int pending = 0;
            for (Map<String, Object> row : rows) {
                int index = 1;
                for (SyntheticTable.Column column : table.columns) {
                    bind(insert, index++, row.get(column.property()), column.sqlType());
                }
                insert.addBatch();
                if (++pending == BATCH) {
                    insert.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement statement, int index, Object value, int sqlType) throws SQLException {
        if (value == null) {
            statement.setNull(index, sqlType);
        } else if (value instanceof Instant instant) {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, CHINA));
        } else if (value instanceof LocalDate date) {
            statement.setObject(index, date);
        } else if (value instanceof Enum<?> e) {
            statement.setString(index, e.name());
        } else if (value instanceof BigDecimal amount) {
            statement.setBigDecimal(index, amount);
        } else {
            statement.setObject(index, value);
        }
    }
}
