package cn.sandiao.petition;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.audit.Subject;
import cn.sandiao.common.NotFoundException;
import cn.sandiao.organization.OrganizationScope;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.CurrentActor;
import cn.sandiao.workflow.InstanceAccess;
import java.util.List;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers petitions and shows them to the offices whose region they lie in. A petition on the same matter as
 * an earlier one of the same person is linked to it and flagged as a repeat, with the evidence of the match;
 * each runs through the petition process.
 */
@Service
public class PetitionService {

    private final PetitionRepository petitions;
    private final PetitionEventRepository events;
    private final PetitionRegistration registration;
    private final PetitionNoticeRepository notices;
    private final PetitionReviewRepository reviews;
    private final RuntimeService runtimeService;
    private final InstanceAccess instanceAccess;
    private final UserScopes scopes;
    private final PetitionMapper mapper;
    private final AuditLog auditLog;
    private final CurrentActor actor;

    PetitionService(PetitionRepository petitions, PetitionEventRepository events, PetitionRegistration registration,
                    PetitionNoticeRepository notices, PetitionReviewRepository reviews, RuntimeService runtimeService,
                    InstanceAccess instanceAccess, UserScopes scopes, PetitionMapper mapper, AuditLog auditLog,
                    CurrentActor actor) {
        this.petitions = petitions;
        this.events = events;
        this.registration = registration;
        this.notices = notices;
        this.reviews = reviews;
        this.runtimeService = runtimeService;
        this.instanceAccess = instanceAccess;
        this.scopes = scopes;
        this.mapper = mapper;
        this.auditLog = auditLog;
        this.actor = actor;
    }

    /** Stores the petition and starts its process in one transaction: either both exist or neither. */
    @Transactional
    public PetitionViews.Registered register(RegisterPetitionRequest request, String by) {
        Petition petition = registration.create(request, by);
        instanceAccess.inOneCommand(() -> {
            ProcessInstance instance = runtimeService.startProcessInstanceByKey(PetitionProcess.KEY,
                    petition.getPetitionNo(), registration.processVariables(petition));
            registration.linkProcess(petition, instance.getId());
        });
        return mapper.registered(petition);
    }

    /**
     * The whole petition. Those who work cases see the petitioners' ID numbers and phones whole, each such look on
     * the audit trail; the roles that only read see them masked.
     */
    @Transactional // writes the audit entry: not read-only (PostgreSQL refuses writes in a read-only transaction)
    public PetitionViews.Detail detail(Long id) {
        Petition petition = find(id);
        PetitionViews.Detail detail = mapper.detail(petition, notices.findByPetitionIdOrderByIdAsc(id),
                reviews.findByPetitionIdOrderByIdAsc(id));
        if (!scopes.seesPersonalDataWhole()) {
            return detail.masked();
        }
        auditLog.record(Subject.petition(id, petition.getPetitionNo()), actor.id(), AuditAction.PERSONAL_DATA_VIEWED,
                "查看信访事项详情（含身份证号码、电话）" + petition.getPetitionNo());
        return detail;
    }

    @Transactional(readOnly = true)
    public PetitionViews.Page<PetitionViews.Summary> list(int page, int size) {
        OrganizationScope scope = scopes.current();
        String prefix = scope.everything() ? "" : scope.regionPrefix();
        if (prefix == null) {
            return new PetitionViews.Page<>(List.of(), page, size, 0, 0);
        }
        var found = petitions.findByRegionCodeStartingWith(prefix, PageRequest.of(page, size,
                Sort.by(Sort.Direction.DESC, "receivedOn").and(Sort.by(Sort.Direction.DESC, "id"))));
        return new PetitionViews.Page<>(found.map(mapper::summary).getContent(), found.getNumber(), found.getSize(),
                found.getTotalElements(), found.getTotalPages());
    }

    @Transactional(readOnly = true)
    public List<PetitionViews.TimelineEntry> timeline(Long id) {
        find(id);
        return events.findByPetitionIdOrderByOccurredAtAscIdAsc(id).stream().map(mapper::timelineEntry).toList();
    }

    /** The number of any petition, whatever its region (a repeat names the petition it repeats). */
    String numberOf(Long id) {
        return petitions.findById(id).map(Petition::getPetitionNo).orElse(null);
    }

    /** A petition of the caller's region, or 404. */
    Petition find(Long id) {
        return petitions.findById(id).filter(p -> scopes.current().coversRegion(p.getRegionCode()))
                .orElseThrow(() -> new NotFoundException("信访事项不存在：" + id));
    }
}
