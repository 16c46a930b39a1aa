package cn.sandiao.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class RegionService {

    private final RegionRepository regions;

    RegionService(RegionRepository regions) {
        this.regions = regions;
    }

    @Transactional(readOnly = true)
    public List<RegionNode> tree() {
        List<Region> all = regions.findAllByOrderByCodeAsc();
        Map<String, List<Region>> byParent = new LinkedHashMap<>();
        for (Region region : all) {
            byParent.computeIfAbsent(region.getParentCode(), k -> new ArrayList<>()).add(region);
        }
        return nodes(byParent, null);
    }

    /**
     * The part of the tree a scope covers, under the regions above it (so a township's clerk sees its county and
     * township as the path to its villages): active regions only, as offered for a new case.
     */
    @Transactional(readOnly = true)
    public List<RegionNode> activeTreeFor(OrganizationScope scope) {
        Map<String, List<Region>> byParent = new LinkedHashMap<>();
        for (Region region : regions.findAllByOrderByCodeAsc()) {
            if (region.isActive() && (scope.coversRegion(region.getCode()) || scope.liesAbove(region.getCode()))) {
                byParent.computeIfAbsent(region.getParentCode(), k -> new ArrayList<>()).add(region);
            }
        }
        return nodes(byParent, topOf(byParent));
    }

    /** The parent code of the top nodes: null for a whole tree, else the parent no kept region has as its code. */
    private static String topOf(Map<String, List<Region>> byParent) {
        Set<String> kept = byParent.values().stream().flatMap(List::stream).map(Region::getCode)
                .collect(Collectors.toSet());
        for (String parent : byParent.keySet()) {
            if (parent == null || !kept.contains(parent)) {
                return parent;
            }
        }
        return null;
    }

    private List<RegionNode> nodes(Map<String, List<Region>> byParent, String parentCode) {
        return byParent.getOrDefault(parentCode, List.of()).stream()
                .map(r -> new RegionNode(r.getCode(), r.getName(), r.getLevel(), nodes(byParent, r.getCode())))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : regions.findById(code);
    }
}
