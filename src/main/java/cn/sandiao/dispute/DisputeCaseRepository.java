package cn.sandiao.dispute;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface DisputeCaseRepository extends JpaRepository<DisputeCase, Long>, JpaSpecificationExecutor<DisputeCase> {

    /** Cases waiting for triage, whose 1-working-day clock a new holiday schedule may move. */
    List<DisputeCase> findByStatus(CaseStatus status);
}
