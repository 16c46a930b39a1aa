package cn.sandiao.organization;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.hibernate.Session;
import org.springframework.stereotype.Component;

/**
 * The active committees, kept in memory for the routing every case runs (it read them with their dispute types twice
 * at each registration and again at triage). Before each use the committees' stamp is read in the caller's
 * transaction, one row by its key; where a committee has changed since, on this node or another, the stamp differs
 * and the committees are read again. A change the caller's own transaction has not yet flushed is seen only where
 * that call reads the committees again (the query flushes it first), and such a copy is never kept for other callers
 * (no routing runs in the transaction that changes committees).
 */
@Component
class CommitteeCatalogue {

    private final CommitteeRepository committees;
    private final EntityManager entityManager;
    private volatile Snapshot kept;

    CommitteeCatalogue(CommitteeRepository committees, EntityManager entityManager) {
        this.committees = committees;
        this.entityManager = entityManager;
    }

    /** Every active committee, by code; copies outside any persistence context. */
    List<Committee> active() {
        long stamp = stamp();
        Snapshot snapshot = kept;
        if (snapshot == null || snapshot.stamp() != stamp) {
            snapshot = new Snapshot(stamp, committees.allActive().stream().map(Committee::detachedCopy).toList());
            if (stamp() == stamp) { // else the query flushed a change of the caller's own: this call's copy only
                kept = snapshot;
            }
        }
        return snapshot.committees();
    }

    private long stamp() {
        return entityManager.unwrap(Session.class).doReturningWork(CommitteeStamp::read);
    }

    private record Snapshot(long stamp, List<Committee> committees) {
    }
}
