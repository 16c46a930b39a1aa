package cn.sandiao.screening;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.FieldProblem;
import cn.sandiao.common.InputValidator;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.common.NotFoundException;
import cn.sandiao.dispute.CaseEventType;
import cn.sandiao.dispute.CaseTimeline;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.dispute.DisputeService;
import cn.sandiao.dispute.DisputeSource;
import cn.sandiao.dispute.DisputeViews;
import cn.sandiao.dispute.RegisterDisputeRequest;
import cn.sandiao.organization.Committee;
import cn.sandiao.organization.CommitteeDirectory;
import cn.sandiao.organization.CommitteeKind;
import cn.sandiao.organization.OrganizationScope;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionService;
import cn.sandiao.organization.Roles;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screening rounds (矛盾纠纷排查): a committee, or a grid worker for it, records a round it held (day, area, kind, who
 * took part) with the disputes it found; each found dispute is either registered as a case (source 网格排查, through
 * the one registration every case goes through, or named by the number of a case registered so), or noted as settled
 * on the spot or as prevented (预防纠纷: talked down before it became a dispute). A user records and sees the rounds
 * of its own office's region, a mediator its own committee's. The statistics count rounds held and disputes found by
 * the month and region of the round.
 */
@Service
public class ScreeningRounds {

    /** Kinds of mediation body that do not screen for people's mediation: departments and the court. */
    private static final Set<CommitteeKind> NOT_SCREENING = Set.of(CommitteeKind.DEPARTMENT, CommitteeKind.COURT);

    /** Whether a body of this kind records screening rounds: every people's mediation committee does. */
    public static boolean screens(CommitteeKind kind) {
        return !NOT_SCREENING.contains(kind);
    }

    /** What a recorder sends. The committee may be left out by a mediator (its own); the area defaults to the committee's. */
    public record Request(@Size(max = 40, message = "调委会代码过长") String committeeCode,
                          @Size(max = 20, message = "区划代码过长") String regionCode,
                          @NotNull(message = "请填写排查日期") LocalDate heldOn,
                          @NotNull(message = "请选择排查类型") ScreeningKind kind,
                          @NotBlank(message = "请填写参加排查的人员") @Size(max = 500, message = "参加人员不能超过500字")
                          String participants,
                          @Size(max = 1000, message = "备注不能超过1000字") String note,
                          @Size(max = 200, message = "一次排查最多登记200件纠纷")
                          List<@Valid @NotNull(message = "发现的纠纷不能为空") Finding> findings) {
    }

    /**
     * A dispute the round found. Registered: either {@code dispute} (registered now, as {@code POST /api/disputes}
     * takes it, its source set to 网格排查) or {@code caseNo} (a case already registered from this round); settled
     * on the spot or prevented (a dispute in the making talked down): {@code settledNote}, what was done. The
     * description is short and names nobody: the parties belong to the case.
     */
    public record Finding(@NotBlank(message = "请简要说明发现的纠纷") @Size(max = 200, message = "简要情况不能超过200字")
                          String description,
                          @NotNull(message = "请选择处理结果（登记受理、当场化解或预防纠纷）") FindingOutcome outcome,
                          @Size(max = 500, message = "化解情况不能超过500字") String settledNote,
                          @Size(max = 30, message = "案号过长") String caseNo,
                          RegisterDisputeRequest dispute) {
    }

    public record RoundView(Long id, String committeeCode, String committeeName, String regionCode, String regionName,
                            String heldOn, ScreeningKind kind, String kindLabel, String participants, String note,
                            String recordedBy, String recordedAt, int found, int registered, int settledOnSpot,
                            int prevented, List<FindingView> findings) {
    }

    public record FindingView(Long id, String description, FindingOutcome outcome, String outcomeLabel, Long caseId,
                              String caseNo, String settledNote) {

        static FindingView of(ScreeningFinding f) {
            return new FindingView(f.getId(), f.getDescription(), f.getOutcome(), f.getOutcome().label(), f.getCaseId(),
                    f.getCaseNo(), f.getSettledNote());
        }
    }

    /** A finding checked and ready to be written: what to register or link, or the note. */
    private record Planned(int index, String description, FindingOutcome outcome, String settledNote,
                           DisputeCases.CaseRef existing, RegisterDisputeRequest toRegister) {
    }

