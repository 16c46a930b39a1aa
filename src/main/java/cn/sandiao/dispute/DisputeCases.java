package cn.sandiao.dispute;

import cn.sandiao.common.NotFoundException;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.organization.UserScopes;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask of a case or tell it; the case's rows are the dispute module's own. */
@Service
public class DisputeCases {

    private final DisputeCaseRepository cases;
    private final UserScopes scopes;

    DisputeCases(DisputeCaseRepository cases, UserScopes scopes) {
        this.cases = cases;
        this.scopes = scopes;
    }

    /** The case's number if the current user may see the case; one out of scope is answered like a missing one. */
    @Transactional(readOnly = true)
    public String visibleCaseNo(Long caseId) {
        return cases.findOne(DisputeScopes.withId(caseId).and(DisputeScopes.visibleTo(scopes.current())))
                .map(DisputeCase::getCaseNo)
                .orElseThrow(() -> new NotFoundException("案件不存在：" + caseId));
    }

    /** Where the case happened (its village's code), if the current user may see the case; else 404. */
    @Transactional(readOnly = true)
    public String visibleRegionCode(Long caseId) {
        return cases.findOne(DisputeScopes.withId(caseId).and(DisputeScopes.visibleTo(scopes.current())))
                .map(DisputeCase::getRegionCode)
                .orElseThrow(() -> new NotFoundException("案件不存在：" + caseId));
    }

    /** A case as another module may name it: its id, number, village and source. */
    public record CaseRef(Long id, String caseNo, String regionCode, DisputeSource source) {
    }

    /** The case with this number if the current user may see it; empty for one missing or out of scope alike. */
    @Transactional(readOnly = true)
    public java.util.Optional<CaseRef> visibleByCaseNo(String caseNo) {
        org.springframework.data.jpa.domain.Specification<DisputeCase> numbered =
                (root, query, builder) -> builder.equal(root.get("caseNo"), caseNo);
        return cases.findOne(numbered.and(DisputeScopes.visibleTo(scopes.current())))
                .map(c -> new CaseRef(c.getId(), c.getCaseNo(), c.getRegionCode(), c.getSource()));
    }

    /** Of {@code caseIds}, the cases the current user may see: id → case number. */
    @Transactional(readOnly = true)
    public java.util.Map<Long, String> visibleAmong(java.util.Collection<Long> caseIds) {
        if (caseIds.isEmpty()) {
            return java.util.Map.of();
        }
        org.springframework.data.jpa.domain.Specification<DisputeCase> among =
                (root, query, builder) -> root.get("id").in(caseIds);
        return cases.findAll(among.and(DisputeScopes.visibleTo(scopes.current()))).stream()
                .collect(java.util.stream.Collectors.toMap(DisputeCase::getId, DisputeCase::getCaseNo));
    }

    /** What the court stated when it handed the case in; empty for a case the court did not entrust. */
    @Transactional(readOnly = true)
    public java.util.Optional<CourtEntrustment> courtEntrustmentOf(Long caseId) {
        return cases.findById(caseId).map(DisputeCase::getCourtEntrustment);
    }

    /** The case a process step is about: the one its process's business key names. */
    public DisputeCase of(VariableScope step) {
        return cases.of(step);
    }

    /** The body now mediating the case, at its level (on every assignment and escalation). */
    @Transactional
    public void mediatedBy(Long caseId, MediationLevel level, String committeeCode) {
        cases.findById(caseId).orElseThrow().mediatedBy(level, committeeCode);
    }
}
