package cn.sandiao.agreement;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.mediation.Mediations;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineClocks;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.HolidayCalendarChanged;
import java.time.LocalDate;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A new holiday schedule may move the end of an open application window (30 days from the agreement) or the
 * last day of a court's review (15 days, with an approved extension): the task, the window's timer and the
 * record move with it, and the timeline says why.
 */
@Component
class ConfirmationDeadlineRecount {

    private final JudicialConfirmationRepository confirmations;
    private final Mediations mediations;
    private final BusinessCalendar calendar;
    private final DeadlineClocks clocks;
    private final ConfirmationDueMover dueMover;

    ConfirmationDeadlineRecount(JudicialConfirmationRepository confirmations, Mediations mediations,
                                BusinessCalendar calendar, DeadlineClocks clocks, ConfirmationDueMover dueMover) {
        this.confirmations = confirmations;
        this.mediations = mediations;
        this.calendar = calendar;
        this.clocks = clocks;
        this.dueMover = dueMover;
    }

    @EventListener
    public void recount(HolidayCalendarChanged change) {
        for (JudicialConfirmation confirmation : confirmations.findByStatusIn(
                List.of(JudicialConfirmation.Status.WINDOW_OPEN, JudicialConfirmation.Status.ACCEPTED))) {
            if (confirmation.getStatus() == JudicialConfirmation.Status.WINDOW_OPEN) {
                LocalDate agreed = confirmation.windowStart(mediations.get(confirmation.getMediationId()).getEndedAt()
                        .atZone(ChinaTime.ZONE).toLocalDate());
                LocalDate before = confirmation.getWindowEndsOn();
                LocalDate after = calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_APPLICATION, agreed);
                if (!after.equals(before)) {
                    confirmation.moveWindowEnd(after);
                    dueMover.move(confirmation, before, after, ConfirmationDueMover.Due.APPLICATION_WINDOW, change.loadedBy(),
                            "节假日安排变更，", holidayReason(change));
                }
            } else {
                LocalDate before = confirmation.getRulingDueOn();
                LocalDate after = clocks.due(confirmation.rulingClock());
                if (!after.equals(before)) {
                    confirmation.moveRulingDue(after);
                    dueMover.move(confirmation, before, after, ConfirmationDueMover.Due.RULING, change.loadedBy(),
                            "节假日安排变更，", holidayReason(change));
                }
            }
        }
    }

    private static String holidayReason(HolidayCalendarChanged change) {
        return change.year() + "年节假日安排第" + change.version() + "版载入";
    }
}
