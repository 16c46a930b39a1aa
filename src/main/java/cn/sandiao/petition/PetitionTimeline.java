package cn.sandiao.petition;

import java.time.Clock;
import org.springframework.stereotype.Component;

/** Writes one step of a petition's history. */
@Component
class PetitionTimeline {

    private final PetitionEventRepository events;
    private final Clock clock;

    PetitionTimeline(PetitionEventRepository events, Clock clock) {
        this.events = events;
        this.clock = clock;
    }

    void record(Long petitionId, String actor, String type, String summary, String detail) {
        events.save(new PetitionEvent(petitionId, actor, type, summary, detail, clock.instant()));
    }
}
