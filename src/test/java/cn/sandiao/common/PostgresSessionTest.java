package cn.sandiao.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.support.IntegrationTest;
import java.sql.Connection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * On PostgreSQL every connection of the pool waits for a lock no longer than configured and plans no parallel
 * query (on a small server starting the workers cost the period report four times its own work).
 */
@IntegrationTest
class PostgresSessionTest {

    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldOpenEveryConnectionWithTheLockLimitAndWithoutParallelQuery() throws Exception {
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            Assumptions.assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
                    "session settings of PostgreSQL; .ci/run runs this suite on PostgreSQL too");
        }
        assertThat(jdbc.queryForObject("show max_parallel_workers_per_gather", String.class)).isEqualTo("0");
        assertThat(jdbc.queryForObject("show lock_timeout", String.class)).isEqualTo("2s");
    }
}
