package cn.sandiao.agreement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JudicialConfirmationRepository extends JpaRepository<JudicialConfirmation, Long> {

    /** The latest: a case mediated again after a rejection can have another. */
    Optional<JudicialConfirmation> findFirstByCaseIdOrderByIdDesc(Long caseId);

    Optional<JudicialConfirmation> findByMediationId(Long mediationId);

    /** Windows still open and applications still under review: their clocks move with a new holiday schedule. */
    List<JudicialConfirmation> findByStatusIn(List<JudicialConfirmation.Status> statuses);
}
