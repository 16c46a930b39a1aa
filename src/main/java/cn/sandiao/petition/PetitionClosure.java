package cn.sandiao.petition;


import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.CurrentActor;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** The ends of a petition that the process reaches on its own: 办结, 终结 and 不再受理. */
@Component("petitionClosure")
public class PetitionClosure {

    private final PetitionRepository petitions;
    private final PetitionNoticeRepository notices;
    private final PetitionTimeline timeline;
    private final BusinessCalendar calendar;
    private final CurrentActor actor;
    private final Clock clock;

    PetitionClosure(PetitionRepository petitions, PetitionNoticeRepository notices, PetitionTimeline timeline,
                    BusinessCalendar calendar, CurrentActor actor, Clock clock) {
        this.petitions = petitions;
        this.notices = notices;
        this.timeline = timeline;
        this.calendar = calendar;
        this.actor = actor;
        this.clock = clock;
    }

    /** Answered, and no review (or re-review) was asked within its window: 办结. */
    public void close(DelegateExecution execution) {
        Petition petition = petitions.of(execution);
        String note = switch (petition.getStatus()) {
            case REPLIED -> petition.getCategory() == PetitionCategory.CLAIM
                    ? "书面答复后30日内未请求复查，办结" : "已书面答复，办结";
            case REVIEWED -> "复查意见答复后30日内未请求复核，办结";
            default -> "办结";
        };
        end(petition, PetitionStatus.CLOSED, note);
    }

    /** The re-review opinion is given: the matter is final (第三十六条第三款). */
    public void makeFinal(DelegateExecution execution) {
        end(petitions.of(execution), PetitionStatus.FINAL,
                "复核意见已出具，信访事项终结；信访人仍以同一事实和理由提出投诉请求的，不再受理（信访工作条例第三十六条第三款）");
    }

    /** The same matter again after it was made final: registered, linked, and not accepted. */
    public void notAcceptedAgain(DelegateExecution execution) {
        Petition petition = petitions.of(execution);
        String note = "该信访事项已经复核终结，信访人以同一事实和理由再次提出，不再受理（信访工作条例第三十六条第三款）";
        notices.save(new PetitionNotice(petition.getId(), NoticeKind.NOT_ACCEPTED_AGAIN, note, calendar.today(),
                actor.id(), clock.instant()));
        end(petition, PetitionStatus.NOT_ACCEPTED_AGAIN, note);
    }

    private void end(Petition petition, PetitionStatus status, String note) {
        LocalDate today = calendar.today();
        petition.close(status, today, note);
        timeline.record(petition.getId(), actor.id(), PetitionEventType.endedAs(status), status.label(), note);
    }
}
