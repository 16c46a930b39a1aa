package cn.sandiao.petition;

import static cn.sandiao.workflow.FormValues.choice;
import static cn.sandiao.workflow.FormValues.date;
import static cn.sandiao.workflow.FormValues.flag;
import static cn.sandiao.workflow.FormValues.text;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import java.time.Clock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * The office's decision on a received petition and the written notice of it (第二十三条): accepted for handling,
 * guided to another procedure, transferred, or sent to mediation with both parties' consent. An accepted claim
 * (第三十一条第六项) starts its 60-day handling clock (第三十四条) on the day of acceptance.
 */
@Component("petitionAcceptance")
public class PetitionAcceptance {

    private final PetitionRepository petitions;
    private final PetitionNoticeRepository notices;
    private final PetitionTimeline timeline;
    private final BusinessCalendar calendar;
    private final CurrentActor actor;
    private final DueDates dueDates;
    private final Clock clock;

    PetitionAcceptance(PetitionRepository petitions, PetitionNoticeRepository notices, PetitionTimeline timeline,
                       BusinessCalendar calendar, CurrentActor actor,
                       DueDates dueDates, Clock clock) {
        this.petitions = petitions;
        this.notices = notices;
        this.timeline = timeline;
        this.calendar = calendar;
        this.actor = actor;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    public void decide(DelegateTask task) {
        Petition petition = petitions.of(task);
        AcceptanceDecision decision = choice(task, PetitionProcess.VAR_DECISION, AcceptanceDecision.class);
        if (decision == null) {
            throw new InvalidInputException(PetitionProcess.VAR_DECISION, "请选择处理方式");
        }
        String notice = text(task, PetitionProcess.VAR_NOTICE);
        if (notice == null || notice.length() > 2000) {
            throw new InvalidInputException(PetitionProcess.VAR_NOTICE, "请填写书面告知内容（不超过2000字）");
        }
        String route = route(task, decision, petition);
        String by = actor.of(task);
        LocalDate today = noticeDate(task, petition);
        petition.decide(decision, route, today);
        notices.save(new PetitionNotice(petition.getId(), noticeKind(decision), notice, today, by, clock.instant()));
        timeline.record(petition.getId(), by, PetitionEventType.DECIDED, decision.label(),
                (route == null ? "" : route + "；") + "书面告知：" + notice
                        + (today.isAfter(petition.getAcceptanceDue())
                        ? "（超过告知期限" + ChinaTime.date(petition.getAcceptanceDue()) + "）" : ""));
        if (decision == AcceptanceDecision.ACCEPT && petition.getCategory() == PetitionCategory.CLAIM) {
            LocalDate due = calendar.due(DeadlineRule.PETITION_HANDLING, today);
            petition.startHandlingClock(due);
            task.getExecution().setVariable(PetitionProcess.VAR_HANDLING_DUE, DueDates.endOf(due));
            task.getExecution().setVariable(PetitionProcess.VAR_HANDLING_REMINDER,
                    dueDates.reminderFor(due));
            task.getExecution().setVariable(PetitionProcess.VAR_DEADLINE_BASIS, handlingBasis(petition));
        }
        task.getExecution().removeVariable(PetitionProcess.VAR_NOTICE);
        task.getExecution().removeVariable(PetitionProcess.VAR_NOTICE_DATE);
    }

    /** The day the written notice went out: today unless the officer records one sent earlier. */
    private LocalDate noticeDate(DelegateTask task, Petition petition) {
        LocalDate today = calendar.today();
        LocalDate given = date(task, PetitionProcess.VAR_NOTICE_DATE);
        if (given == null) {
            return today;
        }
        if (given.isBefore(petition.getReceivedOn()) || given.isAfter(today)) {
            throw new InvalidInputException(PetitionProcess.VAR_NOTICE_DATE,
                    "告知日期须在收到日期" + ChinaTime.date(petition.getReceivedOn()) + "至今天之间");
        }
        return given;
    }

    static String handlingBasis(Petition petition) {
        return DeadlineRule.PETITION_HANDLING.describe() + "；受理日期" + ChinaTime.date(petition.getAcceptedOn())
                + "，期限至" + ChinaTime.date(petition.getHandlingDue())
                + (petition.getExtendedDays() == null ? "" : "（已延长" + petition.getExtendedDays() + "日）");
    }

    private static String route(DelegateTask task, AcceptanceDecision decision, Petition petition) {
        boolean claim = petition.getCategory() == PetitionCategory.CLAIM;
        return switch (decision) {
            case ACCEPT -> null;
            case GUIDE_TO_PROCEDURE -> {
                requireClaim(claim, PetitionProcess.VAR_DECISION, "导入法定途径");
                GuidedProcedure procedure = choice(task, PetitionProcess.VAR_PROCEDURE, GuidedProcedure.class);
                if (procedure == null) {
                    throw new InvalidInputException(PetitionProcess.VAR_PROCEDURE, "请选择导入的法定途径");
                }
                yield procedure.label();
            }
            case TRANSFER_POLITICAL_LEGAL -> authority(task, "政法部门");
            case TRANSFER_AUTHORITY -> {
                String authority = authority(task, null);
                if (authority == null) {
                    throw new InvalidInputException(PetitionProcess.VAR_AUTHORITY, "请填写转送的有权处理机关、单位");
                }
                yield authority;
            }
            case REFER_TO_MEDIATION -> {
                requireClaim(claim, PetitionProcess.VAR_DECISION, "访调对接");
                if (!Boolean.TRUE.equals(flag(task, PetitionProcess.VAR_PARTIES_CONSENT))) {
                    throw new InvalidInputException(PetitionProcess.VAR_PARTIES_CONSENT,
                            "访调对接须经争议双方当事人同意调解（信访工作条例第三十三条）");
                }
                yield "争议双方当事人同意调解";
            }
        };
    }

    private static String authority(DelegateTask task, String otherwise) {
        String authority = text(task, PetitionProcess.VAR_AUTHORITY);
        if (authority != null && authority.length() > 200) {
            throw new InvalidInputException(PetitionProcess.VAR_AUTHORITY, "机关、单位名称不能超过200字");
        }
        return authority == null ? otherwise : authority;
    }

    private static void requireClaim(boolean claim, String field, String what) {
        if (!claim) {
            throw new InvalidInputException(field, what + "仅适用于申诉求决类信访事项（信访工作条例第三十一条、第三十三条）");
        }
    }

    private static NoticeKind noticeKind(AcceptanceDecision decision) {
        return switch (decision) {
            case ACCEPT -> NoticeKind.ACCEPTANCE;
            case GUIDE_TO_PROCEDURE -> NoticeKind.GUIDANCE;
            case TRANSFER_POLITICAL_LEGAL, TRANSFER_AUTHORITY -> NoticeKind.TRANSFER;
            case REFER_TO_MEDIATION -> NoticeKind.MEDIATION_REFERRAL;
        };
    }
}
