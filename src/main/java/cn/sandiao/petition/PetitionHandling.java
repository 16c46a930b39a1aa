package cn.sandiao.petition;

import static cn.sandiao.workflow.FormValues.date;
import static cn.sandiao.workflow.FormValues.flag;
import static cn.sandiao.workflow.FormValues.integer;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.RunningLimit;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.DeadlineClocks;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Handling of an accepted petition: the written reply (信访处理意见书) that ends it, or a request for more time
 * (第三十四条: at most 30 days, approved by the head of the office, reason told to the petitioner) that moves the
 * handling clock, its reminder and its 督办 timer once approved. After the reply the evaluation and the review
 * windows open.
 */
@Component("petitionHandling")
public class PetitionHandling {

    private final PetitionRepository petitions;
    private final PetitionNoticeRepository notices;
    private final PetitionTimeline timeline;
    private final DeadlineClocks clocks;
    private final Clock clock;
    private final BusinessCalendar calendar;
    private final CurrentActor actor;
    private final DueDates dueDates;
    private final int evaluationDays;

    PetitionHandling(PetitionRepository petitions, PetitionNoticeRepository notices, PetitionTimeline timeline,
                     DeadlineClocks clocks, BusinessCalendar calendar, CurrentActor actor,
                     DueDates dueDates, Clock clock,
                     @Value("${sandiao.petitions.evaluation-days:30}") int evaluationDays) {
        this.clock = clock;
        this.petitions = petitions;
        this.notices = notices;
        this.timeline = timeline;
        this.clocks = clocks;
        this.calendar = calendar;
        this.actor = actor;
        this.dueDates = dueDates;
        this.evaluationDays = evaluationDays;
    }

    public void handle(DelegateTask task) {
        Petition petition = petitions.of(task);
        String step = text(task, PetitionProcess.VAR_HANDLING_STEP);
        if (PetitionProcess.STEP_REQUEST_EXTENSION.equals(step)) {
            requestExtension(task, petition);
        } else if (PetitionProcess.STEP_REPLY.equals(step)) {
            reply(task, petition);
        } else {
            throw new InvalidInputException(PetitionProcess.VAR_HANDLING_STEP, "请选择书面答复或申请延期");
        }
    }

    public void decideExtension(DelegateTask task) {
        Petition petition = petitions.of(task);
        Boolean approved = flag(task, PetitionProcess.VAR_EXTENSION_APPROVED);
        if (approved == null) {
            throw new InvalidInputException(PetitionProcess.VAR_EXTENSION_APPROVED, "请选择是否批准延期");
        }
        String note = text(task, PetitionProcess.VAR_EXTENSION_NOTE);
        String who = actor.of(task);
        Integer days = integer(task, DeadlineClocks.FIELD_DAYS);
        String reason = text(task, DeadlineClocks.FIELD_REASON);
        if (!approved) {
            if (note == null) {
                throw new InvalidInputException(PetitionProcess.VAR_EXTENSION_NOTE, "不批准延期的，请填写理由");
            }
            timeline.record(petition.getId(), who, PetitionEventType.EXTENSION_REFUSED, "不批准延期办理", note);
            return;
        }
        LocalDate due = clocks.extend(clockOf(petition), days, reason, who);
        petition.extendHandling(days, due);
        moveTimers(task, due);
        task.getExecution().setVariable(PetitionProcess.VAR_DEADLINE_BASIS, PetitionAcceptance.handlingBasis(petition));
        notices.save(new PetitionNotice(petition.getId(), NoticeKind.EXTENSION,
                "延长办理期限" + days + "日至" + ChinaTime.date(due) + "，理由：" + reason, calendar.today(), who, clock.instant()));
        timeline.record(petition.getId(), who, PetitionEventType.EXTENDED, "批准延期办理" + days + "日",
                "办理期限延至" + ChinaTime.date(due) + "；理由：" + reason + (note == null ? "" : "；" + note));
    }

    private void requestExtension(DelegateTask task, Petition petition) {
        if (petition.getHandlingDue() == null) {
            throw new InvalidInputException(PetitionProcess.VAR_HANDLING_STEP,
                    "建议意见类、检举控告类事项没有第三十四条的办理期限，无需申请延期");
        }
        Integer days = integer(task, DeadlineClocks.FIELD_DAYS);
        String reason = text(task, DeadlineClocks.FIELD_REASON);
        clocks.checkExtension(clockOf(petition), days, reason);
        timeline.record(petition.getId(), actor.of(task), PetitionEventType.EXTENSION_REQUESTED,
                "申请延期办理" + days + "日",
                "理由：" + reason);
    }

    private void reply(DelegateTask task, Petition petition) {
        String content = text(task, PetitionProcess.VAR_REPLY_CONTENT);
        if (content == null || content.length() > 4000) {
            throw new InvalidInputException(PetitionProcess.VAR_REPLY_CONTENT, "请填写书面答复内容（不超过4000字）");
        }
        LocalDate repliedOn = date(task, PetitionProcess.VAR_REPLY_DATE);
        LocalDate today = calendar.today();
        LocalDate since = petition.getAcceptedOn() == null ? petition.getReceivedOn() : petition.getAcceptedOn();
        if (repliedOn == null || repliedOn.isBefore(since) || repliedOn.isAfter(today)) {
            throw new InvalidInputException(PetitionProcess.VAR_REPLY_DATE,
                    "答复日期须在" + ChinaTime.date(since) + "至今天之间");
        }
        String who = actor.of(task);
        petition.reply(repliedOn, content);
        notices.save(new PetitionNotice(petition.getId(), NoticeKind.REPLY, content, repliedOn, who,
                clock.instant()));
        boolean late = petition.getHandlingDue() != null && repliedOn.isAfter(petition.getHandlingDue());
        timeline.record(petition.getId(), who, PetitionEventType.REPLIED, "书面答复（" + ChinaTime.date(repliedOn) + "）",
                content + (late ? "（超过办理期限" + ChinaTime.date(petition.getHandlingDue()) + "）" : ""));
        LocalDate windowEnd = calendar.due(DeadlineRule.REVIEW_REQUEST, repliedOn);
        task.getExecution().setVariable(PetitionProcess.VAR_REVIEW_WINDOW_END, DueDates.endOf(windowEnd));
        task.getExecution().setVariable(PetitionProcess.VAR_EVALUATION_DUE,
                DueDates.endOf(repliedOn.plusDays(evaluationDays)));
        task.getExecution().removeVariable(PetitionProcess.VAR_REPLY_CONTENT);
    }

    private void moveTimers(DelegateTask task, LocalDate dueOn) {
        Date due = DueDates.endOf(dueOn);
        Date remindAt = dueDates.reminderFor(dueOn);
        task.getExecution().setVariable(PetitionProcess.VAR_HANDLING_DUE, due);
        task.getExecution().setVariable(PetitionProcess.VAR_HANDLING_REMINDER, remindAt);
        Map<String, Date> firesAt = Map.of(PetitionProcess.BOUNDARY_HANDLING_REMINDER, remindAt,
                PetitionProcess.BOUNDARY_HANDLING_OVERDUE, due);
        var management = task.getProcessEngineServices().getManagementService();
        firesAt.forEach((timer, at) -> management.createJobQuery().processInstanceId(task.getProcessInstanceId())
                .activityId(timer).list().forEach(job -> ((JobEntity) job).setDuedate(at)));
    }

    static RunningLimit clockOf(Petition petition) {
        return new RunningLimit(null, DeadlineRule.PETITION_HANDLING, petition.getId(), petition.getAcceptedOn());
    }
}
