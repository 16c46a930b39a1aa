package cn.sandiao.dispute;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.audit.Subject;
import cn.sandiao.common.ConflictException;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.common.NotFoundException;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.InstanceAccess;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DataIntegrityViolationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Registration and reading of dispute cases. */
@Service
public class DisputeService {

    private final DisputeRegistration registration;
    private final DisputeCaseRepository cases;
    private final CaseTimeline timeline;
    private final RuntimeService runtimeService;
    private final InstanceAccess instanceAccess;
    private final DisputeMapper mapper;
    private final UserScopes scopes;
    private final AuditLog auditLog;
    private final CurrentActor actor;
    private final RegistrationKeyRepository registrationKeys;
    private final ObjectMapper json;
    private final Clock clock;

    DisputeService(DisputeRegistration registration, DisputeCaseRepository cases, CaseTimeline timeline,
                   RuntimeService runtimeService, InstanceAccess instanceAccess,
                   DisputeMapper mapper, UserScopes scopes, AuditLog auditLog,
                   CurrentActor actor, RegistrationKeyRepository registrationKeys, ObjectMapper json, Clock clock) {
        this.registration = registration;
        this.cases = cases;
        this.timeline = timeline;
        this.runtimeService = runtimeService;
        this.instanceAccess = instanceAccess;
        this.mapper = mapper;
        this.scopes = scopes;
        this.auditLog = auditLog;
        this.actor = actor;
        this.registrationKeys = registrationKeys;
        this.json = json;
        this.clock = clock;
    }

    /**
     * Registers once per Idempotency-Key: a retry with the same key and content gets the first answer again
     * ({@code replayed}); the same key with other content is a conflict.
     */
    @Transactional
    public Registration register(RegisterDisputeRequest request, String actor, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return new Registration(register(request, actor), false);
        }
        RegistrationKey.Id keyId = new RegistrationKey.Id(actor, idempotencyKey);
        String hash = hashOf(request);
        Optional<RegistrationKey> earlier = registrationKeys.findById(keyId);
        if (earlier.isPresent()) {
            if (!earlier.get().getRequestHash().equals(hash)) {
                throw new ConflictException("该幂等键（Idempotency-Key）已用于另一份登记内容");
            }
            return new Registration(mapper.registered(cases.findById(earlier.get().getCaseId()).orElseThrow()), true);
        }
        DisputeViews.Registered registered = register(request, actor);
        try {
            registrationKeys.saveAndFlush(new RegistrationKey(keyId, hash, registered.id(), clock.instant()));
        } catch (DataIntegrityViolationException concurrentRetry) {
            throw new ConflictException("相同幂等键的登记正在处理，请稍后重试");
        }
        return new Registration(registered, false);
    }

    public record Registration(DisputeViews.Registered registered, boolean replayed) {
    }

    /** Stores the case and starts its process in one transaction: either both exist or neither. */
    @Transactional
    public DisputeViews.Registered register(RegisterDisputeRequest request, String actor) {
        DisputeCase disputeCase = registration.create(request, actor);
        instanceAccess.inOneCommand(() -> {
            ProcessInstance instance = runtimeService.startProcessInstanceByKey(DisputeCaseProcess.KEY,
                    disputeCase.getCaseNo(), registration.processVariables(disputeCase));
            registration.linkProcess(disputeCase, instance.getId());
        });
        return mapper.registered(disputeCase);
    }

    /**
     * The whole case. Those who work cases see the parties' ID numbers and phones whole, and each such look is put
     * on the audit trail; the roles that only read see them masked.
     */
    @Transactional
    public DisputeViews.Detail detail(Long id) {
        DisputeViews.Detail detail = mapper.detail(find(id));
        if (!scopes.seesPersonalDataWhole()) {
            return detail.masked();
        }
        auditLog.record(Subject.dispute(id, detail.caseNo()), actor.id(), AuditAction.PERSONAL_DATA_VIEWED,
                "查看案件详情（含身份证号码、电话）" + detail.caseNo());
        return detail;
    }

    @Transactional(readOnly = true)
    public DisputeViews.Page<DisputeViews.Summary> list(DisputeQuery query) {
        var page = cases.findAll(query.specification().and(DisputeScopes.visibleTo(scopes.current())), PageRequest.of(query.pageOrFirst(), query.sizeOrDefault(),
                Sort.by(Sort.Direction.DESC, "registeredAt").and(Sort.by(Sort.Direction.DESC, "id"))));
        return new DisputeViews.Page<>(page.map(mapper::summary).getContent(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    @Transactional(readOnly = true)
    public List<DisputeViews.TimelineEntry> timeline(Long id) {
        find(id);
        return timeline.of(id).stream().map(mapper::timelineEntry).toList();
    }

    /** A case out of the user's scope is answered exactly like one that does not exist. */
    private String hashOf(RegisterDisputeRequest request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(request));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private DisputeCase find(Long id) {
        return cases.findOne(DisputeScopes.withId(id).and(DisputeScopes.visibleTo(scopes.current())))
                .orElseThrow(() -> new NotFoundException("案件不存在：" + id));
    }
}
