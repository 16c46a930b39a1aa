package cn.sandiao.petition;

import cn.sandiao.workflow.FormValues;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PetitionRepository extends JpaRepository<Petition, Long> {

    /** Earlier petitions of any of these people (by ID fingerprint) received since {@code since}, newest first. */
    @Query("select distinct p from Petition p join p.petitioners q where q.idNumberFingerprint in :fingerprints "
            + "and p.receivedOn >= :since order by p.receivedOn desc, p.id desc")
    List<Petition> findByPetitionerSince(Collection<String> fingerprints, LocalDate since);

    /** The petition a running petition process (task or execution) is about. */
    default Petition of(VariableScope scope) {
        return findById(FormValues.id(scope, PetitionProcess.VAR_PETITION_ID)).orElseThrow();
    }

    Optional<Petition> findFirstByDisputeCaseIdAndStatus(Long disputeCaseId, PetitionStatus status);

    Page<Petition> findByRegionCodeStartingWith(String regionPrefix, Pageable pageable);
}
