package cn.sandiao.audit;

import cn.sandiao.common.InvalidInputException;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * Filters of {@code GET /api/audit}; {@code from} and {@code to} are days in China's time zone, both included.
 * {@code caseId} is a dispute's id, {@code petitionId} a petition's: ids of the two kinds overlap.
 */
public record AuditQuery(
        String actor,
        AuditAction action,
        Long caseId,
        Long petitionId,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
        @Min(value = 0, message = "页码不能为负数") Integer page,
        @Min(value = 1, message = "每页条数至少为1") @Max(value = 500, message = "每页条数至多500") Integer size) {

    /** The case asked for, or null for entries about any case or none. */
    Subject subject() {
        if (caseId != null && petitionId != null) {
            throw new InvalidInputException("petitionId", "不能同时按纠纷案件（caseId）和信访事项（petitionId）筛选");
        }
        if (caseId != null) {
            return Subject.dispute(caseId, null);
        }
        return petitionId == null ? null : Subject.petition(petitionId, null);
    }

    Specification<AuditEvent> specification() {
        List<Specification<AuditEvent>> filters = new ArrayList<>();
        if (actor != null) {
            filters.add((root, q, cb) -> cb.equal(root.get("actor"), actor));
        }
        if (action != null) {
            filters.add((root, q, cb) -> cb.equal(root.get("action"), action));
        }
        Subject subject = subject();
        if (subject != null) {
            filters.add((root, q, cb) -> cb.and(cb.equal(root.get("subjectKind"), subject.kind()),
                    cb.equal(root.get("subjectId"), subject.id())));
        }
        if (from != null) {
            filters.add((root, q, cb) -> cb.greaterThanOrEqualTo(root.get("occurredAt"),
                    from.atStartOfDay(cn.sandiao.workflow.BusinessCalendar.ZONE).toInstant()));
        }
        if (to != null) {
            filters.add((root, q, cb) -> cb.lessThan(root.get("occurredAt"),
                    to.plusDays(1).atStartOfDay(cn.sandiao.workflow.BusinessCalendar.ZONE).toInstant()));
        }
        return Specification.allOf(filters);
    }
}
