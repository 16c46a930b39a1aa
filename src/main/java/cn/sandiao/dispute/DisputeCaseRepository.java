package cn.sandiao.dispute;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface DisputeCaseRepository extends JpaRepository<DisputeCase, Long>, JpaSpecificationExecutor<DisputeCase> {

    /** Cases waiting for triage, whose 1-working-day clock a new holiday schedule may move. */
    List<DisputeCase> findByStatus(CaseStatus status);

    /** The due date of the case's latest mediation: the limit its closure is measured against. */
    @Query(value = "select due_on from mediation where case_id = :caseId order by id desc fetch first 1 rows only",
            nativeQuery = true)
    Optional<LocalDate> lastMediationDue(Long caseId);
}
