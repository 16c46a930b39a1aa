package cn.sandiao.agreement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JudicialConfirmationRepository extends JpaRepository<JudicialConfirmation, Long> {

    /** The latest: a case mediated again after a rejection can have another. */
    Optional<JudicialConfirmation> findFirstByCaseIdOrderByIdDesc(Long caseId);

    Optional<JudicialConfirmation> findByMediationId(Long mediationId);
}
