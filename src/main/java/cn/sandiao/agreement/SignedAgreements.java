package cn.sandiao.agreement;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.mediation.Mediations;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineRule;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * When the signed agreement comes in, the mediation records the day it took effect, and the parties' window to apply for judicial confirmation counts from the day
 * it took effect (人民调解法 第三十三条), not from the day the outcome was recorded: the window's end, its timer and
 * the court's task move with it, in the upload's transaction.
 */
@Service
public class SignedAgreements {

    private final JudicialConfirmationRepository confirmations;
    private final BusinessCalendar calendar;
    private final ConfirmationDueMover dueMover;
    private final Mediations mediations;

    SignedAgreements(JudicialConfirmationRepository confirmations, BusinessCalendar calendar,
                     ConfirmationDueMover dueMover, Mediations mediations) {
        this.confirmations = confirmations;
        this.calendar = calendar;
        this.dueMover = dueMover;
        this.mediations = mediations;
    }

    /**
     * The signed agreement of mediation {@code mediationId} was taken in: it took effect on {@code signedOn}
     * (人民调解法 第二十九条: once every party and the mediator have signed and the committee has sealed it).
     */
    @Transactional
    public void tookEffect(Long mediationId, LocalDate signedOn, String actor) {
        mediations.agreementSigned(mediationId, signedOn);
        confirmations.findByMediationId(mediationId)
                .filter(confirmation -> confirmation.getStatus() == JudicialConfirmation.Status.WINDOW_OPEN)
                .ifPresent(confirmation -> {
                    LocalDate before = confirmation.getWindowEndsOn();
                    LocalDate after = calendar.due(DeadlineRule.JUDICIAL_CONFIRMATION_APPLICATION, signedOn);
                    confirmation.agreementTookEffect(signedOn, after);
                    if (!after.equals(before)) {
                        dueMover.move(confirmation, before, after, ConfirmationDueMover.Due.APPLICATION_WINDOW,
                                actor, "调解协议签署生效，",
                                "调解协议于" + ChinaTime.date(signedOn) + "签署生效（已上传签署的协议书）");
                    }
                });
    }
}
