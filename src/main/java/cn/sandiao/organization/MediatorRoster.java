package cn.sandiao.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The active mediators with the Camunda group they work in: what accounts are made from. */
@Service
public class MediatorRoster {

    /** A mediator and the group of its committee (mediator-, admin-mediator- or the court's). */
    public record Entry(String userId, String name, String groupId) {
    }

    private final MediatorRepository mediators;
    private final CommitteeRepository committees;

    MediatorRoster(MediatorRepository mediators, CommitteeRepository committees) {
        this.mediators = mediators;
        this.committees = committees;
    }

    @Transactional(readOnly = true)
    public List<Entry> active() {
        Map<String, Committee> byCode = committees.findAll().stream()
                .collect(Collectors.toMap(Committee::getCode, Function.identity()));
        return mediators.findAll().stream().filter(Mediator::isActive)
                .sorted(Comparator.comparing(Mediator::getUserId))
                .map(m -> new Entry(m.getUserId(), m.getName(), byCode.get(m.getCommitteeCode()).getGroupId()))
                .toList();
    }
}
