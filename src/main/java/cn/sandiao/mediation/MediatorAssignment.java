package cn.sandiao.mediation;

import cn.sandiao.common.ChinaTime;
import static cn.sandiao.mediation.MediationProcess.*;

import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.Channel;
import cn.sandiao.dispute.CourtEntrustment;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.DisputeCase;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.organization.Committee;
import cn.sandiao.organization.CommitteeDirectory;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.organization.Mediator;
import cn.sandiao.organization.MediatorRepository;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.DeadlineClocks;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import cn.sandiao.workflow.InstanceAccess;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Chooses who mediates: the committee for the case's village at the routed level (or the professional
 * committee for its type), or the department of an administrative mediation; in it the active mediator with
 * the fewest open mediations. The body's group stays candidate, so a colleague can take the task over.
 */
@Component("mediatorAssignment")
public class MediatorAssignment {

    private final DisputeCases cases;
    private final CommitteeDirectory committees;
    private final MediatorRepository mediators;
    private final MediationRepository mediations;
    private final BusinessCalendar calendar;
    private final CaseTimeline timeline;
    private final DueDates dueDates;
    private final InstanceAccess instanceAccess;
    private final DeadlineClocks clocks;
    private final Clock clock;

    MediatorAssignment(DisputeCases cases, CommitteeDirectory committees, MediatorRepository mediators,
                       MediationRepository mediations, BusinessCalendar calendar, CaseTimeline timeline,
                       DueDates dueDates,
                       InstanceAccess instanceAccess, DeadlineClocks clocks, Clock clock) {
        this.clocks = clocks;
        this.cases = cases;
        this.committees = committees;
        this.mediators = mediators;
        this.mediations = mediations;
        this.calendar = calendar;
        this.timeline = timeline;
        this.dueDates = dueDates;
        this.instanceAccess = instanceAccess;
        this.clock = clock;
    }

    /** People's mediation: the committee of the routed level. */
    public void assign(DelegateExecution execution) {
        DisputeCase disputeCase = caseOf(execution);
        MediationLevel level = MediationLevel.valueOf(
                (String) execution.getVariable(DisputeCaseProcess.VAR_MEDIATION_LEVEL));
        CourtEntrustment entrusted = disputeCase.getCourtEntrustment();
        if (entrusted != null && !mediations.existsByCaseId(disputeCase.getId())) {
            // the body the court named, on the court's limit from the day it signed for the materials
            open(execution, disputeCase, level, committees.get(entrusted.getCommitteeCode()),
                    entrusted.getMaterialsSignedOn(), MediationDeadlines.ruleFor(entrusted));
            return;
        }
        open(execution, disputeCase, level,
                committees.committeeFor(disputeCase.getRegionCode(), level, disputeCase.getType().name()));
    }

    /** Administrative mediation: the department the case was handed to. */
    public void assignDepartment(DelegateExecution execution) {
        open(execution, caseOf(execution), MediationLevel.ADMINISTRATIVE,
                committees.get((String) execution.getVariable(DisputeCaseProcess.VAR_DEPARTMENT_CODE)));
    }

    /** The court's pre-litigation mediation (委派调解): the county's court and its judge for mediation. */
    public void assignCourt(DelegateExecution execution) {
        DisputeCase disputeCase = caseOf(execution);
        open(execution, disputeCase, MediationLevel.COURT,
                committees.committeeFor(disputeCase.getRegionCode(), MediationLevel.COURT, disputeCase.getType().name()));
    }

    private void open(DelegateExecution execution, DisputeCase disputeCase, MediationLevel level, Committee committee) {
        open(execution, disputeCase, level, committee, calendar.today(),
                MediationDeadlines.ruleFor(level, disputeCase.getType()));
    }

    private void open(DelegateExecution execution, DisputeCase disputeCase, MediationLevel level, Committee committee,
                      LocalDate acceptedOn, DeadlineRule rule) {
        Optional<Mediator> mediator = leastBusy(committee);
        LocalDate dueOn = calendar.due(rule, acceptedOn);
        Channel channel = Channel.of(level);
        Mediation mediation = mediations.save(new Mediation(disputeCase.getId(), channel, level, committee.getCode(),
                mediator.map(Mediator::getUserId).orElse(null), acceptedOn, dueOn, rule, clock.instant()));
        cases.mediatedBy(disputeCase.getId(), level, committee.getCode());
        String supervisorGroups = (String) execution.getVariable(DisputeCaseProcess.VAR_SUPERVISOR_GROUPS);
        // the committee's own staff read their mediation too: Tasklist shows its case columns to them
        List<String> readers = new ArrayList<>(List.of(supervisorGroups.split(",")));
        readers.add(committee.getGroupId());
        instanceAccess.grantRead(execution.getProcessInstanceId(), readers);

        execution.setVariable(VAR_MEDIATION_ID, mediation.getId());
        execution.setVariable(VAR_MEDIATOR_ID, mediation.getMediatorId());
        execution.setVariable(VAR_MEDIATOR_GROUP, committee.getGroupId());
        execution.setVariable(VAR_COMMITTEE_NAME, committee.getName());
        execution.setVariable(VAR_MEDIATION_DUE, DueDates.endOf(dueOn));
        execution.setVariable(VAR_REMINDER_AT, dueDates.reminderFor(dueOn));
        execution.setVariable(VAR_DEADLINE_BASIS, clocks.describeJustStarted(mediation.clock()));
        execution.setVariable(VAR_CLOCK_PAUSABLE, rule.pausable());
        execution.setVariable(VAR_CLOCK_EXTENDABLE, rule.extension().allowed());

        timeline.record(disputeCase.getId(), CaseEventType.MEDIATOR_ASSIGNED, CurrentActor.SYSTEM,
                "由" + committee.getName() + "受理" + channel.label(),
                mediator.map(m -> "调解员：" + m.getName()).orElse("调解员待认领") + "；调解期限至" + ChinaTime.date(dueOn));
    }

    private DisputeCase caseOf(DelegateExecution execution) {
        return cases.of(execution);
    }

    /** The committee's mediator with the fewest mediations under way (the first by user id among equals). */
    private Optional<Mediator> leastBusy(Committee committee) {
        List<Mediator> candidates = mediators.findByCommitteeCodeAndActiveTrueOrderByUserIdAsc(committee.getCode());
        if (candidates.size() < 2) {
            return candidates.stream().findFirst();
        }
        Map<String, Long> underWay = new HashMap<>();
        for (Object[] row : mediations.openCountsOf(candidates.stream().map(Mediator::getUserId).toList())) {
            underWay.put((String) row[0], (Long) row[1]);
        }
        return candidates.stream().min(Comparator.comparingLong((Mediator m) -> underWay.getOrDefault(m.getUserId(), 0L))
                .thenComparing(Mediator::getUserId));
    }
}
