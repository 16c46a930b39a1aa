package cn.sandiao.workflow;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DeadlineAdjustmentRepository extends JpaRepository<DeadlineAdjustment, Long> {

    List<DeadlineAdjustment> findByRuleAndClockIdOrderByIdAsc(DeadlineRule rule, Long clockId);

    List<DeadlineAdjustment> findByCaseIdOrderByIdAsc(Long caseId);
}
