package cn.sandiao.mediation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read of a case's mediations; the rows are the mediation module's own. */
@Service
public class Mediations {

    private final MediationRepository mediations;
    private final MediationSessionRepository sessions;

    Mediations(MediationRepository mediations, MediationSessionRepository sessions) {
        this.mediations = mediations;
        this.sessions = sessions;
    }

    /** The case's latest mediation: the one whose outcome closed it. */
    @Transactional(readOnly = true)
    public Mediation latestOf(Long caseId) {
        return mediations.latestOfCase(caseId).orElseThrow();
    }

    /** The case's latest mediation, if it has been mediated at all. */
    @Transactional(readOnly = true)
    public Optional<Mediation> findLatestOf(Long caseId) {
        return mediations.latestOfCase(caseId);
    }

    @Transactional(readOnly = true)
    public Mediation get(Long mediationId) {
        return mediations.findById(mediationId).orElseThrow();
    }

    /** The mediation under way in the case, if any. */
    @Transactional(readOnly = true)
    public Optional<Mediation> openOf(Long caseId) {
        return mediations.findFirstByCaseIdAndEndedAtIsNullOrderByIdDesc(caseId);
    }

    /** The parties signed the written agreement of the mediation on that day (its signed copy was taken in). */
    @Transactional
    public void agreementSigned(Long mediationId, LocalDate signedOn) {
        mediations.findById(mediationId).orElseThrow().agreementSigned(signedOn);
    }

    /** The sessions held in the mediation, in the order they took place. */
    @Transactional(readOnly = true)
    public List<MediationSession> sessionsOf(Long mediationId) {
        return sessions.findByMediationIdOrderBySessionDateAscIdAsc(mediationId);
    }
}
