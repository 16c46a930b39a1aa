package cn.sandiao.agreement;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.document.AgreementSigned;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineRule;
import java.time.LocalDate;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * When the signed agreement comes in, the parties' window to apply for judicial confirmation counts from the day
 * it took effect (人民调解法 第三十三条), not from the day the outcome was recorded: the window's end, its timer and
 * the court's task move with it, in the upload's transaction.
 */
@Component
class SignedAgreements {

    private final JudicialConfirmationRepository confirmations;
    private final BusinessCalendar calendar;
    private final ConfirmationDueMover dueMover;

    SignedAgreements(JudicialConfirmationRepository confirmations, BusinessCalendar calendar,
                     ConfirmationDueMover dueMover) {
        this.confirmations = confirmations;
        this.calendar = calendar;
        this.dueMover = dueMover;
    }

    @EventListener
    public void tookEffect(AgreementSigned signed) {
        confirmations.findByMediationId(signed.mediationId())
                .filter(confirmation -> confirmation.getStatus() == JudicialConfirmation.Status.WINDOW_OPEN)
                .ifPresent(confirmation -> {
                    LocalDate before = confirmation.getWindowEndsOn();
                    LocalDate after = calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_APPLICATION, signed.signedOn());
                    confirmation.agreementTookEffect(signed.signedOn(), after);
                    if (!after.equals(before)) {
                        dueMover.move(confirmation, before, after, ConfirmationDueMover.Due.APPLICATION_WINDOW,
                                signed.actor(), "调解协议签署生效，",
                                "调解协议于" + ChinaTime.date(signed.signedOn()) + "签署生效（已上传签署的协议书）");
                    }
                });
    }
}
