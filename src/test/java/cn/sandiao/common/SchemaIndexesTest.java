package cn.sandiao.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.sandiao.support.IntegrationTest;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every index is written with each row, so no table indexes the same columns twice. H2 indexes each foreign key
 * when it is declared (its own index, named CONSTRAINT_…), PostgreSQL does not: an index added for PostgreSQL is a
 * second copy on H2 when its foreign key came first (dropped on H2 by migration V37). Checked on the database Flyway
 * built, H2 or PostgreSQL.
 */
@IntegrationTest
class SchemaIndexesTest {

    @Autowired DataSource dataSource;

    @Test
    void shouldIndexNoColumnsOfATableTwice() throws SQLException {
        List<String> redundant = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = ourTables(connection, meta);
            assertThat(tables).as("the product's own tables").contains("dispute_case", "case_event", "petition");
            for (String table : tables) {
                Map<String, Index> indexes = indexesOf(connection, meta, table);
                for (Index index : indexes.values()) {
                    if (!index.unique() && !index.name().startsWith("constraint_")) {
                        indexes.values().stream()
                                .filter(other -> other != index && other.columns().equals(index.columns()))
                                .findFirst().ifPresent(other -> redundant.add(table + "." + index.name() + " "
                                        + index.columns() + " is also " + other.name() + " " + other.columns()));
                    }
                }
            }
        }
        assertThat(redundant).isEmpty();
    }

    private record Index(String name, boolean unique, List<String> columns) {
    }

    private static List<String> ourTables(Connection connection, DatabaseMetaData meta) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (ResultSet rs = meta.getTables(connection.getCatalog(), connection.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                String table = rs.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                if (!table.startsWith("act_") && !table.startsWith("flyway_")) { // the engine's and Flyway's own
                    tables.add(table);
                }
            }
        }
        return tables;
    }

    private static Map<String, Index> indexesOf(Connection connection, DatabaseMetaData meta, String table)
            throws SQLException {
        String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        Map<String, Index> indexes = new TreeMap<>();
        try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), name, false, false)) {
            while (rs.next()) {
                String index = rs.getString("INDEX_NAME");
                if (index == null) {
                    continue; // table statistics
                }
                boolean unique = !rs.getBoolean("NON_UNIQUE");
                Index found = indexes.computeIfAbsent(index.toLowerCase(Locale.ROOT),
                        key -> new Index(key, unique, new ArrayList<>()));
                found.columns().add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return indexes;
    }
}
