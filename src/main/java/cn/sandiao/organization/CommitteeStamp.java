package cn.sandiao.organization;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.ThreadLocalRandom;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.AbstractEvent;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The committees' stamp (table {@code reference_stamp}): a new random value, written in the transaction of every
 * change to a committee or its list of dispute types, as Hibernate sends the change. A random value rather than a
 * counter: a copy read inside a transaction that rolls back carries a value no later change will give again.
 */
@Component
public class CommitteeStamp implements PostInsertEventListener, PostUpdateEventListener, PostDeleteEventListener,
        PostCollectionRecreateEventListener, PostCollectionUpdateEventListener, PostCollectionRemoveEventListener {

    private static final String NAME = "committee";

    CommitteeStamp(EntityManagerFactory entityManagerFactory) {
        EventListenerRegistry registry = entityManagerFactory.unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry().getService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, this);
        registry.appendListeners(EventType.POST_UPDATE, this);
        registry.appendListeners(EventType.POST_DELETE, this);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, this);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, this);
    }

    /** The stamp as this transaction sees it. */
    static long read(Connection connection) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("select stamp from reference_stamp where name = ?")) {
            select.setString(1, NAME);
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? row.getLong(1) : 0;
            }
        }
    }

    /** A new stamp in the transaction of {@code jdbc}: for whoever writes committees by plain SQL. */
    public static void renew(JdbcTemplate jdbc) {
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            renew(connection);
            return null;
        });
    }

    /** A new stamp, for the committees' change in this transaction. */
    static void renew(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("update reference_stamp set stamp = ? where name = ?")) {
            update.setLong(1, ThreadLocalRandom.current().nextLong());
            update.setString(2, NAME);
            update.executeUpdate();
        }
    }

    @Override
    public void onPostInsert(PostInsertEvent event) {
        renewIfCommittee(event.getEntity(), event);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        renewIfCommittee(event.getEntity(), event);
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        renewIfCommittee(event.getEntity(), event);
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        renewIfCommittee(event);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        renewIfCommittee(event);
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        renewIfCommittee(event);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }

    private static void renewIfCommittee(AbstractCollectionEvent event) {
        if (event.getAffectedOwnerOrNull() instanceof Committee) {
            event.getSession().doWork(CommitteeStamp::renew);
        }
    }

    private static void renewIfCommittee(Object entity, AbstractEvent event) {
        if (entity instanceof Committee) {
            event.getSession().doWork(CommitteeStamp::renew);
        }
    }
}