    private final ScreeningRoundRepository rounds;
    private final ScreeningFindingRepository findings;
    private final ScreeningReminders reminders;
    private final DisputeService disputes;
    private final DisputeCases cases;
    private final CaseTimeline timeline;
    private final CommitteeDirectory committees;
    private final RegionService regions;
    private final UserScopes scopes;
    private final IdentityService identityService;
    private final InputValidator validator;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    ScreeningRounds(ScreeningRoundRepository rounds, ScreeningFindingRepository findings, ScreeningReminders reminders,
                    DisputeService disputes, DisputeCases cases, CaseTimeline timeline, CommitteeDirectory committees,
                    RegionService regions, UserScopes scopes, IdentityService identityService,
                    InputValidator validator, AuditLog audit, CurrentActor actor, Clock clock) {
        this.rounds = rounds;
        this.findings = findings;
        this.reminders = reminders;
        this.disputes = disputes;
        this.cases = cases;
        this.timeline = timeline;
        this.committees = committees;
        this.regions = regions;
        this.scopes = scopes;
        this.identityService = identityService;
        this.validator = validator;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /**
     * Records the round and its findings in one transaction with the cases it registers: everything or nothing.
     * Every input is checked before anything is written.
     */
    @Transactional
    public RoundView record(Request request) {
        if (!scopes.seesPersonalDataWhole()) {
            throw new AccessDeniedException("只有办理纠纷的人员可以登记排查");
        }
        Request checked = validator.check(request);
        if (checked.heldOn().isAfter(ChinaTime.today(clock))) {
            throw new InvalidInputException("heldOn", "排查日期不能晚于今天");
        }
        OrganizationScope scope = scopes.current();
        Committee committee = committeeOf(checked, scope);
        Region area = areaOf(checked, committee, scope);
        List<Finding> found = checked.findings() == null ? List.of() : checked.findings();
        List<Planned> planned = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        for (int i = 0; i < found.size(); i++) {
            planned.add(plan(i, found.get(i), area, linked));
        }

        String who = actor.id();
        ScreeningRound round = rounds.save(new ScreeningRound(committee.getCode(), area.getCode(), checked.heldOn(),
                checked.kind(), checked.participants().strip(), blankToNull(checked.note()), who, clock.instant()));
        String name = roundName(committee, round);
        List<ScreeningFinding> written = new ArrayList<>();
        for (Planned p : planned) {
            written.add(findings.save(write(p, round, name, who)));
        }
        audit.record(who, AuditAction.SCREENING_RECORDED, null, "%s（%s）：发现纠纷%d件，登记受理%d件，当场化解%d件，预防纠纷%d件"
                .formatted(name, area.getName(), written.size(), count(written, FindingOutcome.REGISTERED),
                        count(written, FindingOutcome.SETTLED_ON_SPOT), count(written, FindingOutcome.PREVENTED)));
        reminders.roundRecorded(committee.getCode(), round.getHeldOn(), who);
        return view(round, committee, area, written);
    }

    /** The rounds held in a month in a region's subtree (default: the user's own part), those the user may see. */
    @Transactional(readOnly = true)
    public List<RoundView> of(YearMonth month, String regionCode, String committeeCode) {
        OrganizationScope scope = scopes.current();
        if (regionCode != null && scope.regionPrefix() != null && !scope.coversRegion(regionCode)) {
            throw new AccessDeniedException("无权查看该地区的排查记录");
        }
        String prefix = regionCode != null ? regionCode : "";
        List<ScreeningRound> held = rounds.findByHeldOnBetweenAndRegionCodeStartingWithOrderByHeldOnAscIdAsc(
                month.atDay(1), month.atEndOfMonth(), prefix).stream()
                .filter(r -> committeeCode == null || r.getCommitteeCode().equals(committeeCode))
                .filter(r -> visible(r, scope)).toList();
        Map<Long, List<ScreeningFinding>> byRound = findings.findByRoundIdInOrderByIdAsc(
                        held.stream().map(ScreeningRound::getId).toList()).stream()
                .collect(Collectors.groupingBy(ScreeningFinding::getRoundId));
        return held.stream().map(r -> view(r, committees.find(r.getCommitteeCode()).orElse(null),
                regions.find(r.getRegionCode()).orElse(null), byRound.getOrDefault(r.getId(), List.of()))).toList();
    }

    /** One round with its findings; one the user may not see is answered like one that does not exist. */
    @Transactional(readOnly = true)
    public RoundView get(Long id) {
        ScreeningRound round = rounds.findById(id).filter(r -> visible(r, scopes.current()))
                .orElseThrow(() -> new NotFoundException("排查记录不存在：" + id));
        return view(round, committees.find(round.getCommitteeCode()).orElse(null),
                regions.find(round.getRegionCode()).orElse(null),
                findings.findByRoundIdInOrderByIdAsc(List.of(round.getId())));
    }

    /** A round is its committee's, and of the offices whose region holds the area it screened. */
    private static boolean visible(ScreeningRound round, OrganizationScope scope) {
        return scope.coversRegion(round.getRegionCode()) || round.getCommitteeCode().equals(scope.committeeCode());
    }

    private Committee committeeOf(Request request, OrganizationScope scope) {
        String code = blankToNull(request.committeeCode());
        if (code == null) {
            if (scope.committeeCode() == null) {
                throw new InvalidInputException("committeeCode", "请填写开展排查的调委会（代码）");
            }
            code = scope.committeeCode(); // a mediator records for its own committee
        }
        String wanted = code;
        Committee committee = committees.find(wanted)
                .orElseThrow(() -> new InvalidInputException("committeeCode", "未知的调委会：" + wanted));
        if (!screens(committee.getKind())) {
            throw new InvalidInputException("committeeCode", committee.getName() + "不是人民调解组织，不登记矛盾纠纷排查");
        }
        if (!committee.isActive()) {
            throw new InvalidInputException("committeeCode", committee.getName() + "已停用，不能登记新的排查");
        }
        boolean own = committee.getCode().equals(scope.committeeCode());
        if (!own && !scope.coversRegion(committee.getRegionCode())) {
            throw new InvalidInputException("committeeCode", "该调委会不在本单位辖区内：" + committee.getName());
        }
        return committee;
    }

    /** The area screened: in the committee's area and, for office staff, in their own. */
    private Region areaOf(Request request, Committee committee, OrganizationScope scope) {
        String code = blankToNull(request.regionCode());
        if (code == null) {
            code = committee.getRegionCode();
        }
        String wanted = code;
        Region area = regions.find(wanted)
                .orElseThrow(() -> new InvalidInputException("regionCode", "未知的区划代码：" + wanted));
        if (!area.getCode().startsWith(committee.getRegionCode())) {
            throw new InvalidInputException("regionCode", "排查范围不在" + committee.getName() + "的辖区内：" + area.getName());
        }
        boolean own = committee.getCode().equals(scope.committeeCode());
        if (!own && !scope.coversRegion(area.getCode())) {
            throw new InvalidInputException("regionCode", "排查范围不在本单位辖区内：" + area.getName());
        }
        return area;
    }

    /** Checks a finding against its outcome, and the case it names, before anything is written. */
    private Planned plan(int index, Finding finding, Region area, Set<String> linked) {
        String at = "findings[" + index + "].";
        String description = finding.description().strip();
        if (finding.outcome().handledWithoutCase()) {
            String what = finding.outcome().label();
            if (blankToNull(finding.settledNote()) == null) {
                throw new InvalidInputException(at + "settledNote", "请填写" + what + "的情况");
            }
            if (blankToNull(finding.caseNo()) != null || finding.dispute() != null) {
                throw new InvalidInputException(at + "outcome", what + "的不登记案件：请不要填写案号或案件内容");
            }
            return new Planned(index, description, finding.outcome(), finding.settledNote().strip(), null, null);
        }
        if (blankToNull(finding.settledNote()) != null) {
            throw new InvalidInputException(at + "settledNote", "登记受理的纠纷不填写化解情况");
        }
        String caseNo = blankToNull(finding.caseNo());
        if ((caseNo == null) == (finding.dispute() == null)) {
            throw new InvalidInputException(at + "caseNo",
                    "登记受理的纠纷，请填写已登记案件的案号，或填写案件内容由系统登记（二者选一）");
        }
        if (caseNo != null) {
            DisputeCases.CaseRef existing = cases.visibleByCaseNo(caseNo)
                    .orElseThrow(() -> new InvalidInputException(at + "caseNo", "案件不存在或不在本单位范围内：" + caseNo));
            if (existing.source() != DisputeSource.GRID_SCREENING) {
                throw new InvalidInputException(at + "caseNo", "该案件的来源为" + existing.source().label()
                        + "，不是网格排查，不能记为排查发现的纠纷");
            }
            if (!linked.add(caseNo) || findings.existsByCaseId(existing.id())) {
                throw new InvalidInputException(at + "caseNo", "该案件已记为排查发现的纠纷：" + caseNo);
            }
            requireInArea(at + "caseNo", existing.regionCode(), area);
            return new Planned(index, description, FindingOutcome.REGISTERED, null, existing, null);
        }
        if (!mayRegisterCases()) {
            throw new InvalidInputException(at + "dispute",
                    "只有综治中心受理员可以登记案件：请由受理员以“网格排查”为来源登记后，在此填写案号");
        }
        RegisterDisputeRequest typed = finding.dispute();
        if (typed.source() != null && typed.source() != DisputeSource.GRID_SCREENING) {
            throw new InvalidInputException(at + "dispute.source", "排查发现的纠纷，来源为网格排查");
        }
        RegisterDisputeRequest dispute = new RegisterDisputeRequest(DisputeSource.GRID_SCREENING, typed.type(),
                typed.regionCode(), typed.description(), typed.amount(), typed.peopleInvolved(), typed.abnormalDeath(),
                typed.repeatedEscalation(), typed.parties());
        within(at + "dispute.", () -> validator.check(dispute));
        requireInArea(at + "dispute.regionCode", dispute.regionCode().strip(), area);
        return new Planned(index, description, FindingOutcome.REGISTERED, null, null, dispute);
    }

    private ScreeningFinding write(Planned p, ScreeningRound round, String roundName, String who) {
        if (p.outcome().handledWithoutCase()) {
            return ScreeningFinding.withoutCase(round, p.description(), p.outcome(), p.settledNote());
        }
        Long caseId;
        String caseNo;
        if (p.existing() != null) {
            caseId = p.existing().id();
            caseNo = p.existing().caseNo();
        } else {
            DisputeViews.Registered registered = within("findings[" + p.index() + "].dispute.",
                    () -> disputes.register(p.toRegister(), who));
            caseId = registered.id();
            caseNo = registered.caseNo();
        }
        timeline.record(caseId, CaseEventType.SCREENING_FOUND, who, "排查发现：" + roundName + "（排查记录" + round.getId()
                + "）", "参加人员：" + round.getParticipants());
        return ScreeningFinding.registered(round, p.description(), caseId, caseNo);
    }

    /** A case found by the round lies in the area it screened. */
    private static void requireInArea(String field, String villageCode, Region area) {
        if (villageCode == null || !villageCode.startsWith(area.getCode())) {
            throw new InvalidInputException(field, "案件发生地不在本次排查的范围（" + area.getName() + "）内");
        }
    }

    /** Only intake (and the administrator) registers cases, as for {@code POST /api/disputes}; the system does too. */
    private boolean mayRegisterCases() {
        Authentication user = identityService.getCurrentAuthentication();
        if (user == null || user.getUserId() == null) {
            return true;
        }
        List<String> groups = user.getGroupIds();
        return groups != null && (groups.contains(Roles.INTAKE) || groups.contains(Roles.CAMUNDA_ADMIN));
    }

    /** Runs a check of the registration, naming its refusals by the finding they are about. */
    private static <T> T within(String prefix, java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (InvalidInputException refused) {
            throw new InvalidInputException(refused.problems().stream()
                    .map(p -> new FieldProblem(p.field().isEmpty() ? prefix.substring(0, prefix.length() - 1)
                            : prefix + p.field(), p.message())).toList());
        }
    }

    /** e.g. 东村人民调解委员会2026年11月20日日常排查. */
    static String roundName(Committee committee, ScreeningRound round) {
        return committee.getName() + ChinaTime.date(round.getHeldOn()) + round.getKind().label();
    }

    private static RoundView view(ScreeningRound r, Committee committee, Region area, List<ScreeningFinding> found) {
        return new RoundView(r.getId(), r.getCommitteeCode(), committee == null ? null : committee.getName(),
                r.getRegionCode(), area == null ? null : area.getName(), r.getHeldOn().toString(), r.getKind(),
                r.getKind().label(), r.getParticipants(), r.getNote(), r.getRecordedBy(),
                ChinaTime.offsetTime(r.getRecordedAt()), found.size(), count(found, FindingOutcome.REGISTERED),
                count(found, FindingOutcome.SETTLED_ON_SPOT), count(found, FindingOutcome.PREVENTED),
                found.stream().map(FindingView::of).toList());
    }

    private static int count(List<ScreeningFinding> found, FindingOutcome outcome) {
        return (int) found.stream().filter(f -> f.getOutcome() == outcome).count();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
