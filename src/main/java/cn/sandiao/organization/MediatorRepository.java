package cn.sandiao.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MediatorRepository extends JpaRepository<Mediator, String> {

    /** Asked at every triage. JPQL, as every query a case's steps run (README, "The queries … as JPQL"). */
    @Query("select m from Mediator m where m.committeeCode = :committeeCode and m.active = true order by m.userId")
    List<Mediator> findByCommitteeCodeAndActiveTrueOrderByUserIdAsc(String committeeCode);
}
