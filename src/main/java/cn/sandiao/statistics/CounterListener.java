package cn.sandiao.statistics;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.stereotype.Component;

/**
 * Keeps the monthly counters in step with the rows they count: every insert, update or delete of a counted entity
 * counts off what its old row counted and on what its new row counts. The changes of one transaction are written
 * together, in key order, just before it commits (so in the same transaction, and two transactions never wait on
 * each other's counters in opposite orders).
 */
@Component
class CounterListener implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener {

    private final CounterWriter writer;
    private final Map<SharedSessionContractImplementor, List<CounterDelta>> pending = new ConcurrentHashMap<>();

    CounterListener(EntityManagerFactory entityManagerFactory, CounterWriter writer) {
        this.writer = writer;
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        count(event.getSession(), event.getPersister(), null, row(event.getPersister(), event.getId(), event.getState()));
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        Object[] oldState = event.getOldState() != null ? event.getOldState()
                : event.getPersister().getValues(event.getEntity());
        count(event.getSession(), event.getPersister(), row(event.getPersister(), event.getId(), oldState),
                row(event.getPersister(), event.getId(), event.getState()));
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        count(event.getSession(), event.getPersister(),
                row(event.getPersister(), event.getId(), event.getDeletedState()), null);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    /** The row of an entity as its property names and values (the generator builds the same from its data). */
    static FactRow row(EntityPersister persister, Object id, Object[] state) {
        if (state == null) {
            return null;
        }
        String[] names = persister.getPropertyNames();
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            values.put(names[i], state[i]);
        }
        values.put(persister.getIdentifierPropertyName(), id);
        return new FactRow(values);
    }

    private void count(EventSource session, EntityPersister persister, FactRow before, FactRow after) {
        Class<?> entity = persister.getMappedClass();
        if (!Counting.counts(entity)) {
            return;
        }
        List<CounterDelta> deltas = new ArrayList<>();
        Counting.of(entity, before).forEach(delta -> deltas.add(delta.negate()));
        deltas.addAll(Counting.of(entity, after));
        if (deltas.isEmpty()) {
            return;
        }
        pending.computeIfAbsent(session, s -> {
            session.getActionQueue().registerProcess(completing -> {
                List<CounterDelta> all = pending.remove(session);
                if (all != null) {
                    completing.doWork(connection -> writer.write(connection, all));
                }
            });
            session.getActionQueue().registerProcess((success, completed) -> pending.remove(session));
            return new ArrayList<>();
        }).addAll(deltas);
    }
}
