package cn.sandiao.dispute;

import cn.sandiao.common.InvalidInputException;
import cn.sandiao.common.crypto.PersonalDataCipher;
import cn.sandiao.organization.Offices;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionLevel;
import cn.sandiao.organization.RegionService;
import cn.sandiao.organization.Roles;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import cn.sandiao.workflow.InstanceAccess;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Creates a registered case from validated input; shared by the API and the Tasklist start form. */
@Component
class DisputeRegistration {

    private final DisputeCaseRepository cases;
    private final CaseNumbers caseNumbers;
    private final RegionService regions;
    private final BusinessCalendar calendar;
    private final CaseTimeline timeline;
    private final CaseSummaries summaries;
    private final Offices offices;
    private final InstanceAccess instanceAccess;
    private final PersonalDataCipher cipher;
    private final MeterRegistry meters;
    private final UserScopes scopes;
    private final Clock clock;

    DisputeRegistration(DisputeCaseRepository cases, CaseNumbers caseNumbers, RegionService regions,
                        BusinessCalendar calendar, CaseTimeline timeline, CaseSummaries summaries, Offices offices,
                        InstanceAccess instanceAccess, PersonalDataCipher cipher, MeterRegistry meters,
                        UserScopes scopes, Clock clock) {
        this.scopes = scopes;
        this.cases = cases;
        this.caseNumbers = caseNumbers;
        this.regions = regions;
        this.calendar = calendar;
        this.timeline = timeline;
        this.summaries = summaries;
        this.offices = offices;
        this.instanceAccess = instanceAccess;
        this.cipher = cipher;
        this.meters = meters;
        this.clock = clock;
    }

    /** A case of the registering user's own region only, whichever way it comes in (API or start form). */
    @Transactional(propagation = Propagation.MANDATORY)
    DisputeCase create(RegisterDisputeRequest request, String actor) {
        if (!scopes.current().coversRegion(request.regionCode())) {
            throw new InvalidInputException("regionCode", "该村（社区）不在本机构管辖范围内：" + request.regionCode());
        }
        Region region = regions.find(request.regionCode())
                .orElseThrow(() -> new InvalidInputException("regionCode", "区划代码不存在：" + request.regionCode()));
        if (region.getLevel() != RegionLevel.VILLAGE) {
            throw new InvalidInputException("regionCode", "请选择村（社区）一级的区划，" + region.getName() + "不是村（社区）");
        }
        if (!region.isActive()) { // kept for its old cases, closed to new ones
            throw new InvalidInputException("regionCode", region.getName() + "已停用，不能登记新的纠纷");
        }
        DisputeCase disputeCase = new DisputeCase(request.source(), request.type(), region.getCode(),
                request.description().strip(), request.amount(), request.peopleInvolved(),
                request.isAbnormalDeath(), request.isRepeatedEscalation());
        for (PartyInput p : request.parties()) {
            String idNumber = upper(p.idNumber());
            disputeCase.addParty(new Party(p.role(), p.kind(), p.name().strip(), idNumber,
                    cipher.fingerprint(idNumber), upper(p.creditCode()), p.phone()));
        }
        LocalDate today = calendar.today();
        disputeCase.register(caseNumbers.next(CaseNumbers.DISPUTE_PREFIX, today.getYear()), clock.instant(), actor,
                calendar.due(DeadlineRule.TRIAGE, today));
        cases.save(disputeCase);
        CasesOfThisTransaction.remember(disputeCase.getCaseNo(), disputeCase.getId()); // the start's listeners ask for it
        meters.counter("sandiao.cases.registered", "type", disputeCase.getType().name()).increment();
        timeline.record(disputeCase.getId(), CaseEventType.REGISTERED, actor,
                "登记纠纷，案号" + disputeCase.getCaseNo(),
                disputeCase.getType().label() + "，来源：" + disputeCase.getSource().label());
        return disputeCase;
    }

    /** The variables the process starts with: ids and what gateways and forms need, no personal data. */
    Map<String, Object> processVariables(DisputeCase disputeCase) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DisputeCaseProcess.VAR_CASE_ID, disputeCase.getId());
        variables.put(DisputeCaseProcess.VAR_CASE_NO, disputeCase.getCaseNo());
        variables.put(DisputeCaseProcess.VAR_CASE_SUMMARY, summaries.of(disputeCase));
        variables.put(DisputeCaseProcess.VAR_REGION_CODE, disputeCase.getRegionCode());
        variables.put(DisputeCaseProcess.VAR_DISPUTE_TYPE, disputeCase.getType().name());
        variables.put(DisputeCaseProcess.VAR_DISPUTE_TYPE_NAME, disputeCase.getType().label());
        variables.put(DisputeCaseProcess.VAR_PARTY_NAMES, summaries.partyNames(disputeCase));
        variables.put(DisputeCaseProcess.VAR_VILLAGE_NAME, summaries.villageName(disputeCase));
        variables.put(DisputeCaseProcess.VAR_TRIAGE_DUE, DueDates.endOf(disputeCase.getTriageDue()));
        variables.put(DisputeCaseProcess.VAR_INTAKE_GROUPS,
                String.join(",", offices.groupsFor(Roles.INTAKE, disputeCase.getRegionCode())));
        variables.put(DisputeCaseProcess.VAR_SUPERVISOR_GROUPS,
                String.join(",", offices.groupsFor(Roles.SUPERVISOR, disputeCase.getRegionCode())));
        return variables;
    }

    /**
     * A process started with a case id is the one the API starts right after registering that case: a case that
     * already has its process is never taken over by another start.
     */
    void requireNoProcessYet(Long caseId) {
        DisputeCase disputeCase = cases.findById(caseId)
                .orElseThrow(() -> new InvalidInputException(DisputeCaseProcess.VAR_CASE_ID, "案件不存在"));
        if (disputeCase.getProcessInstanceId() != null) {
            throw new InvalidInputException(DisputeCaseProcess.VAR_CASE_ID, "该案件已在办理中，不能再次发起");
        }
    }

    /** Ties the case to its process and lets the case's offices' supervisors see that process. */
    void linkProcess(DisputeCase disputeCase, String processInstanceId) {
        disputeCase.linkProcess(processInstanceId);
        instanceAccess.grantRead(processInstanceId, offices.groupsFor(Roles.SUPERVISOR, disputeCase.getRegionCode()));
    }

    private static String upper(String value) {
        return value == null || value.isBlank() ? null : value.strip().toUpperCase();
    }
}
