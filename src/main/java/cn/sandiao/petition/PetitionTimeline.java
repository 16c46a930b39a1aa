package cn.sandiao.petition;

import org.springframework.stereotype.Component;

/** Writes one step of a petition's history. */
@Component
class PetitionTimeline {

    private final PetitionEventRepository events;

    PetitionTimeline(PetitionEventRepository events) {
        this.events = events;
    }

    void record(Long petitionId, String actor, String type, String summary, String detail) {
        events.save(new PetitionEvent(petitionId, actor, type, summary, detail));
    }
}
