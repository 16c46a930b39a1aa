package cn.sandiao.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The offices (综治中心) above a village: its township's and the county's. Each office has a Camunda group per
 * role, {@code <role>-<region code>} (e.g. {@code intake-990101002}), whose members are the role's staff placed
 * there ({@code user_scope}); a case's work is offered to the groups of its offices, so Tasklist and Cockpit
 * show each office the cases the API shows it.
 */
@Service
public class Offices {

    private final RegionRepository regions;

    Offices(RegionRepository regions) {
        this.regions = regions;
    }

    public static String groupOf(String role, String regionCode) {
        return role + "-" + regionCode;
    }

    /** The office groups of {@code role} responsible for a case in {@code villageCode}, county first. */
    @Transactional(readOnly = true)
    public List<String> groupsFor(String role, String villageCode) {
        List<String> groups = new ArrayList<>();
        Optional<Region> region = regions.findById(villageCode);
        while (region.isPresent()) {
            if (region.get().getLevel() != RegionLevel.VILLAGE) {
                groups.add(0, groupOf(role, region.get().getCode()));
            }
            String parent = region.get().getParentCode();
            region = parent == null ? Optional.empty() : regions.findById(parent);
        }
        return groups;
    }

    /** Every county and township: the places an office can be. */
    @Transactional(readOnly = true)
    public List<Region> officeRegions() {
        return regions.findAllByOrderByCodeAsc().stream().filter(r -> r.getLevel() != RegionLevel.VILLAGE).toList();
    }
}
