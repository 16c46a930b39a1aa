package cn.sandiao.agreement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface JudicialConfirmationRepository extends JpaRepository<JudicialConfirmation, Long> {

    Optional<JudicialConfirmation> findByCaseId(Long caseId);
}
