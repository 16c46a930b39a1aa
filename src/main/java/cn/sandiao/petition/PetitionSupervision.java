package cn.sandiao.petition;

import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.InvalidInputException;
import cn.sandiao.workflow.CurrentActor;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/** What a supervisor did about a petition clock that nears its end (催办) or has passed it (督办). */
@Component("petitionSupervision")
public class PetitionSupervision {

    private final PetitionTimeline timeline;
    private final CurrentActor actor;
    private final PetitionRepository petitions;

    PetitionSupervision(PetitionTimeline timeline, CurrentActor actor, PetitionRepository petitions) {
        this.timeline = timeline;
        this.actor = actor;
        this.petitions = petitions;
    }

    public void reminder(DelegateTask task) {
        record(task, PetitionEventType.REMINDED);
    }

    public void overdue(DelegateTask task) {
        record(task, PetitionEventType.SUPERVISED);
    }

    private void record(DelegateTask task, PetitionEventType type) {
        String note = text(task, PetitionProcess.VAR_SUPERVISION_NOTE);
        if (note == null || note.length() > 2000) {
            throw new InvalidInputException(PetitionProcess.VAR_SUPERVISION_NOTE, "请填写处理意见（不超过2000字）");
        }
        timeline.record(petitions.of(task).getId(), actor.of(task), type, type.label(),
                text(task, PetitionProcess.VAR_DEADLINE_BASIS) + "；" + note);
    }
}
