package cn.sandiao.screening;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScreeningFindingRepository extends JpaRepository<ScreeningFinding, Long> {

    List<ScreeningFinding> findByRoundIdInOrderByIdAsc(Collection<Long> roundIds);

    boolean existsByCaseId(Long caseId);
}
