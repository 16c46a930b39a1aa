package cn.sandiao.organization;

import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeRepository extends JpaRepository<Committee, String> {

    // The routing of every case asks which types the committees take: their lists come in the same query
    @EntityGraph(attributePaths = "disputeTypes")
    List<Committee> findByKindAndRegionCodeAndActiveTrueOrderByCodeAsc(CommitteeKind kind, String regionCode);

    @EntityGraph(attributePaths = "disputeTypes")
    List<Committee> findByKindAndActiveTrueOrderByCodeAsc(CommitteeKind kind);
}
