package cn.sandiao.petition;

import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.date;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.ConflictException;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.workflow.AsSystem;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.RunningLimit;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.DeadlineClocks;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Review (复查, 第三十五条) and re-review (复核, 第三十六条): a request is taken only inside its 30-day window from
 * the written answer below it, and only while the petition waits for it; the opinion is due 30 days after the
 * request, a re-review's hearing days not counted. A re-review opinion makes the matter final.
 */
@Component("petitionReviews")
public class PetitionReviews {

    private final PetitionRepository petitions;
    private final PetitionReviewRepository reviews;
    private final PetitionNoticeRepository notices;
    private final PetitionService service;
    private final PetitionTimeline timeline;
    private final RuntimeService runtimeService;
    private final DeadlineClocks clocks;
    private final BusinessCalendar calendar;
    private final CurrentActor actor;
    private final AsSystem asSystem;
    private final Clock clock;

    PetitionReviews(PetitionRepository petitions, PetitionReviewRepository reviews, PetitionNoticeRepository notices,
                    PetitionService service, PetitionTimeline timeline, RuntimeService runtimeService,
                    DeadlineClocks clocks, BusinessCalendar calendar, CurrentActor actor, AsSystem asSystem, Clock clock) {
        this.petitions = petitions;
        this.reviews = reviews;
        this.notices = notices;
        this.service = service;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
        this.clocks = clocks;
        this.calendar = calendar;
        this.actor = actor;
        this.asSystem = asSystem;
        this.clock = clock;
    }

    @Transactional
    public PetitionViews.Detail request(Long petitionId, ReviewLevel level, ReviewRequest request) {
        Petition petition = service.find(petitionId);
        boolean review = level == ReviewLevel.REVIEW;
        PetitionStatus waiting = review ? PetitionStatus.REPLIED : PetitionStatus.REVIEWED;
        String message = review ? PetitionProcess.MESSAGE_REVIEW_REQUESTED : PetitionProcess.MESSAGE_RE_REVIEW_REQUESTED;
        boolean subscribed = asSystem.call(() -> runtimeService.createEventSubscriptionQuery()
                .processInstanceId(petition.getProcessInstanceId()).eventName(message).count() > 0);
        if (petition.getStatus() != waiting || !subscribed) {
            throw new ConflictException(review
                    ? "只有已书面答复、可请求复查的申诉求决类信访事项才能请求复查（当前：" + petition.getStatus().label() + "）"
                    : "只有已出具复查意见、可请求复核的信访事项才能请求复核（当前：" + petition.getStatus().label() + "）");
        }
        LocalDate answeredOn = review ? petition.getRepliedOn()
                : reviews.findFirstByPetitionIdAndLevelOrderByIdDesc(petitionId, ReviewLevel.REVIEW).orElseThrow().getOpinionOn();
        LocalDate receivedOn = request.receivedOn() == null ? calendar.today() : request.receivedOn();
        if (receivedOn.isBefore(answeredOn)) {
            throw new InvalidInputException("receivedOn", "收到请求的日期不能早于书面答复日期" + ChinaTime.date(answeredOn));
        }
        DeadlineRule window = review ? DeadlineRule.REVIEW_REQUEST : DeadlineRule.RE_REVIEW_REQUEST;
        LocalDate windowEnd = calendar.due(window, answeredOn);
        if (receivedOn.isAfter(windowEnd)) {
            throw new ConflictException("已超过请求" + level.label() + "的期限：应自收到书面答复（" + ChinaTime.date(answeredOn)
                    + "）之日起30日内提出，期限至" + ChinaTime.date(windowEnd) + "（" + window.basis() + "）");
        }
        DeadlineRule opinionRule = review ? DeadlineRule.REVIEW_OPINION : DeadlineRule.RE_REVIEW_OPINION;
        LocalDate opinionDue = calendar.due(opinionRule, receivedOn);
        String by = actor.id();
        reviews.save(new PetitionReview(petitionId, level, receivedOn, request.reason().strip(),
                by, opinionDue));
        petition.moveTo(review ? PetitionStatus.UNDER_REVIEW : PetitionStatus.UNDER_RE_REVIEW);
        timeline.record(petitionId, by, PetitionEventType.requested(level),
                "请求" + level.label() + "（" + ChinaTime.date(receivedOn) + "收到）",
                request.reason().strip() + "；" + level.label() + "意见期限至" + ChinaTime.date(opinionDue));
        // the office's scope was checked above; Camunda would ask the clerk for UPDATE on the instance
        asSystem.call(() -> runtimeService.createMessageCorrelation(message).processInstanceId(petition.getProcessInstanceId())
                .setVariables(Map.of(
                        review ? PetitionProcess.VAR_REVIEW_OPINION_DUE : PetitionProcess.VAR_RE_REVIEW_OPINION_DUE,
                        DueDates.endOf(opinionDue),
                        PetitionProcess.VAR_REQUEST_REASON, request.reason().strip(),
                        PetitionProcess.VAR_DEADLINE_BASIS, opinionRule.describe() + "；收到请求" + ChinaTime.date(receivedOn)
                                + "，期限至" + ChinaTime.date(opinionDue)))
                .correlateWithResult());
        return service.detail(petitionId);
    }

