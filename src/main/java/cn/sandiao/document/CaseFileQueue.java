package cn.sandiao.document;

import cn.sandiao.common.UnavailableException;
import cn.sandiao.dispute.DisputeCaseClosed;
import cn.sandiao.workflow.AsSystem;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * A closed case's file (卷宗) is bound in the background: the closure only queues the case, in its own transaction;
 * a few queued cases are bound each minute, one at a time, by the system. Binding takes a second or two of CPU, which
 * a mediator closing a case should not wait for, nor a busy server spend all at once. Each node takes a case off the
 * queue before binding it, so two nodes never bind the same one; a binding that fails is logged and the file can be
 * bound on demand (the supervisors' list shows closed cases whose file is incomplete); one that failed because the
 * file store was down waits for the next run.
 */
@Component
class CaseFileQueue {

    private static final Logger LOG = LoggerFactory.getLogger(CaseFileQueue.class);
    /** Cases bound per run: enough for a county's closures, light on a server under load. */
    static final int BATCH = 3;

    private final JdbcTemplate jdbc;
    private final DisputeDocuments documents;
    private final DocumentProperties properties;
    private final AsSystem asSystem;
    private final Clock clock;

    CaseFileQueue(JdbcTemplate jdbc, DisputeDocuments documents, DocumentProperties properties, AsSystem asSystem,
                  Clock clock) {
        this.jdbc = jdbc;
        this.documents = documents;
        this.properties = properties;
        this.asSystem = asSystem;
        this.clock = clock;
    }

    /** In the closure's transaction: the case waits for its file (once, however often it is closed). */
    @EventListener
    public void closed(DisputeCaseClosed closed) {
        queue(closed.caseId());
    }

    /**
     * In the upload's transaction: a file came in after the case file was bound (the signed agreement, a receipt of
     * performance), so the file is bound again with it.
     */
    void boundFileOutdated(Long caseId) {
        queue(caseId);
    }

    private void queue(Long caseId) {
        if (properties.bindAtClosure()) {
            jdbc.update("insert into case_file_queue (case_id, queued_at) select ?, ? where not exists"
                    + " (select 1 from case_file_queue where case_id = ?)", caseId, Timestamp.from(clock.instant()),
                    caseId);
        }
    }

    @Scheduled(fixedDelayString = "${sandiao.documents.bind-every-ms:60000}",
            initialDelayString = "${sandiao.documents.bind-every-ms:60000}")
    void bindQueued() {
        List<Long> waiting = jdbc.queryForList("select case_id from case_file_queue order by queued_at, case_id"
                + " fetch first " + BATCH + " rows only", Long.class);
        waiting.forEach(this::bind);
    }

    /** Takes the case off the queue and binds its file; false if another node took it first. */
    boolean bind(Long caseId) {
        if (jdbc.update("delete from case_file_queue where case_id = ?", caseId) != 1) {
            return false;
        }
        try {
            asSystem.call(() -> documents.bindAtClosure(caseId));
        } catch (UnavailableException e) {
            // the file store is down: nothing was bound, so the case waits for the next run
            queue(caseId);
            LOG.warn("案件（id {}）的卷宗暂未装订，文件存储不可用，已重新排队：{}", caseId, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("案件（id {}）结案后卷宗未能装订，可在案件文书中重新立卷", caseId, e);
        }
        return true;
    }

    boolean isQueued(Long caseId) {
        return jdbc.queryForObject("select count(*) from case_file_queue where case_id = ?", Long.class, caseId) > 0;
    }
}
