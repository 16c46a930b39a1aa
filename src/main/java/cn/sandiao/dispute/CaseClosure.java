package cn.sandiao.dispute;

import cn.sandiao.workflow.CurrentActor;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/** Closes a case with the result named by the end event it reaches. */
@Component("caseClosure")
public class CaseClosure {

    private final DisputeCaseRepository cases;
    private final CaseTimeline timeline;
    private final CurrentActor actor;
    private final MeterRegistry meters;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseClosure(DisputeCaseRepository cases, CaseTimeline timeline, CurrentActor actor, MeterRegistry meters,
                ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.actor = actor;
        this.meters = meters;
        this.events = events;
        this.clock = clock;
    }

    public void close(DelegateExecution execution, String resultName) {
        CaseResult result = CaseResult.valueOf(resultName);
        DisputeCase disputeCase = cases.of(execution);
        String note = switch (result) {
            case DECLINED -> disputeCase.getDeclineReason() + "；" + disputeCase.getDeclineRoute().label();
            case SUCCEEDED -> "达成调解协议";
            case WITHDRAWN -> "REFUSED".equals(execution.getVariable(DisputeCaseProcess.VAR_MEDIATION_RESULT))
                    ? "当事人拒绝调解" : "当事人撤回调解申请";
            case FAILED_TO_JUDICIAL -> "调解不成，已告知当事人可依法申请仲裁或提起诉讼";
            case FAILED_TO_ADMINISTRATIVE -> "调解不成，移交行政调解";
        };
        LocalDate limit = result == CaseResult.DECLINED ? disputeCase.getTriageDue()
                : cases.lastMediationDue(disputeCase.getId()).orElse(disputeCase.getTriageDue());
        disputeCase.close(result, note, clock.instant(), limit);
        meters.counter("sandiao.cases.closed", "result", result.name()).increment();
        timeline.record(disputeCase.getId(), CaseEventType.CLOSED, actor.id(), "结案：" + result.label(), note);
        events.publishEvent(new DisputeCaseClosed(disputeCase.getId(), disputeCase.getCaseNo(), result, note));
    }
}
