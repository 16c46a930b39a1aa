package cn.sandiao.dispute;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CaseHandoffRepository extends JpaRepository<CaseHandoff, Long> {

    List<CaseHandoff> findByCaseIdOrderByHandedOffAtAsc(Long caseId);
}
