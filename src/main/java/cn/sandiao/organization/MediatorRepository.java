package cn.sandiao.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MediatorRepository extends JpaRepository<Mediator, String> {

    List<Mediator> findByCommitteeCodeAndActiveTrueOrderByUserIdAsc(String committeeCode);
}
