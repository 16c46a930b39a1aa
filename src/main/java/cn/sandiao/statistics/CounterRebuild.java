package cn.sandiao.statistics;

import cn.sandiao.agreement.FollowUp;
import cn.sandiao.agreement.JudicialConfirmation;
import cn.sandiao.dispute.CaseHandoff;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.mediation.Mediation;
import cn.sandiao.petition.Petition;
import cn.sandiao.petition.PetitionNotice;
import cn.sandiao.petition.PetitionReview;
import cn.sandiao.statistics.CounterDelta.Owner;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.Session;
import org.hibernate.engine.spi.SessionImplementor;
import org.hibernate.persister.entity.EntityPersister;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Counts every stored row afresh into the counters: once, when a database that had cases before the counters
 * existed starts, and on an administrator's request. One node at a time (a lock on PostgreSQL).
 */
@Service
public class CounterRebuild {

    private static final Logger LOG = LoggerFactory.getLogger(CounterRebuild.class);
    private static final List<Class<?>> COUNTED = List.of(DisputeCase.class, Mediation.class, CaseHandoff.class,
            JudicialConfirmation.class, FollowUp.class, Petition.class, PetitionNotice.class, PetitionReview.class,
            cn.sandiao.prevention.PreventionRecord.class, cn.sandiao.screening.ScreeningRound.class,
            cn.sandiao.screening.ScreeningFinding.class);
    private static final int PAGE = 2000;

    private final JdbcTemplate jdbc;
    private final CounterWriter writer;

    @PersistenceContext
    private EntityManager entityManager;

    CounterRebuild(JdbcTemplate jdbc, CounterWriter writer) {
        this.jdbc = jdbc;
        this.writer = writer;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    @Transactional
    public void countWhatWasStoredBefore() {
        lock();
        if (hasCounters() || !hasFacts()) {
            return;
        }
        LOG.info("统计计数器为空而已有案件数据：从业务表重新计数");
        rebuildLocked(PAGE);
    }

    /** Replaces all counters by a count of the stored rows; returns the number of counters written. */
    @Transactional
    public int rebuild() {
        return rebuild(PAGE);
    }

    /** As {@link #rebuild()}, reading the rows {@code pageSize} at a time (a test's small pages cross many). */
    @Transactional
    int rebuild(int pageSize) {
        lock();
        return rebuildLocked(pageSize);
    }

    private int rebuildLocked(int pageSize) {
        jdbc.update("delete from stat_counter");
        Map<Owner, Map<Long, String>> regions = new HashMap<>();
        regions.put(Owner.DISPUTE_CASE, regions("dispute_case"));
        regions.put(Owner.PETITION, regions("petition"));
        CounterSums sums = new CounterSums();
        SessionImplementor session = entityManager.unwrap(SessionImplementor.class);
        for (Class<?> entity : COUNTED) {
            EntityPersister persister = session.getFactory().getMappingMetamodel().getEntityDescriptor(entity);
            // page by the last id read, not by an offset: each page starts where the index left off, so a
            // million rows cost a million reads, not the offset's quadratic skipping
            Object last = null;
            while (true) {
                List<?> page = (last == null
                        ? entityManager.createQuery("select e from " + entity.getSimpleName() + " e order by e.id",
                                entity)
                        : entityManager.createQuery("select e from " + entity.getSimpleName()
                                + " e where e.id > :last order by e.id", entity).setParameter("last", last))
                        .setMaxResults(pageSize).getResultList();
                for (Object row : page) {
                    last = persister.getIdentifier(row, session);
                    FactRow facts = CounterListener.row(persister, last, persister.getValues(row));
                    for (CounterDelta delta : Counting.of(entity, facts)) {
                        sums.add(delta.owner() == Owner.SELF ? delta
                                : delta.inRegion(regions.get(delta.owner()).get(delta.ownerId())));
                    }
                }
                entityManager.clear();
                if (page.size() < pageSize) {
                    break;
                }
            }
        }
        entityManager.unwrap(Session.class).doWork(connection -> writer.write(connection, sums));
        LOG.info("统计计数器已重建：{} 个计数", sums.size());
        return sums.size();
    }

    private void lock() {
        String product = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if (product != null && product.toLowerCase().contains("postgres")) {
            // the other node's rebuild may take minutes: wait for it, not for the usual lock limit
            jdbc.execute("set local lock_timeout = 0");
            jdbc.queryForList("select pg_advisory_xact_lock(727001)");
        }
    }

    private boolean hasCounters() {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from (select 1 from stat_counter fetch first 1 rows only) c", Boolean.class));
    }

    private boolean hasFacts() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select (select count(*) from (select 1 from dispute_case"
                + " fetch first 1 rows only) d) + (select count(*) from (select 1 from petition fetch first 1 rows only) p)"
                + " > 0", Boolean.class));
    }

    private Map<Long, String> regions(String table) {
        Map<Long, String> result = new HashMap<>();
        jdbc.query("select id, region_code from " + table, rs -> {
            result.put(rs.getLong(1), rs.getString(2));
        });
        return result;
    }
}
