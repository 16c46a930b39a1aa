package cn.sandiao.prevention;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InputValidator;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.dispute.DisputeCases;
import cn.sandiao.organization.OrganizationScope;
import cn.sandiao.organization.RegionService;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.CurrentActor;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Records of harm prevented (防止民转刑, 防止群体性上访, 防止群体性械斗, 防止可能引起的自杀): by those who work cases, in
 * their own region, with or without a case behind them; the statistics count them by the month they happened.
 */
@Service
public class Preventions {

    /** The outcome form's fields (form_mediation_outcome): a mediator reports harm the mediation prevented. */
    public static final String FIELD_PREVENTED = "harmPrevented";
    public static final String FIELD_KIND = "preventionKind";
    public static final String FIELD_PEOPLE = "preventionPeople";
    public static final String FIELD_NOTE = "preventionNote";
    public static final List<String> OUTCOME_FIELDS = List.of(FIELD_PREVENTED, FIELD_KIND, FIELD_PEOPLE, FIELD_NOTE);

    /** What a recorder sends. The region is taken from the case when one is named. */
    public record Request(@NotNull(message = "请选择防止的事项类别") PreventionKind kind,
                          String regionCode, Long caseId,
                          @NotNull(message = "请填写涉及人数") @Min(value = 1, message = "涉及人数至少为1人")
                          @Max(value = 100000, message = "涉及人数不能超过100000人") Integer people,
                          @NotNull(message = "请填写发生日期") LocalDate occurredOn,
                          @NotBlank(message = "请简要说明经过") @Size(max = 500, message = "说明不能超过500字") String note) {
    }

    /** The same facts as reported on the outcome form, named as its fields so that a refusal shows at the field. */
    public record OnOutcome(@NotNull(message = "请选择防止的事项类别") PreventionKind preventionKind,
                            @NotNull(message = "请填写涉及人数") @Min(value = 1, message = "涉及人数至少为1人")
                            @Max(value = 100000, message = "涉及人数不能超过100000人") Integer preventionPeople,
                            @NotBlank(message = "请简要说明经过") @Size(max = 500, message = "说明不能超过500字")
                            String preventionNote) {
    }

    private final PreventionRepository records;
    private final DisputeCases cases;
    private final RegionService regions;
    private final UserScopes scopes;
    private final InputValidator validator;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    Preventions(PreventionRepository records, DisputeCases cases, RegionService regions, UserScopes scopes,
                InputValidator validator, AuditLog audit, CurrentActor actor, Clock clock) {
        this.records = records;
        this.cases = cases;
        this.regions = regions;
        this.scopes = scopes;
        this.validator = validator;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    @Transactional
    public PreventionRecord record(Request request) {
        if (!scopes.seesPersonalDataWhole()) {
            throw new AccessDeniedException("只有办理案件的人员可以登记");
        }
        Request checked = validator.check(request);
        if (checked.occurredOn().isAfter(ChinaTime.today(clock))) {
            throw new InvalidInputException("occurredOn", "发生日期不能晚于今天");
        }
        String region = checked.caseId() != null ? cases.visibleRegionCode(checked.caseId()) : ownRegion(checked);
        PreventionRecord saved = records.save(new PreventionRecord(checked.kind(), region, checked.caseId(),
                checked.people(), checked.occurredOn(), checked.note().strip(), actor.id(), clock.instant()));
        audit.record(actor.id(), AuditAction.PREVENTION_RECORDED, checked.caseId(), "%s：%d人，%s".formatted(checked.kind().label(),
                checked.people(), ChinaTime.date(checked.occurredOn())));
        return saved;
    }

    /** Harm the case's mediation prevented, reported with its outcome: the case's village, the day of the outcome. */
    @Transactional
    public PreventionRecord recordOnOutcome(long caseId, OnOutcome reported) {
        OnOutcome checked = validator.check(reported);
        return record(new Request(checked.preventionKind(), null, caseId, checked.preventionPeople(),
                ChinaTime.today(clock), checked.preventionNote()));
    }

    /** The records of a month in a region's subtree the user sees. */
    @Transactional(readOnly = true)
    public List<PreventionRecord> of(YearMonth month, String regionCode) {
        OrganizationScope scope = scopes.current();
        if (!scope.coversRegion(regionCode)) {
            throw new AccessDeniedException("无权查看该地区的登记");
        }
        return records.findByOccurredOnBetweenAndRegionCodeStartingWithOrderByOccurredOnAscIdAsc(month.atDay(1),
                month.atEndOfMonth(), regionCode);
    }

    private String ownRegion(Request request) {
        if (request.regionCode() == null || request.regionCode().isBlank()) {
            throw new InvalidInputException("regionCode", "请选择发生地（乡镇或村）");
        }
        String code = request.regionCode().strip();
        if (regions.find(code).isEmpty()) {
            throw new InvalidInputException("regionCode", "未知的地区代码：" + code);
        }
        if (!scopes.current().coversRegion(code)) {
            throw new InvalidInputException("regionCode", "发生地不在本单位辖区内");
        }
        return code;
    }
}
