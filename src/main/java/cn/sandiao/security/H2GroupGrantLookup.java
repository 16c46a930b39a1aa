package cn.sandiao.security;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * On H2, lets Camunda's authorization checks find a group's grant on one resource without reading every grant.
 *
 * <p>Each check asks for {@code TYPE_ = ? AND GROUP_ID_ IN (the user's groups) AND RESOURCE_TYPE_ = ? AND
 * RESOURCE_ID_ = ?}. H2 answers it from the unique constraint {@code ACT_UNIQ_AUTH_GROUP}, whose index Camunda's H2
 * script orders (TYPE_, GROUP_ID_, RESOURCE_TYPE_, RESOURCE_ID_); H2 cannot seek an IN list in the second column, so
 * it reads every grant of that TYPE_ (EXPLAIN ANALYZE: 2,248 rows after 300 cases, in 8 of the 24 sub-queries of a
 * task's check). The product grants per case (the offices that may read it, and the engine's own grants on each
 * historic task), so every check got slower with every case. The same constraint over the same columns, ordered
 * resource first, is as unique and lets H2 seek: one row read. Camunda 7.24 is the last community edition, so no
 * later upgrade script of the engine will look for the old order. PostgreSQL plans these look-ups well: H2 only.
 */
@Component
@ConditionalOnExpression("'${spring.datasource.url:}'.startsWith('jdbc:h2:')")
class H2GroupGrantLookup extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(H2GroupGrantLookup.class);
    static final String CONSTRAINT = "ACT_UNIQ_AUTH_GROUP";
    private static final String INDEX = CONSTRAINT + "_RESOURCE_FIRST";
    static final List<String> RESOURCE_FIRST = List.of("RESOURCE_ID_", "RESOURCE_TYPE_", "TYPE_", "GROUP_ID_");

    private final DataSource dataSource;

    H2GroupGrantLookup(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** After the engine has created or checked its tables, before any request or job runs. */
    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        try (Connection connection = dataSource.getConnection()) {
            if (reorder(connection)) {
                LOG.info("H2：授权表的组授权唯一约束已按资源在前重建，权限检查不再逐行扫描");
            }
        } catch (SQLException e) {
            throw new ProcessEngineException("H2 授权表约束重建失败：" + e.getMessage(), e);
        }
    }

    /**
     * Builds a unique index resource first, drops Camunda's constraint, then adds it again under its name (which
     * Camunda's drop script uses) over the same columns, where H2 takes the new index for it. H2 commits each step;
     * each is skipped when done, so a start stopped between two steps finishes the work at the next start, and a
     * unique index holds the grants at every moment.
     *
     * @return whether anything was changed (false: already resource first, or no such table)
     */
    static boolean reorder(Connection connection) throws SQLException {
        List<String> current = columnsOf(connection, CONSTRAINT);
        if (current.equals(RESOURCE_FIRST) || current.isEmpty() && !hasTable(connection)) {
            return false;
        }
        String columns = String.join(", ", RESOURCE_FIRST);
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE UNIQUE INDEX IF NOT EXISTS " + INDEX + " ON ACT_RU_AUTHORIZATION (" + columns + ")");
            if (!current.isEmpty()) {
                statement.execute("ALTER TABLE ACT_RU_AUTHORIZATION DROP CONSTRAINT " + CONSTRAINT);
            }
            statement.execute("ALTER TABLE ACT_RU_AUTHORIZATION ADD CONSTRAINT " + CONSTRAINT + " UNIQUE (" + columns
                    + ")");
        }
        return true;
    }

    private static boolean hasTable(Connection connection) throws SQLException {
        try (ResultSet tables = connection.getMetaData().getTables(null, null, "ACT_RU_AUTHORIZATION", null)) {
            return tables.next();
        }
    }

    static List<String> columnsOf(Connection connection, String constraint) throws SQLException {
        List<String> columns = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT IC.COLUMN_NAME FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS TC
                JOIN INFORMATION_SCHEMA.INDEX_COLUMNS IC
                  ON IC.INDEX_SCHEMA = TC.INDEX_SCHEMA AND IC.INDEX_NAME = TC.INDEX_NAME
                WHERE TC.TABLE_NAME = 'ACT_RU_AUTHORIZATION' AND TC.CONSTRAINT_NAME = ?
                  AND TC.TABLE_SCHEMA = SCHEMA()
                ORDER BY IC.ORDINAL_POSITION""")) {
            query.setString(1, constraint);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    columns.add(rows.getString(1));
                }
            }
        }
        return columns;
    }
}