    public void reviewOpinion(DelegateTask task) {
        PetitionReview review = reviewOf(task, ReviewLevel.REVIEW);
        decide(task, review, NoticeKind.REVIEW_OPINION, PetitionStatus.REVIEWED);
        LocalDate windowEnd = calendar.due(DeadlineRule.RE_REVIEW_REQUEST, review.getOpinionOn());
        task.getExecution().setVariable(PetitionProcess.VAR_RE_REVIEW_WINDOW_END, DueDates.endOf(windowEnd));
    }

    /** A hearing starts or ends (its days do not count, 第三十六条第二款), or the opinion is given. */
    public void reReviewOpinion(DelegateTask task) {
        PetitionReview review = reviewOf(task, ReviewLevel.RE_REVIEW);
        String step = text(task, PetitionProcess.VAR_RE_REVIEW_STEP);
        String who = actor.of(task);
        RunningLimit limit = new RunningLimit(null, DeadlineRule.RE_REVIEW_OPINION, review.getId(), review.getRequestedOn());
        if (PetitionProcess.STEP_HEARING_STARTED.equals(step)) {
            clocks.pause(limit, date(task, DeadlineClocks.FIELD_DATE), text(task, DeadlineClocks.FIELD_REASON), who);
            task.getExecution().setVariable(PetitionProcess.VAR_RE_REVIEW_OPINION_DUE, null);
        } else if (PetitionProcess.STEP_HEARING_ENDED.equals(step)) {
            LocalDate due = clocks.resume(limit, date(task, DeadlineClocks.FIELD_DATE));
            review.moveDue(due);
            task.getExecution().setVariable(PetitionProcess.VAR_RE_REVIEW_OPINION_DUE, DueDates.endOf(due));
        } else if (PetitionProcess.STEP_OPINION.equals(step)) {
            if (clocks.isPaused(limit)) {
                throw new InvalidInputException(PetitionProcess.VAR_RE_REVIEW_STEP, "听证尚未结束，请先登记听证结束日期");
            }
            decide(task, review, NoticeKind.RE_REVIEW_OPINION, PetitionStatus.UNDER_RE_REVIEW);
            return;
        } else {
            throw new InvalidInputException(PetitionProcess.VAR_RE_REVIEW_STEP, "请选择登记听证或出具复核意见");
        }
        task.getExecution().setVariable(PetitionProcess.VAR_DEADLINE_BASIS, clocks.describe(limit));
        timeline.record(review.getPetitionId(), who, PetitionEventType.HEARING,
                PetitionProcess.STEP_HEARING_STARTED.equals(step) ? "复核听证开始，暂停计时" : "复核听证结束，恢复计时",
                clocks.describe(limit));
    }

    private void decide(DelegateTask task, PetitionReview review, NoticeKind kind, PetitionStatus next) {
        String opinion = text(task, PetitionProcess.VAR_OPINION);
        if (opinion == null || opinion.length() > 4000) {
            throw new InvalidInputException(PetitionProcess.VAR_OPINION, "请填写" + kind.label() + "内容（不超过4000字）");
        }
        OpinionResult result = choice(task, PetitionProcess.VAR_OPINION_RESULT, OpinionResult.class);
        if (result == null) {
            throw new InvalidInputException(PetitionProcess.VAR_OPINION_RESULT, "请选择维持或撤销、变更原处理意见");
        }
        String who = actor.of(task);
        LocalDate today = calendar.today();
        review.decide(opinion, result, today, who);
        petitions.findById(review.getPetitionId()).orElseThrow().moveTo(next);
        notices.save(new PetitionNotice(review.getPetitionId(), kind, opinion, today, who, clock.instant()));
        timeline.record(review.getPetitionId(), who, PetitionEventType.opinion(review.getLevel()),
                kind.label() + "：" + result.label(),
                opinion + (today.isAfter(review.getOpinionDue()) ? "（超过期限" + ChinaTime.date(review.getOpinionDue()) + "）" : ""));
        task.getExecution().removeVariable(PetitionProcess.VAR_OPINION);
    }

    /** The petition's request of that level (one each at most), the petition being its process's business key. */
    private PetitionReview reviewOf(DelegateTask task, ReviewLevel level) {
        return reviews.findFirstByPetitionIdAndLevelOrderByIdDesc(petitions.of(task).getId(), level).orElseThrow();
    }
}
