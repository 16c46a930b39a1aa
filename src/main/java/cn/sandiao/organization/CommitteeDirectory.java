package cn.sandiao.organization;

import java.util.Comparator;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the committee that mediates a case of a village at a given level. */
@Service
public class CommitteeDirectory {

    private final CommitteeRepository committees;
    private final RegionRepository regions;

    CommitteeDirectory(CommitteeRepository committees, RegionRepository regions) {
        this.committees = committees;
        this.regions = regions;
    }

    /**
     * The committee for the village's case at {@code level}; where that body is missing (a village without
     * a committee, a type without a professional committee, a deactivated committee) the next level up takes
     * the case.
     */
    @Transactional(readOnly = true)
    public Committee committeeFor(String villageCode, MediationLevel level, String disputeType) {
        Optional<Committee> found = switch (level) {
            case PROFESSIONAL -> professionalFor(villageCode, disputeType);
            default -> ancestorAt(villageCode, level).flatMap(region -> committees
                    .findByKindAndRegionCodeAndActiveTrueOrderByCodeAsc(level.committeeKind(), region.getCode())
                    .stream().findFirst());
        };
        if (found.isPresent()) {
            return found.get();
        }
        MediationLevel fallback = level == MediationLevel.PROFESSIONAL ? MediationLevel.COUNTY
                : level.next().orElseThrow(() -> new IllegalStateException("没有可受理的调解组织：" + villageCode));
        return committeeFor(villageCode, fallback, disputeType);
    }

    /**
     * The professional committee of any field the county has (not a fixed list), where the village lies: the
     * county's own before the city's, never another county's.
     */
    private Optional<Committee> professionalFor(String villageCode, String disputeType) {
        return committees.findByKindAndSpecialtyAndActiveTrueOrderByCodeAsc(CommitteeKind.PROFESSIONAL, disputeType)
                .stream().filter(c -> villageCode.startsWith(c.getRegionCode()))
                .max(Comparator.comparingInt(c -> c.getRegionCode().length()));
    }

    @Transactional(readOnly = true)
    public Optional<Committee> find(String code) {
        return committees.findById(code);
    }

    @Transactional(readOnly = true)
    public Committee get(String code) {
        return committees.findById(code).orElseThrow(() -> new IllegalArgumentException("未知的调解组织：" + code));
    }

    private Optional<Region> ancestorAt(String regionCode, MediationLevel level) {
        RegionLevel wanted = switch (level) {
            case VILLAGE -> RegionLevel.VILLAGE;
            case TOWNSHIP -> RegionLevel.TOWNSHIP;
            default -> RegionLevel.COUNTY;
        };
        Optional<Region> region = regions.findById(regionCode);
        while (region.isPresent() && region.get().getLevel() != wanted) {
            String parent = region.get().getParentCode();
            region = parent == null ? Optional.empty() : regions.findById(parent);
        }
        return region;
    }
}
