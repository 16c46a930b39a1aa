package cn.sandiao.mediation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionRepository extends JpaRepository<Supervision, Long> {

    List<Supervision> findByCaseId(Long caseId);
}
