package cn.sandiao.dispute;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDateMover;
import cn.sandiao.workflow.DueDates;
import cn.sandiao.workflow.HolidayCalendarChanged;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A new holiday schedule may move the last day of a triage still waiting: its task moves with it. */
@Component
class TriageDeadlineRecount {

    private final DisputeCaseRepository cases;
    private final BusinessCalendar calendar;
    private final DueDateMover mover;
    private final CaseTimeline timeline;

    TriageDeadlineRecount(DisputeCaseRepository cases, BusinessCalendar calendar, DueDateMover mover,
                          CaseTimeline timeline) {
        this.cases = cases;
        this.calendar = calendar;
        this.mover = mover;
        this.timeline = timeline;
    }

    @EventListener
    public void recount(HolidayCalendarChanged change) {
        for (DisputeCase waiting : cases.findByStatus(CaseStatus.REGISTERED)) {
            LocalDate before = waiting.getTriageDue();
            LocalDate after = calendar.due(DeadlineRule.TRIAGE,
                    waiting.getRegisteredAt().atZone(ChinaTime.ZONE).toLocalDate());
            if (before == null || after.equals(before) || waiting.getProcessInstanceId() == null) {
                continue;
            }
            waiting.moveTriageDue(after);
            mover.move(waiting.getProcessInstanceId(), DueDates.endOf(before), DueDates.endOf(after));
            timeline.record(waiting.getId(), CaseEventType.DEADLINE_CHANGED, change.loadedBy(),
                    "节假日安排变更，受理审查期限调整", "任务受理审查与分流的到期日由" + ChinaTime.date(before) + "调整为"
                            + ChinaTime.date(after) + "；原因：" + change.year() + "年节假日安排第" + change.version() + "版载入");
        }
    }
}
