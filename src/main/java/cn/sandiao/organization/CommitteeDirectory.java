package cn.sandiao.organization;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Finds the committee that mediates a case of a village at a given level. */
@Service
public class CommitteeDirectory {

    private final CommitteeRepository committees;
    private final CommitteeCatalogue catalogue;
    private final RegionRepository regions;

    CommitteeDirectory(CommitteeRepository committees, CommitteeCatalogue catalogue, RegionRepository regions) {
        this.committees = committees;
        this.catalogue = catalogue;
        this.regions = regions;
    }

    /**
     * The committee for the village's case at {@code level} that takes its type (a committee listing dispute types
     * takes only those); where that body is missing (a village without a committee, a type without a professional
     * committee, a deactivated committee) the next level up takes the case.
     */
    @Transactional(readOnly = true)
    public Committee committeeFor(String villageCode, MediationLevel level, String disputeType) {
        return committeeFor(catalogue.active(), villageCode, level, disputeType); // one reading for every level tried
    }

    private Committee committeeFor(List<Committee> active, String villageCode, MediationLevel level, String disputeType) {
        Optional<Committee> found = switch (level) {
            case PROFESSIONAL -> professionalFor(active, villageCode, disputeType);
            default -> ancestorAt(villageCode, level).flatMap(region -> active.stream()
                    .filter(c -> c.getKind() == level.committeeKind() && region.getCode().equals(c.getRegionCode()))
                    .filter(c -> c.takes(disputeType)).findFirst());
        };
        if (found.isPresent()) {
            return found.get();
        }
        MediationLevel fallback = level == MediationLevel.PROFESSIONAL ? MediationLevel.COUNTY
                : level.next().orElseThrow(() -> new IllegalStateException("没有可受理的调解组织：" + villageCode));
        return committeeFor(active, villageCode, fallback, disputeType);
    }

    /** Whether a professional committee takes this type of dispute where the village lies (DMN dispute_routing). */
    @Transactional(readOnly = true)
    public boolean hasProfessionalFor(String villageCode, String disputeType) {
        return professionalFor(catalogue.active(), villageCode, disputeType).isPresent();
    }

    /**
     * The professional committee of any field the county has (not a fixed list) that takes the type (its field, or
     * a type it lists), where the village lies: the county's own before the city's, never another county's.
     */
    private static Optional<Committee> professionalFor(List<Committee> active, String villageCode, String disputeType) {
        return active.stream()
                .filter(c -> c.getKind() == CommitteeKind.PROFESSIONAL)
                .filter(c -> villageCode != null && villageCode.startsWith(c.getRegionCode()))
                .filter(c -> disputeType.equals(c.getSpecialty()) || c.getDisputeTypes().contains(disputeType))
                .max(Comparator.comparingInt(c -> c.getRegionCode().length()));
    }

    /**
     * The court of the place where {@code regionCode} lies (the active court whose region holds it, the nearest
     * first): where a committee's parties apply for judicial confirmation and whose 诉调对接 it serves. Empty where
     * the county lists no court.
     */
    @Transactional(readOnly = true)
    public Optional<Committee> courtFor(String regionCode) {
        if (regionCode == null) {
            return Optional.empty();
        }
        return catalogue.active().stream()
                .filter(c -> c.getKind() == CommitteeKind.COURT)
                .filter(c -> c.getRegionCode() != null && regionCode.startsWith(c.getRegionCode()))
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
