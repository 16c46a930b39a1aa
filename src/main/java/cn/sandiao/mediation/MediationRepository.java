package cn.sandiao.mediation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MediationRepository extends JpaRepository<Mediation, Long> {

    long countByMediatorIdAndEndedAtIsNull(String mediatorId);

    List<Mediation> findByCaseIdOrderByStartedAtAsc(Long caseId);
}
