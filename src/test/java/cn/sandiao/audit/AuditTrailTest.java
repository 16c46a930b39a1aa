package cn.sandiao.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.sandiao.support.IntegrationTest;
import java.sql.Connection;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/** On PostgreSQL (production) the audit trail cannot be changed or removed, even by the application's own role. */
@IntegrationTest
class AuditTrailTest {

    @Autowired AuditLog auditLog;
    @Autowired JdbcTemplate jdbc;

    @Test
    void shouldRefuseToChangeOrRemoveAnAuditEntryOnPostgreSql() throws Exception {
        try (Connection connection = jdbc.getDataSource().getConnection()) {
            Assumptions.assumeTrue(connection.getMetaData().getDatabaseProductName().equals("PostgreSQL"),
                    "the trigger exists on PostgreSQL only; .ci/run runs this suite on PostgreSQL too");
        }
        auditLog.record("intake", AuditAction.PERSONAL_DATA_VIEWED, null, "审计测试");
        Long id = jdbc.queryForObject("select max(id) from audit_event where detail = '审计测试'", Long.class);

        assertThatThrownBy(() -> jdbc.update("update audit_event set detail = '改写' where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("只能追加");
        assertThatThrownBy(() -> jdbc.update("delete from audit_event where id = ?", id))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("只能追加");
        assertThat(jdbc.queryForObject("select detail from audit_event where id = ?", String.class, id))
                .isEqualTo("审计测试");
    }
}
