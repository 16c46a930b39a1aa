package cn.sandiao.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeRepository extends JpaRepository<Committee, String> {

    List<Committee> findByKindAndRegionCodeAndActiveTrueOrderByCodeAsc(CommitteeKind kind, String regionCode);

    List<Committee> findByKindAndActiveTrueOrderByCodeAsc(CommitteeKind kind);
}
