package cn.sandiao.mediation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface MediationRepository extends JpaRepository<Mediation, Long> {

    long countByMediatorIdAndEndedAtIsNull(String mediatorId);

    /** {mediator id, mediations under way} of those of these mediators that have any, in one query. */
    @Query("select m.mediatorId, count(m) from Mediation m where m.endedAt is null and m.mediatorId in :mediatorIds"
            + " group by m.mediatorId")
    List<Object[]> openCountsOf(Collection<String> mediatorIds);

    boolean existsByCaseId(Long caseId);

    List<Mediation> findByCaseIdOrderByStartedAtAsc(Long caseId);

    /** Mediations still running, whose clocks are counted again when a holiday schedule changes. */
    List<Mediation> findByEndedAtIsNull();

    /**
     * The case's latest mediation: the one whose outcome closed it. JPQL, as every query a case's steps run (README,
     * "The queries a case's steps run, as JPQL").
     */
    @Query("select m from Mediation m where m.caseId = :caseId order by m.startedAt desc, m.id desc limit 1")
    Optional<Mediation> latestOfCase(Long caseId);

    /** The mediation under way for a case: one at a time (a failed one ends before the next level takes over). */
    @Query("select m from Mediation m where m.caseId = :caseId and m.endedAt is null order by m.id desc limit 1")
    Optional<Mediation> findFirstByCaseIdAndEndedAtIsNullOrderByIdDesc(Long caseId);
}
