package cn.sandiao.petition;

import cn.sandiao.workflow.BusinessKeys;
import jakarta.persistence.QueryHint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.hibernate.jpa.HibernateHints;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

public interface PetitionRepository extends JpaRepository<Petition, Long> {

    /** Earlier petitions of any of these people (by ID fingerprint) received since {@code since}, newest first. */
    @Query("select distinct p from Petition p join p.petitioners q where q.idNumberFingerprint in :fingerprints "
            + "and p.receivedOn >= :since order by p.receivedOn desc, p.id desc")
    List<Petition> findByPetitionerSince(Collection<String> fingerprints, LocalDate since);

    /** Without flushing pending changes first, as with findById (see DisputeCaseRepository.findByCaseNo). */
    @QueryHints(@QueryHint(name = HibernateHints.HINT_FLUSH_MODE, value = "COMMIT"))
    Optional<Petition> findByPetitionNo(String petitionNo);

    /** The petition a running petition process (task or execution) is about: by its business key, never a variable. */
    default Petition of(VariableScope scope) {
        String petitionNo = BusinessKeys.of(scope);
        return findByPetitionNo(petitionNo).orElseThrow(() -> new IllegalStateException("信访事项不存在：" + petitionNo));
    }

    /** Asked at every case's close. JPQL, as every query a case's steps run (README, "The queries … as JPQL"). */
    @Query("select p from Petition p where p.disputeCaseId = :disputeCaseId and p.status = :status order by p.id"
            + " limit 1")
    Optional<Petition> findFirstByDisputeCaseIdAndStatus(Long disputeCaseId, PetitionStatus status);

    Page<Petition> findByRegionCodeStartingWith(String regionPrefix, Pageable pageable);
}
