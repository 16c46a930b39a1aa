package cn.sandiao.dispute;

import cn.sandiao.organization.OrganizationScope;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/**
 * The cases a scope covers, as a query condition (so paging and counts are right): cases registered in the
 * scope's region subtree, and cases the scope's committee mediates now or handed on after mediating them.
 */
final class DisputeScopes {

    private DisputeScopes() {
    }

    static Specification<DisputeCase> visibleTo(OrganizationScope scope) {
        return (root, query, cb) -> {
            if (scope.everything()) {
                return cb.conjunction();
            }
            List<Predicate> any = new ArrayList<>();
            if (scope.regionPrefix() != null) {
                any.add(cb.like(root.get("regionCode"), scope.regionPrefix() + "%"));
            }
            if (scope.committeeCode() != null) {
                any.add(cb.equal(root.get("committeeCode"), scope.committeeCode()));
                Subquery<Long> handedOn = query.subquery(Long.class);
                var handoff = handedOn.from(CaseHandoff.class);
                handedOn.select(handoff.get("caseId")).where(
                        cb.equal(handoff.get("caseId"), root.get("id")),
                        cb.equal(handoff.get("fromCommittee"), scope.committeeCode()));
                any.add(cb.exists(handedOn));
            }
            return any.isEmpty() ? cb.disjunction() : cb.or(any.toArray(Predicate[]::new));
        };
    }

    static Specification<DisputeCase> withId(Long id) {
        return (root, query, cb) -> cb.equal(root.get("id"), id);
    }
}
