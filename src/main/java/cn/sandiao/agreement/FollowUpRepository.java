package cn.sandiao.agreement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    Optional<FollowUp> findByCaseId(Long caseId);
}
