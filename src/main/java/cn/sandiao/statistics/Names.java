package cn.sandiao.statistics;

import cn.sandiao.organization.Committee;
import cn.sandiao.organization.CommitteeRepository;
import cn.sandiao.organization.Mediator;
import cn.sandiao.organization.MediatorRepository;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionRepository;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The organisation's names as a report shows them, read once per report. */
final class Names {

    private final Map<String, Region> regions;
    private final Map<String, String> committees;
    private final Map<String, String> mediators;

    Names(RegionRepository regions, CommitteeRepository committees, MediatorRepository mediators) {
        this.regions = regions.findAllByOrderByCodeAsc().stream()
                .collect(Collectors.toMap(Region::getCode, Function.identity()));
        this.committees = committees.findAll().stream().collect(Collectors.toMap(Committee::getCode, Committee::getName));
        this.mediators = mediators.findAll().stream().collect(Collectors.toMap(Mediator::getUserId, Mediator::getName));
    }

    Optional<Region> region(String code) {
        return Optional.ofNullable(regions.get(code));
    }

    List<Region> children(String code) {
        return regions.values().stream().filter(r -> code.equals(r.getParentCode()))
                .sorted(java.util.Comparator.comparing(Region::getCode)).toList();
    }

    String committee(String code) {
        return committees.getOrDefault(code, code);
    }

    String mediator(String userId) {
        return mediators.getOrDefault(userId, userId);
    }
}
