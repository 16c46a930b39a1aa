package cn.sandiao.dispute;

import cn.sandiao.common.ChinaTime;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import org.hibernate.Session;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.dao.DataIntegrityViolationException;

/**
 * Issues readable case numbers, {@code TJ-2026-000012}: a sequence per year that never repeats. The row update
 * locks the year's counter, so concurrent registrations queue instead of sharing a number.
 */
@Component
public class CaseNumbers {

    static final String DISPUTE_PREFIX = "TJ";
    /** 信访 petitions: XF-2026-000001. */
    public static final String PETITION_PREFIX = "XF";

    private final EntityManager entityManager;
    private final TransactionTemplate newTransaction;
    private final Clock clock;

    CaseNumbers(EntityManager entityManager, PlatformTransactionManager transactionManager, Clock clock) {
        this.entityManager = entityManager;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(Propagation.REQUIRES_NEW.value());
        this.clock = clock;
    }

    /**
     * The counters of this year and the next exist before the first registration: creating one during a
     * registration needs a second connection, and many first registrations at once would exhaust the pool.
     */
    @EventListener(ApplicationReadyEvent.class)
    public void prepareCounters() {
        int year = ChinaTime.today(clock).getYear();
        for (int y = year; y <= year + 1; y++) {
            createCounter(DISPUTE_PREFIX, y);
            createCounter(PETITION_PREFIX, y);
        }
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public String next(String prefix, int year) {
        return "%s-%d-%06d".formatted(prefix, year, nextValue(prefix, year));
    }

    /**
     * The next value, from 1, of the yearly counter {@code prefix} (at most 10 characters): the case numbers' own
     * and any other series numbered the same way (documents). The row stays locked until the caller commits.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public long nextValue(String prefix, int year) {
        Long value = incremented(prefix, year);
        if (value == null) {
            createCounter(prefix, year);
            value = incremented(prefix, year);
        }
        return value;
    }

    /**
     * Increments and reads the counter on the transaction's own connection, by plain JDBC: a native query through
     * the entity manager would first flush (and dirty-check) every entity of the transaction, which this table
     * never needs. Null where the counter does not exist yet.
     */
    private Long incremented(String prefix, int year) {
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement increment = connection.prepareStatement(
                    "update case_number_sequence set last_value = last_value + 1 where prefix = ? and case_year = ?")) {
                increment.setString(1, prefix);
                increment.setInt(2, year);
                if (increment.executeUpdate() == 0) {
                    return null;
                }
            }
            try (PreparedStatement read = connection.prepareStatement(
                    "select last_value from case_number_sequence where prefix = ? and case_year = ?")) {
                read.setString(1, prefix);
                read.setInt(2, year);
                try (ResultSet row = read.executeQuery()) {
                    row.next();
                    return row.getLong(1);
                }
            }
        });
    }

    /** Created apart, so that a concurrent creator's insert does not fail ours; an existing counter stays. */
    private void createCounter(String prefix, int year) {
        Number existing = newTransaction.execute(status -> (Number) entityManager.createNativeQuery(
                        "select count(*) from case_number_sequence where prefix = ?1 and case_year = ?2")
                .setParameter(1, prefix).setParameter(2, year).getSingleResult());
        if (existing != null && existing.intValue() > 0) {
            return;
        }
        try {
            newTransaction.executeWithoutResult(status -> entityManager.createNativeQuery(
                            "insert into case_number_sequence (prefix, case_year, last_value) values (?1, ?2, 0)")
                    .setParameter(1, prefix).setParameter(2, year).executeUpdate());
        } catch (DataIntegrityViolationException | PersistenceException alreadyCreated) {
            // another registration created it first: fine
        }
    }
}
