package cn.sandiao.petition;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.common.crypto.PersonalDataCipher;
import cn.sandiao.dispute.CaseNumbers;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.organization.Offices;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionService;
import cn.sandiao.organization.Roles;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.DueDates;
import cn.sandiao.workflow.InstanceAccess;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores a registered petition from validated input, shared by the API and the Tasklist start form: its number,
 * its acceptance clock (第二十二、二十三条, from the day it was received) and whether it repeats an earlier one.
 */
@Component
class PetitionRegistration {

    /** Ends that make a matter final: the same facts and reasons are not accepted again (第三十六条第三款). */
    private static final Set<PetitionStatus> FINAL_ENDS = Set.of(PetitionStatus.FINAL, PetitionStatus.NOT_ACCEPTED_AGAIN);

    private final PetitionRepository petitions;
    private final RepeatDetection repeats;
    private final CaseNumbers numbers;
    private final RegionService regions;
    private final PersonalDataCipher cipher;
    private final UserScopes scopes;
    private final BusinessCalendar calendar;
    private final Offices offices;
    private final InstanceAccess instanceAccess;
    private final PetitionTimeline timeline;
    private final DueDates dueDates;
    private final Clock clock;

    PetitionRegistration(PetitionRepository petitions, RepeatDetection repeats, CaseNumbers numbers,
                         RegionService regions, PersonalDataCipher cipher, UserScopes scopes,
                         BusinessCalendar calendar, Offices offices, InstanceAccess instanceAccess,
                         PetitionTimeline timeline,
                         DueDates dueDates, Clock clock) {
        this.petitions = petitions;
        this.repeats = repeats;
        this.numbers = numbers;
        this.regions = regions;
        this.cipher = cipher;
        this.scopes = scopes;
        this.calendar = calendar;
        this.offices = offices;
        this.instanceAccess = instanceAccess;
        this.timeline = timeline;
        this.dueDates = dueDates;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    Petition create(RegisterPetitionRequest request, String by) {
        if (regions.find(request.regionCode()).isEmpty()) {
            throw new InvalidInputException("regionCode", "区划代码不存在：" + request.regionCode());
        }
        if (!scopes.current().coversRegion(request.regionCode())) {
            throw new InvalidInputException("regionCode", "只能登记本机构辖区内的信访事项");
        }
        LocalDate received = request.receivedOn() == null ? calendar.today() : request.receivedOn();
        Petition petition = new Petition(request.form(), request.category(), request.respondent().strip(),
                request.regionCode(), request.content().strip(), request.demand().strip(), received);
        for (RegisterPetitionRequest.PetitionerInput input : request.petitioners()) {
            String idNumber = input.idNumber().strip().toUpperCase();
            petition.addPetitioner(new Petitioner(input.name().strip(), idNumber, cipher.fingerprint(idNumber),
                    input.phone().strip()));
        }
        RepeatDetection.Match match = repeats.earlierMatch(petition).orElse(null);
        if (match != null) {
            petition.markRepeatOf(match.earlier().getId(), match.evidence());
        }
        petition.register(numbers.next(CaseNumbers.PETITION_PREFIX, received.getYear()), clock.instant(), by,
                calendar.due(DeadlineRule.PETITION_ACCEPTANCE, received));
        petitions.save(petition);
        timeline.record(petition.getId(), by, PetitionEventType.REGISTERED,
                "登记信访事项，编号" + petition.getPetitionNo(),
                petition.getForm().label() + "；" + petition.getCategory().label() + "；收到日期" + ChinaTime.date(received));
        if (match != null) {
            timeline.record(petition.getId(), by, PetitionEventType.REPEAT_DETECTED, "重复信访，不计为新的信访事项",
                    match.evidence());
        }
        return petition;
    }

    /** Whether the matter was already made final by re-review (or refused as such before). */
    boolean repeatsAFinalMatter(Petition petition) {
        return petition.isRepeat() && petitions.findById(petition.getRepeatOf())
                .map(earlier -> FINAL_ENDS.contains(earlier.getStatus())).orElse(false);
    }

    /** The variables the process starts with: ids, clocks and the task list columns, no personal data. */
    Map<String, Object> processVariables(Petition petition) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(PetitionProcess.VAR_PETITION_ID, petition.getId());
        variables.put(PetitionProcess.VAR_PETITION_NO, petition.getPetitionNo());
        variables.put(PetitionProcess.VAR_CATEGORY, petition.getCategory().name());
        variables.put(PetitionProcess.VAR_FINAL_MATTER, repeatsAFinalMatter(petition));
        variables.put(PetitionProcess.VAR_PETITION_SUMMARY, summary(petition));
        variables.put(PetitionProcess.VAR_ACCEPTANCE_DUE, DueDates.endOf(petition.getAcceptanceDue()));
        variables.put(PetitionProcess.VAR_ACCEPTANCE_REMINDER,
                dueDates.reminderFor(petition.getAcceptanceDue()));
        variables.put(PetitionProcess.VAR_DEADLINE_BASIS, DeadlineRule.PETITION_ACCEPTANCE.describe() + "；收到日期"
                + ChinaTime.date(petition.getReceivedOn()) + "，期限至" + ChinaTime.date(petition.getAcceptanceDue()));
        List<String> supervisors = offices.groupsFor(Roles.SUPERVISOR, petition.getRegionCode());
        variables.put(PetitionProcess.VAR_SUPERVISOR_GROUPS, String.join(",", supervisors));
        // review and re-review belong to the authorities above the one that handled it: the county's office
        variables.put(PetitionProcess.VAR_REVIEW_GROUPS, supervisors.get(0));
        // the columns of the role filters (案号, 当事人, 类型, 村社区) show a petition too
        variables.put(DisputeCaseProcess.VAR_CASE_NO, petition.getPetitionNo());
        variables.put(DisputeCaseProcess.VAR_PARTY_NAMES, petition.petitionerNames());
        variables.put(DisputeCaseProcess.VAR_DISPUTE_TYPE_NAME, "信访：" + petition.getCategory().label());
        variables.put(DisputeCaseProcess.VAR_VILLAGE_NAME,
                regions.find(petition.getRegionCode()).map(Region::getName).orElse(""));
        return variables;
    }

    /** Ties the petition to its process and lets the offices' supervisors follow it in Cockpit. */
    /** As for a dispute: a petition that already has its process is never taken over by another start. */
    void requireNoProcessYet(Long petitionId) {
        Petition petition = petitions.findById(petitionId)
                .orElseThrow(() -> new InvalidInputException(PetitionProcess.VAR_PETITION_ID, "信访事项不存在"));
        if (petition.getProcessInstanceId() != null) {
            throw new InvalidInputException(PetitionProcess.VAR_PETITION_ID, "该信访事项已在办理中，不能再次发起");
        }
    }

    void linkProcess(Petition petition, String processInstanceId) {
        petition.linkProcess(processInstanceId);
        instanceAccess.grantRead(processInstanceId,
                offices.groupsFor(Roles.SUPERVISOR, petition.getRegionCode()));
    }

    static String summary(Petition petition) {
        return petition.getPetitionNo() + "（" + petition.getForm().label() + "，" + petition.getCategory().label()
                + "）信访人：" + petition.petitionerNames() + "；被反映人：" + petition.getRespondent() + "；诉求："
                + petition.getDemand() + (petition.isRepeat() ? "；重复信访：" + petition.getRepeatEvidence() : "");
    }
}
