package cn.sandiao.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The part of a step that both timelines share: every step of a dispute or a petition is a change of the case
 * and goes into the audit trail against the case, and into the log under the case's number.
 */
@Service
public class CaseSteps {

    /**
     * The log context key of the case number (案号 or 信访编号). The engine puts a process's business key, which is
     * that number for both kinds of case, under the same name, and the log pattern prints it.
     */
    public static final String LOG_CASE_NO = "caseNo";
    private static final Logger log = LoggerFactory.getLogger(CaseSteps.class);

    private final AuditLog auditLog;

    CaseSteps(AuditLog auditLog) {
        this.auditLog = auditLog;
    }

    /** The log line names the case by its number and leaves out the detail, which may quote the parties. */
    @Transactional
    public void record(Subject subject, StepType type, String actor, String summary) {
        auditLog.record(subject, actor, AuditAction.CASE_CHANGED, type.label() + "：" + summary);
        String outer = MDC.get(LOG_CASE_NO);
        MDC.put(LOG_CASE_NO, subject.logName());
        try {
            log.atInfo().addKeyValue("subject", subject.kind().name()).addKeyValue("event", type.name())
                    .addKeyValue("actor", actor).log(summary);
        } finally {
            if (outer == null) {
                MDC.remove(LOG_CASE_NO);
            } else {
                MDC.put(LOG_CASE_NO, outer);
            }
        }
    }
}
