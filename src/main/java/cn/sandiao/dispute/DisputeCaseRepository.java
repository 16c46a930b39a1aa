package cn.sandiao.dispute;

import cn.sandiao.workflow.BusinessKeys;
import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface DisputeCaseRepository extends JpaRepository<DisputeCase, Long>, JpaSpecificationExecutor<DisputeCase> {

    /**
     * Without flushing the transaction's pending changes first (they are written at commit, as with findById): an
     * early flush would meet a concurrent completion as a stale row instead of the engine's conflict (409).
     * JPQL, as every query a case's steps run (README, "The queries a case's steps run, as JPQL").
     */
    @Query("select d from DisputeCase d where d.caseNo = :caseNo")
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<DisputeCase> findByCaseNo(String caseNo);

    /**
     * The case a process step (task or execution) is about: by its process's business key, never a variable. Asked
     * again in the same transaction, it comes from the persistence context by id, without a query.
     */
    default DisputeCase of(VariableScope scope) {
        String caseNo = BusinessKeys.of(scope);
        Long known = CasesOfThisTransaction.idOf(caseNo);
        if (known != null) {
            Optional<DisputeCase> same = findById(known);
            if (same.isPresent()) {
                return same.get();
            }
        }
        DisputeCase found = findByCaseNo(caseNo).orElseThrow(() -> new IllegalStateException("案件不存在：" + caseNo));
        CasesOfThisTransaction.remember(caseNo, found.getId());
        return found;
    }

    /** Cases waiting for triage, whose 1-working-day clock a new holiday schedule may move. */
    List<DisputeCase> findByStatus(CaseStatus status);

    /** The due date of the case's latest mediation: the limit its closure is measured against. */
    @Query(value = "select due_on from mediation where case_id = :caseId order by id desc fetch first 1 rows only",
            nativeQuery = true)
    Optional<LocalDate> lastMediationDue(Long caseId);

    /** {case id, role, name} of the parties of these cases in their order: names only, no ID number or phone read. */
    @Query("select p.disputeCase.id, p.role, p.name from Party p where p.disputeCase.id in :caseIds"
            + " order by p.disputeCase.id, p.position")
    List<Object[]> partyNames(Collection<Long> caseIds);
}
