package cn.sandiao.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.Statement;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.h2.tools.RunScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/**
 * Camunda's own H2 schema (its create script), filled with the grants of many cases, and the look-up its
 * authorization check makes for a group's grant on one resource.
 */
class H2GroupGrantLookupTest {

    private static final int OTHER_GRANTS = 2000;
    private static final String LOOKUP = "EXPLAIN ANALYZE SELECT A.RESOURCE_ID_ FROM ACT_RU_AUTHORIZATION A"
            + " WHERE A.TYPE_ = 1 AND A.GROUP_ID_ IN ('intake', 'intake-990101') AND BITAND(A.PERMS_, 16384) = 16384"
            + " AND A.RESOURCE_TYPE_ = 7 AND A.RESOURCE_ID_ = 'task-1'";

    private Connection connection;

    @BeforeEach
    void camundasSchemaWithTheGrantsOfManyCases() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:" + UUID.randomUUID(), "sa", "");
        try (var script = new InputStreamReader(getClass().getResourceAsStream(
                "/org/camunda/bpm/engine/db/create/activiti.h2.create.engine.sql"), StandardCharsets.UTF_8)) {
            RunScript.execute(connection, script);
        }
        for (int i = 0; i < OTHER_GRANTS; i++) {
            grant("supervisor-" + (i % 4), 19, UUID.randomUUID().toString());
        }
        grant("intake-990101", 7, "task-1");
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    @Test
    void shouldFindAGroupsGrantOnOneResourceWithoutReadingEveryGrant() throws Exception {
        assertThat(H2GroupGrantLookup.reorder(connection)).isTrue();

        assertThat(H2GroupGrantLookup.columnsOf(connection, H2GroupGrantLookup.CONSTRAINT))
                .isEqualTo(H2GroupGrantLookup.RESOURCE_FIRST);
        assertThat(rowsReadByTheLookup()).as("rows H2 reads for one group grant among %d", OTHER_GRANTS + 1)
                .isLessThanOrEqualTo(2);
    }

    @Test
    void shouldStillRefuseASecondGrantOfTheSameGroupOnTheSameResource() throws Exception {
        H2GroupGrantLookup.reorder(connection);

        assertThatThrownBy(() -> grant("intake-990101", 7, "task-1"))
                .isInstanceOf(SQLIntegrityConstraintViolationException.class);
        grant("intake-990101", 7, "task-2"); // another resource: allowed
    }

    @Test
    void shouldChangeNothingTheSecondTime() throws Exception {
        H2GroupGrantLookup.reorder(connection);

        assertThat(H2GroupGrantLookup.reorder(connection)).isFalse();
        assertThat(H2GroupGrantLookup.columnsOf(connection, H2GroupGrantLookup.CONSTRAINT))
                .isEqualTo(H2GroupGrantLookup.RESOURCE_FIRST);
    }

    @Test
    void shouldFinishAfterAStartStoppedBetweenTheSteps() throws Exception {
        try (Statement statement = connection.createStatement()) { // the first two steps done, then the JVM gone
            statement.execute("CREATE UNIQUE INDEX ACT_UNIQ_AUTH_GROUP_RESOURCE_FIRST ON ACT_RU_AUTHORIZATION"
                    + " (RESOURCE_ID_, RESOURCE_TYPE_, TYPE_, GROUP_ID_)");
            statement.execute("ALTER TABLE ACT_RU_AUTHORIZATION DROP CONSTRAINT ACT_UNIQ_AUTH_GROUP");
        }
        assertThatThrownBy(() -> grant("intake-990101", 7, "task-1")).as("the grants are unique in between")
                .isInstanceOf(SQLIntegrityConstraintViolationException.class);

        assertThat(H2GroupGrantLookup.reorder(connection)).isTrue();

        assertThat(H2GroupGrantLookup.columnsOf(connection, H2GroupGrantLookup.CONSTRAINT))
                .isEqualTo(H2GroupGrantLookup.RESOURCE_FIRST);
        assertThat(rowsReadByTheLookup()).isLessThanOrEqualTo(2);
    }

    @Test
    void shouldRunOnlyOnH2() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withBean(DataSource.class, JdbcDataSource::new).withUserConfiguration(H2GroupGrantLookup.class);
        runner.withPropertyValues("spring.datasource.url=jdbc:h2:file:./data/sandiao;WRITE_DELAY=0")
                .run(context -> assertThat(context).hasSingleBean(H2GroupGrantLookup.class));
        runner.withPropertyValues("spring.datasource.url=jdbc:h2:mem:sandiao")
                .run(context -> assertThat(context).hasSingleBean(H2GroupGrantLookup.class));
        runner.withPropertyValues("spring.datasource.url=jdbc:postgresql://db/sandiao")
                .run(context -> assertThat(context).doesNotHaveBean(H2GroupGrantLookup.class));
    }

    private void grant(String group, int resourceType, String resourceId) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO ACT_RU_AUTHORIZATION"
                + " (ID_, REV_, TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_, PERMS_) VALUES (?, 1, 1, ?, ?, ?, ?)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, group);
            insert.setInt(3, resourceType);
            insert.setString(4, resourceId);
            insert.setInt(5, Integer.MAX_VALUE);
            insert.executeUpdate();
        }
    }

    private int rowsReadByTheLookup() throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet plan = statement.executeQuery(LOOKUP)) {
            plan.next();
            Matcher scanned = Pattern.compile("scanCount: (\\d+)").matcher(plan.getString(1));
            assertThat(scanned.find()).as("H2's plan names the rows read: %s", plan.getString(1)).isTrue();
            return Integer.parseInt(scanned.group(1));
        }
    }
}
