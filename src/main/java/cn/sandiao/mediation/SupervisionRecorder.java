package cn.sandiao.mediation;

import java.time.Clock;

import cn.sandiao.common.InputValidator;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.FormValues;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Records the supervisor's answer to a deadline reminder and to a 督办 of an overdue mediation, and the weekly
 * instruction of the leader in charge of a major case (包案领导).
 */
@Component("supervisionRecorder")
public class SupervisionRecorder {

    record Note(@NotBlank(message = "请填写督办意见") @Size(max = 2000, message = "意见不能超过2000字")
                String supervisionNote) {
    }

    private final SupervisionRepository supervisions;
    private final InputValidator validator;
    private final CaseTimeline timeline;
    private final CurrentActor actor;
    private final Clock clock;
    private final DisputeCases cases;
    private final MediationRepository mediations;

    SupervisionRecorder(SupervisionRepository supervisions, InputValidator validator, CaseTimeline timeline,
                        CurrentActor actor, Clock clock, DisputeCases cases, MediationRepository mediations) {
        this.cases = cases;
        this.mediations = mediations;
        this.supervisions = supervisions;
        this.validator = validator;
        this.timeline = timeline;
        this.actor = actor;
        this.clock = clock;
    }

    public void reminder(DelegateTask task) {
        record(task, Supervision.Kind.REMINDER, CaseEventType.DEADLINE_REMINDER, "调解期限临近，督导已阅");
    }

    public void overdue(DelegateTask task) {
        record(task, Supervision.Kind.OVERDUE, CaseEventType.SUPERVISED, "调解逾期督办");
    }

    public void leader(DelegateTask task) {
        record(task, Supervision.Kind.LEADER, CaseEventType.LEADER_INSTRUCTION, "包案领导督导意见");
    }

    private void record(DelegateTask task, Supervision.Kind kind, CaseEventType type, String summary) {
        Note note = validator.check(new Note(FormValues.text(task, "supervisionNote")));
        Long caseId = cases.of(task).getId();
        String who = actor.of(task);
        // a leader's instruction concerns the whole case; a reminder or 督办 the mediation it interrupts
        Long mediationId = kind == Supervision.Kind.LEADER ? null
                : mediations.findFirstByCaseIdAndEndedAtIsNullOrderByIdDesc(caseId).map(Mediation::getId).orElse(null);
        supervisions.save(new Supervision(caseId, mediationId, kind, note.supervisionNote(), who,
                clock.instant()));
        task.removeVariable("supervisionNote");
        timeline.record(caseId, type, who, summary, note.supervisionNote());
    }
}
