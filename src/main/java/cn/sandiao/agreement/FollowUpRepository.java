package cn.sandiao.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    /** The latest: a case mediated again after an agreement was not performed can have another. */
    Optional<FollowUp> findFirstByCaseIdOrderByIdDesc(Long caseId);

    /** The visits made on the case's agreements, the first first. */
    List<FollowUp> findByCaseIdAndRecordedAtIsNotNullOrderByIdAsc(Long caseId);
}
