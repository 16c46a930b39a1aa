package cn.sandiao.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Until when a user must wait after wrong passwords. Camunda sets the wait on its user row (ACT_ID_USER,
 * documented in its database schema) but its identity API does not show it, so it is read there, read-only.
 */
@Component
class AccountLocks {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AccountLocks(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<Instant> lockedUntil(String userId) {
        List<Timestamp> until = jdbc.queryForList("select LOCK_EXP_TIME_ from ACT_ID_USER where ID_ = ?",
                Timestamp.class, userId);
        return until.stream().filter(Objects::nonNull).map(Timestamp::toInstant)
                .filter(end -> end.isAfter(clock.instant())).findFirst();
    }
}
