package cn.sandiao.organization;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MediatorRepository extends JpaRepository<Mediator, String> {

    /** Asked at every triage (the committee's mediators); JPQL, whose SQL Hibernate keeps, unlike a derived query's. */
    @Query("select m from Mediator m where m.committeeCode = :committeeCode and m.active = true order by m.userId")
    List<Mediator> findByCommitteeCodeAndActiveTrueOrderByUserIdAsc(String committeeCode);
}
