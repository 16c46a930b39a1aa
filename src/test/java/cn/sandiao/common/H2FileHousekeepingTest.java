package cn.sandiao.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * The embedded H2 file with durable commits, written as a case's steps write it (runtime rows inserted and deleted,
 * history rows kept, counters updated), with and without the housekeeping between the steps or alongside them.
 */
class H2FileHousekeepingTest {

    private static final int HOUSEKEEPING_EVERY = 100;

    @TempDir Path dir;

    private enum Tidying { NONE, BETWEEN_STEPS, ALONGSIDE }

    @Test
    void shouldKeepTheFileFromGrowingWithEveryCommit() throws Exception {
        long untidied = write(dir.resolve("untidied"), Tidying.NONE, 5000);
        long tidied = write(dir.resolve("tidied"), Tidying.BETWEEN_STEPS, 5000);

        assertThat(tidied).as("file bytes with housekeeping (without: %d)", untidied).isLessThan(untidied / 2);
    }

    @Test
    void shouldLoseNoCommittedRowWhenTidiedWhileCommitsGoOnAndStoppedAbruptly() throws Exception {
        write(dir.resolve("alongside"), Tidying.ALONGSIDE, 2000);
    }

    @Test
    void shouldRunOnlyOnAnH2File() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withBean(DataSource.class, JdbcDataSource::new).withUserConfiguration(H2FileHousekeeping.class);
        runner.withPropertyValues("spring.datasource.url=jdbc:h2:file:./data/sandiao;WRITE_DELAY=0")
                .run(context -> assertThat(context).hasSingleBean(H2FileHousekeeping.class));
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db/sandiao")
                .run(context -> assertThat(context).doesNotHaveBean(H2FileHousekeeping.class));
        runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:sandiao")
                .run(context -> assertThat(context).doesNotHaveBean(H2FileHousekeeping.class));
    }

    /**
     * Writes the steps, stops H2 as a power failure would ({@code SHUTDOWN IMMEDIATELY}: nothing more written), opens
     * the file again and checks that every committed row is there.
     *
     * @return the file's size after the steps
     */
    private long write(Path directory, Tidying tidying, int steps) throws Exception {
        JdbcDataSource dataSource = new JdbcDataSource();
        // the product's durable commits; no retention, so that emptied chunks are rewritten and reused at once
        dataSource.setURL("jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0;RETENTION_TIME=0");
        H2FileHousekeeping housekeeping = new H2FileHousekeeping(dataSource);
        AtomicInteger passes = new AtomicInteger();
        AtomicBoolean writing = new AtomicBoolean(true);
        Thread alongside = new Thread(() -> {
            try {
                while (writing.get()) {
                    passes.addAndGet(housekeeping.tidy());
                    Thread.sleep(2);
                }
            } catch (SQLException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        long size;
        try (Connection connection = dataSource.getConnection()) {
            try (Statement ddl = connection.createStatement()) {
                ddl.execute("create table RUNNING(ID int primary key, STEP int, NAME varchar(64), TEXT varchar(400))");
                ddl.execute("create index RUNNING_STEP on RUNNING(STEP)");
                ddl.execute("create table HISTORY(ID int primary key, STEP int, NAME varchar(64), TEXT varchar(400))");
                ddl.execute("create index HISTORY_STEP on HISTORY(STEP)");
                ddl.execute("create index HISTORY_NAME on HISTORY(NAME)");
                ddl.execute("create table COUNTER(ID int primary key, N bigint)");
                ddl.execute("insert into COUNTER select X, 0 from SYSTEM_RANGE(0, 19)");
            }
            if (tidying == Tidying.ALONGSIDE) {
                alongside.start();
            }
            connection.setAutoCommit(false);
            try (PreparedStatement running = connection.prepareStatement("insert into RUNNING values (?, ?, ?, ?)");
                 PreparedStatement history = connection.prepareStatement("insert into HISTORY values (?, ?, ?, ?)");
                 PreparedStatement ended = connection.prepareStatement("delete from RUNNING where STEP = ?");
                 PreparedStatement counted = connection.prepareStatement("update COUNTER set N = N + 1 where ID = ?")) {
                for (int step = 0; step < steps; step++) {
                    for (int row = 0; row < 6; row++) {
                        int id = step * 6 + row;
                        for (PreparedStatement insert : new PreparedStatement[] {running, history}) {
                            insert.setInt(1, id);
                            insert.setInt(2, step);
                            insert.setString(3, "变量" + row);
                            insert.setString(4, "调解记录".repeat(30));
                            insert.executeUpdate();
                        }
                    }
                    if (step >= 2) {
                        ended.setInt(1, step - 2);
                        ended.executeUpdate();
                    }
                    counted.setInt(1, step % 20);
                    counted.executeUpdate();
                    connection.commit();
                    if (tidying == Tidying.BETWEEN_STEPS && step % HOUSEKEEPING_EVERY == HOUSEKEEPING_EVERY - 1) {
                        passes.addAndGet(housekeeping.tidy());
                    }
                }
            }
            writing.set(false);
            if (tidying == Tidying.ALONGSIDE) {
                alongside.join();
            }
            size = Files.size(directory.resolve("db.mv.db"));
            try (Statement statement = connection.createStatement()) {
                statement.execute("SHUTDOWN IMMEDIATELY");
            }
        }
        if (tidying != Tidying.NONE) {
            assertThat(passes.get()).as("passes that rewrote chunks").isPositive();
        }
        try (Connection reopened = dataSource.getConnection()) {
            assertThat(count(reopened, "select count(*) from HISTORY")).isEqualTo(steps * 6L);
            assertThat(count(reopened, "select count(*) from RUNNING")).isEqualTo(2 * 6L);
            assertThat(count(reopened, "select sum(N) from COUNTER")).isEqualTo(steps);
        }
        return size;
    }

    private static long count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }
}
