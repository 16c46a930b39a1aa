package cn.sandiao.common;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the embedded H2 file from growing with every commit. With {@code WRITE_DELAY=0} (each commit in the file before
 * the answer) H2 writes a chunk of pages at every commit and runs none of its background housekeeping, so a chunk that
 * still holds a few live pages is never rewritten: the file grew by about 2.4 MB a case. This does what H2's background
 * writer does under delayed writes: it rewrites the live pages of the emptiest chunks, whose space H2 reuses once its
 * retention time (45 s) has passed. Only for an H2 file; PostgreSQL reclaims space itself.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:file:')")
class H2FileHousekeeping {

    private static final Logger LOG = LoggerFactory.getLogger(H2FileHousekeeping.class);
    /** Rewrite while less than this share (%) of the chunks' bytes is live; busy, a case leaves only 5–10 % live. */
    private static final int TARGET_FILL_RATE = 50;
    private static final int BYTES_PER_PASS = 1 << 20;
    /** Each pass holds H2's store lock, so commits wait for it: a few short passes while the server is busy. */
    private static final Duration BUSY_BUDGET = Duration.ofMillis(200);
    /** Nothing was committed since the last run: catch up. */
    private static final Duration IDLE_BUDGET = Duration.ofSeconds(3);

    private final DataSource dataSource;
    /** The store's version when the last run ended; the same version now means nobody has written since. */
    private long versionAfterLastRun = -1;

    H2FileHousekeeping(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Scheduled(fixedDelayString = "${sandiao.h2.housekeeping-ms:10000}",
            initialDelayString = "${sandiao.h2.housekeeping-ms:10000}")
    void tidyOnSchedule() {
        try {
            tidy();
        } catch (SQLException | RuntimeException e) {
            LOG.warn("H2 数据文件整理未完成，下次再试：{}", e.toString());
        }
    }

    /** @return how many passes rewrote chunks */
    synchronized int tidy() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            MVStore store = ((SessionLocal) connection.unwrap(JdbcConnection.class).getSession())
                    .getDatabase().getStore().getMvStore();
            boolean idle = store.getCurrentVersion() == versionAfterLastRun;
            long end = System.nanoTime() + (idle ? IDLE_BUDGET : BUSY_BUDGET).toNanos();
            int passes = 0;
            while (System.nanoTime() < end && store.compact(TARGET_FILL_RATE, BYTES_PER_PASS)) {
                passes++;
                store.commit(); // the rewritten pages reach the file; the next pass sees their chunks emptied
            }
            versionAfterLastRun = store.getCurrentVersion();
            LOG.debug("H2 数据文件整理：{} 轮{}，文件使用率 {}%，数据块使用率 {}%", passes, idle ? "（空闲）" : "",
                    store.getFillRate(), store.getFileStore().getChunksFillRate());
            return passes;
        }
    }
}
