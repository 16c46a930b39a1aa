package cn.sandiao.petition;

import cn.sandiao.audit.CaseSteps;
import cn.sandiao.audit.Subject;
import java.time.Clock;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writes one step of a petition's history; it goes into the audit trail and the log too (see {@link CaseSteps}). */
@Component
class PetitionTimeline {

    private final PetitionEventRepository events;
    private final PetitionRepository petitions;
    private final CaseSteps steps;
    private final Clock clock;

    PetitionTimeline(PetitionEventRepository events, PetitionRepository petitions, CaseSteps steps, Clock clock) {
        this.events = events;
        this.petitions = petitions;
        this.steps = steps;
        this.clock = clock;
    }

    @Transactional
    void record(Long petitionId, String actor, PetitionEventType type, String summary, String detail) {
        events.save(new PetitionEvent(petitionId, actor, type, summary, detail, clock.instant()));
        String petitionNo = petitions.findById(petitionId).map(Petition::getPetitionNo).orElse(null);
        steps.record(Subject.petition(petitionId, petitionNo), type, actor, summary);
    }
}
