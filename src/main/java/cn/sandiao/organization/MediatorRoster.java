package cn.sandiao.organization;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.common.NotFoundException;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The active mediators with the Camunda group they work in: what accounts are made from. A mediator who leaves
 * is announced ({@link MediatorLeft}) so that its account closes in the same transaction.
 */
@Service
public class MediatorRoster {

    /** A mediator and the group of its committee (mediator-, admin-mediator- or the court's). */
    public record Entry(String userId, String name, String groupId, String committeeCode) {
    }

    private final MediatorRepository mediators;
    private final CommitteeRepository committees;
    private final AuditLog auditLog;
    private final ApplicationEventPublisher events;

    MediatorRoster(MediatorRepository mediators, CommitteeRepository committees, AuditLog auditLog,
                   ApplicationEventPublisher events) {
        this.mediators = mediators;
        this.committees = committees;
        this.auditLog = auditLog;
        this.events = events;
    }

    /** The active mediator {@code userId}; one not on the roster, or no longer active, is not found. */
    @Transactional(readOnly = true)
    public Entry activeMediator(String userId) {
        Mediator mediator = mediators.findById(userId).filter(Mediator::isActive)
                .orElseThrow(() -> new NotFoundException("没有在职的调解员：" + userId));
        return entryOf(mediator);
    }

    /** The active mediator {@code userId}, if there is one. */
    @Transactional(readOnly = true)
    public java.util.Optional<Entry> findActive(String userId) {
        return mediators.findById(userId).filter(Mediator::isActive).map(this::entryOf);
    }

    /**
     * Takes {@code userId} off the active roster (the mediator row stays, with its history); the audit trail keeps
     * who did it. Answers the mediator as it was.
     */
    @Transactional
    public Entry deactivate(String userId, String actor) {
        Mediator mediator = mediators.findById(userId).filter(Mediator::isActive)
                .orElseThrow(() -> new NotFoundException("没有在职的调解员：" + userId));
        mediator.deactivate();
        auditLog.record(null, actor, AuditAction.ORGANIZATION_CHANGED,
                "调解员 " + userId + " 停用；原为 在职（" + mediator.getCommitteeCode() + "）；现为 停用");
        events.publishEvent(new MediatorLeft(userId, actor));
        return entryOf(mediator);
    }

    private Entry entryOf(Mediator mediator) {
        Committee committee = committees.findById(mediator.getCommitteeCode()).orElseThrow();
        return new Entry(mediator.getUserId(), mediator.getName(), committee.getGroupId(), committee.getCode());
    }

    @Transactional(readOnly = true)
    public List<Entry> active() {
        Map<String, Committee> byCode = committees.findAll().stream()
                .collect(Collectors.toMap(Committee::getCode, Function.identity()));
        return mediators.findAll().stream().filter(Mediator::isActive)
                .sorted(Comparator.comparing(Mediator::getUserId))
                .map(m -> new Entry(m.getUserId(), m.getName(), byCode.get(m.getCommitteeCode()).getGroupId(),
                        m.getCommitteeCode()))
                .toList();
    }
}
