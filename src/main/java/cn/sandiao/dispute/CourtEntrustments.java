package cn.sandiao.dispute;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InputValidator;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.organization.Committee;
import cn.sandiao.organization.CommitteeDirectory;
import cn.sandiao.organization.MediationLevel;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.AsSystem;
import cn.sandiao.workflow.BusinessCalendar;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A court hands a case to a people's mediation body of its county (诉调对接, 最高人民法院关于人民法院特邀调解的规定):
 * the case is registered as the court's, accepted as it comes (the court chose the body, so there is no triage of
 * ours) and goes straight to that body, whose limit counts from the day it signed for the materials.
 */
@Service
public class CourtEntrustments {

    /** The court's Tasklist start form for the same hand-over. */
    public static final String PROCESS_KEY = "court_entrustment";

    private final DisputeRegistration registration;
    private final CommitteeDirectory committees;
    private final TriageAdvisor advisor;
    private final UserScopes scopes;
    private final BusinessCalendar calendar;
    private final InputValidator validator;
    private final CaseTimeline timeline;
    private final DisputeMapper mapper;
    private final RuntimeService runtimeService;
    private final AsSystem asSystem;
    private final Clock clock;

    CourtEntrustments(DisputeRegistration registration, CommitteeDirectory committees, TriageAdvisor advisor,
                      UserScopes scopes, BusinessCalendar calendar, InputValidator validator, CaseTimeline timeline,
                      DisputeMapper mapper, RuntimeService runtimeService, AsSystem asSystem, Clock clock) {
        this.registration = registration;
        this.committees = committees;
        this.advisor = advisor;
        this.scopes = scopes;
        this.calendar = calendar;
        this.validator = validator;
        this.timeline = timeline;
        this.mapper = mapper;
        this.runtimeService = runtimeService;
        this.asSystem = asSystem;
        this.clock = clock;
    }

    /** Stores the case and starts its process at the named body in one transaction. */
    @Transactional
    public DisputeViews.Registered entrust(EntrustCaseRequest request, String court) {
        Committee committee = checkedCommittee(validator.check(request));
        MediationLevel level = MediationLevel.ofCommittee(committee).orElseThrow(
                () -> new InvalidInputException("committeeCode", committee.getName() + "不是人民调解组织，不能接受委派、委托调解"));
        CourtEntrustment entrustment = new CourtEntrustment(request.courtCaseNo().strip(), request.kind(),
                request.procedure(), committee.getCode(), request.materialsSignedOn());
        DisputeCase disputeCase = registration.create(validator.check(request.dispute()), court);
        // the court's scope was checked above; starting dispute_case is not otherwise the court's to do
        TriageAdvisor.Risk risk = asSystem.call(() -> advisor.riskOf(disputeCase));
        disputeCase.entrustedBy(entrustment, risk.level(), risk.reason(), level, clock.instant());
        timeline.record(disputeCase.getId(), CaseEventType.ENTRUSTED, court, entrustment.describe(),
                "法院案号" + entrustment.getCourtCaseNo() + "；承办：" + committee.getName() + "；"
                        + ChinaTime.date(entrustment.getMaterialsSignedOn()) + "签收材料");

        Map<String, Object> variables = registration.processVariables(disputeCase);
        variables.put(DisputeCaseProcess.VAR_CHANNEL, Channel.PEOPLE.name());
        variables.put(DisputeCaseProcess.VAR_MEDIATION_LEVEL, level.name());
        variables.put(DisputeCaseProcess.VAR_RISK_LEVEL, risk.level().name());
        variables.put(DisputeCaseProcess.VAR_RISK_REASON, risk.reason());
        variables.put(DisputeCaseProcess.VAR_LEADER_IN_CHARGE, risk.level() == RiskLevel.MAJOR);
        ProcessInstance instance = asSystem.call(() -> runtimeService.startProcessInstanceByMessage(
                DisputeCaseProcess.MESSAGE_COURT_ENTRUSTED, disputeCase.getCaseNo(), variables));
        registration.linkProcess(disputeCase, instance.getId());
        return mapper.registered(disputeCase);
    }

    /** The hand-over's committee, once the procedure, the sign-for date and the committee's existence and place are checked. */
    private Committee checkedCommittee(EntrustCaseRequest request) {
        if (request.kind() == EntrustmentKind.AFTER_FILING && request.procedure() == null) {
            throw new InvalidInputException("procedure", "委托调解须注明适用普通程序还是简易程序（调解期限分别为15日、7日）");
        }
        if (request.kind() == EntrustmentKind.BEFORE_FILING && request.procedure() != null) {
            throw new InvalidInputException("procedure", "委派调解的案件尚未立案，没有审理程序，请不要填写");
        }
        LocalDate today = calendar.today();
        if (request.materialsSignedOn().isAfter(today)) {
            throw new InvalidInputException("materialsSignedOn", "签收材料的日期不能晚于今天（" + ChinaTime.date(today) + "）");
        }
        Committee committee = committees.find(request.committeeCode().strip())
                .orElseThrow(() -> new InvalidInputException("committeeCode", "调解组织不存在：" + request.committeeCode()));
        if (!committee.isActive()) {
            throw new InvalidInputException("committeeCode", committee.getName() + "已停用，不能接受委派、委托调解");
        }
        if (!scopes.current().coversRegion(committee.getRegionCode())) {
            throw new InvalidInputException("committeeCode", committee.getName() + "不在本院辖区内");
        }
        return committee;
    }
}
