package cn.sandiao.document;

import cn.sandiao.dispute.DisputeCaseClosed;
import cn.sandiao.workflow.AsSystem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A people's mediation case that closes is bound into its file (卷宗) once the closure is committed, by the system:
 * the closure never waits for or fails with the binding. A binding that fails is logged; the file can be bound again
 * on demand (and the supervisors' list of incomplete files shows the case without one).
 */
@Component
class CaseFileAtClosure {

    private static final Logger LOG = LoggerFactory.getLogger(CaseFileAtClosure.class);

    private final DisputeDocuments documents;
    private final DocumentProperties properties;
    private final AsSystem asSystem;

    CaseFileAtClosure(DisputeDocuments documents, DocumentProperties properties, AsSystem asSystem) {
        this.documents = documents;
        this.properties = properties;
        this.asSystem = asSystem;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void bind(DisputeCaseClosed closed) {
        if (!properties.bindAtClosure()) {
            return;
        }
        try {
            asSystem.call(() -> documents.bindAtClosure(closed.caseId()));
        } catch (RuntimeException e) {
            LOG.warn("案件{}结案后卷宗未能自动装订，可在案件文书中重新立卷", closed.caseNo(), e);
        }
    }
}
