package cn.sandiao.statistics;

import java.sql.Connection;
import java.sql.SQLException;
import org.springframework.stereotype.Component;

/** Adds {@link BulkCounts} to the counters on the bulk writer's own connection; its caller commits. */
@Component
public class BulkCounterWriter {

    private final CounterWriter counterWriter;

    BulkCounterWriter(CounterWriter counterWriter) {
        this.counterWriter = counterWriter;
    }

    public void write(Connection connection, BulkCounts counts) throws SQLException {
        counterWriter.write(connection, counts.sums());
    }
}
