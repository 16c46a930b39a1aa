package cn.sandiao.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitteeRepository extends JpaRepository<Committee, String> {

    List<Committee> findByKindAndRegionCode(CommitteeKind kind, String regionCode);

    Optional<Committee> findFirstByKindAndSpecialty(CommitteeKind kind, String specialty);

    List<Committee> findByKindAndRegionCodeAndActiveTrueOrderByCodeAsc(CommitteeKind kind, String regionCode);

    Optional<Committee> findFirstByKindAndSpecialtyAndActiveTrueOrderByCodeAsc(CommitteeKind kind, String specialty);
}
