package cn.sandiao.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
