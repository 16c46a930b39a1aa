package cn.sandiao.mediation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MediationSessionRepository extends JpaRepository<MediationSession, Long> {

    List<MediationSession> findByMediationIdOrderBySessionDateAscIdAsc(Long mediationId);
}
