package cn.sandiao.petition;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.common.NotFoundException;
import cn.sandiao.common.crypto.PersonalDataCipher;
import cn.sandiao.dispute.CaseNumbers;
import cn.sandiao.organization.OrganizationScope;
import cn.sandiao.organization.RegionService;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.CurrentActor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Registers petitions and shows them to the offices whose region they lie in. A petition on the same matter as
 * an earlier one of the same person is linked to it and flagged as a repeat, with the evidence of the match.
 */
@Service
public class PetitionService {

    private final PetitionRepository petitions;
    private final PetitionEventRepository events;
    private final RepeatDetection repeats;
    private final CaseNumbers numbers;
    private final RegionService regions;
    private final PersonalDataCipher cipher;
    private final UserScopes scopes;
    private final PetitionMapper mapper;
    private final AuditLog auditLog;
    private final CurrentActor actor;

    PetitionService(PetitionRepository petitions, PetitionEventRepository events, RepeatDetection repeats,
                    CaseNumbers numbers, RegionService regions, PersonalDataCipher cipher, UserScopes scopes,
                    PetitionMapper mapper, AuditLog auditLog, CurrentActor actor) {
        this.petitions = petitions;
        this.events = events;
        this.repeats = repeats;
        this.numbers = numbers;
        this.regions = regions;
        this.cipher = cipher;
        this.scopes = scopes;
        this.mapper = mapper;
        this.auditLog = auditLog;
        this.actor = actor;
    }

    @Transactional
    public PetitionViews.Registered register(RegisterPetitionRequest request, String by) {
        if (regions.find(request.regionCode()).isEmpty()) {
            throw new InvalidInputException("regionCode", "区划代码不存在：" + request.regionCode());
        }
        if (!scopes.current().coversRegion(request.regionCode())) {
            throw new InvalidInputException("regionCode", "只能登记本机构辖区内的信访事项");
        }
        LocalDate received = request.receivedOn() == null ? ChinaTime.today() : request.receivedOn();
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
        petition.register(numbers.next(CaseNumbers.PETITION_PREFIX, received.getYear()), Instant.now(), by);
        petitions.save(petition);
        record(petition, by, "REGISTERED", "登记信访事项，编号" + petition.getPetitionNo(),
                petition.getForm().label() + "；" + petition.getCategory().label() + "；收到日期" + ChinaTime.date(received));
        if (match != null) {
            record(petition, by, "REPEAT_DETECTED", "重复信访，不计为新的信访事项", match.evidence());
        }
        return mapper.registered(petition);
    }

    /** The whole petition with the petitioners' ID numbers and phones: each such look is on the audit trail. */
    @Transactional // writes the audit entry: not read-only (PostgreSQL refuses writes in a read-only transaction)
    public PetitionViews.Detail detail(Long id) {
        Petition petition = find(id);
        auditLog.record(actor.id(), AuditAction.PERSONAL_DATA_VIEWED, null,
                "查看信访事项详情（含身份证号码、电话）" + petition.getPetitionNo());
        return mapper.detail(petition);
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

    private Petition find(Long id) {
        return petitions.findById(id).filter(p -> scopes.current().coversRegion(p.getRegionCode()))
                .orElseThrow(() -> new NotFoundException("信访事项不存在：" + id));
    }

    private void record(Petition petition, String by, String type, String summary, String detail) {
        events.save(new PetitionEvent(petition.getId(), by, type, summary, detail));
    }
}
