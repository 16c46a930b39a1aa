package cn.sandiao.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The bulk writer lists its columns by hand: each table it writes must have exactly those columns in the schema
 * Flyway built, so that a renamed column, or a new one (NOT NULL or not: the generator should decide what it
 * holds), fails here rather than in a generator run.
 */
@SimulationTest
class SyntheticTableSchemaTest {

    @Autowired DataSource dataSource;

    @ParameterizedTest
    @EnumSource(SyntheticTable.class)
    void shouldWriteExactlyTheColumnsOfTheMigratedTable(SyntheticTable table) throws SQLException {
        Set<String> written = table.columns.stream().map(c -> c.name().toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(written).as("columns the generator writes into " + table.table).hasSize(table.columns.size())
                .isEqualTo(columnsOf(table.table));
    }

    private Set<String> columnsOf(String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String name = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            Set<String> columns = new TreeSet<>();
            try (ResultSet rs = meta.getColumns(connection.getCatalog(), connection.getSchema(), name, null)) {
                while (rs.next()) {
                    columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                }
            }
            assertThat(columns).as("table " + table + " in the migrated schema").isNotEmpty();
            return columns;
        }
    }
}
