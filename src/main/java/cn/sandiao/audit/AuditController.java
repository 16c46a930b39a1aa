package cn.sandiao.audit;

import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for the Camunda administrators (access rule in SecurityConfig), newest first. */
@RestController
@RequestMapping("/api/audit")
class AuditController {

    /** {@code caseId} is the subject's id when it is a dispute, as before petitions were audited. */
    record Entry(Long id, Instant time, String actor, AuditAction action, String actionLabel,
                 SubjectKind subjectKind, String subjectKindLabel, Long subjectId, Long caseId, String detail) {

        static Entry of(AuditEvent e) {
            SubjectKind kind = e.getSubjectKind();
            return new Entry(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction(), e.getAction().label(), kind,
                    kind == null ? null : kind.label(), e.getSubjectId(),
                    kind == SubjectKind.DISPUTE ? e.getSubjectId() : null, e.getDetail());
        }
    }

    record Page(List<Entry> content, int page, int size, long totalElements) {
    }

    private final AuditEventRepository events;

    AuditController(AuditEventRepository events) {
        this.events = events;
    }

    @GetMapping
    Page list(@Valid AuditQuery query) {
        int page = query.page() == null ? 0 : query.page();
        int size = query.size() == null ? 50 : query.size();
        var result = events.findAll(query.specification(),
                PageRequest.of(page, size, Sort.by(Sort.Direction.DESC, "occurredAt", "id")));
        return new Page(result.map(Entry::of).getContent(), page, size, result.getTotalElements());
    }
}
