package cn.sandiao.organization;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The template (headings, example rows, drop-downs) and the stored organisation in the same format. */
@Service
public class OrganizationExport {

    private final RegionRepository regions;
    private final CommitteeRepository committees;
    private final MediatorRepository mediators;
    private final ExpertRepository experts;
    private final DisputeTypes disputeTypes;

    OrganizationExport(RegionRepository regions, CommitteeRepository committees, MediatorRepository mediators,
                       ExpertRepository experts, DisputeTypes disputeTypes) {
        this.regions = regions;
        this.committees = committees;
        this.mediators = mediators;
        this.experts = experts;
        this.disputeTypes = disputeTypes;
    }

    public byte[] template() {
        return OrganizationWorkbook.write(Map.of(), new Labels(disputeTypes).choices());
    }

    /**
     * Everything stored in the administrator's part of the organisation, active or not, so that uploading the
     * export again changes nothing.
     */
    @Transactional(readOnly = true)
    public byte[] export(OrganizationScope scope) {
        Labels labels = new Labels(disputeTypes);
        OrganizationRows rows = new OrganizationRows(labels);
        Map<OrganizationSheet, List<List<String>>> data = new EnumMap<>(OrganizationSheet.class);
        // parents before children: the file reads top-down like the tree
        data.put(OrganizationSheet.REGIONS, regions.findAll().stream().filter(r -> scope.coversRegion(r.getCode()))
                .sorted(Comparator.comparing((Region r) -> r.getCode().length()).thenComparing(Region::getCode))
                .map(rows::of).toList());
        List<Committee> kept = committees.findAll().stream().filter(c -> scope.coversRegion(c.getRegionCode()))
                .sorted(Comparator.comparing(Committee::getCode)).toList();
        data.put(OrganizationSheet.COMMITTEES, kept.stream().map(rows::of).toList());
        Set<String> keptCodes = kept.stream().map(Committee::getCode).collect(Collectors.toSet());
        List<Mediator> roster = mediators.findAll().stream().filter(m -> keptCodes.contains(m.getCommitteeCode()))
                .sorted(Comparator.comparing(Mediator::getUserId)).toList();
        data.put(OrganizationSheet.MEDIATORS, roster.stream().map(rows::of).toList());
        List<List<String>> trainings = new ArrayList<>();
        for (Mediator mediator : roster) {
            mediator.getTrainings().stream()
                    .sorted(Comparator.comparing(TrainingRecord::getTrainedOn).thenComparing(TrainingRecord::getTopic))
                    .forEach(training -> trainings.add(OrganizationRows.of(mediator, training)));
        }
        data.put(OrganizationSheet.TRAININGS, trainings);
        data.put(OrganizationSheet.EXPERTS, experts.findAll().stream()
                .filter(e -> scope.everything() || keptCodes.contains(e.getCommitteeCode()))
                .sorted(Comparator.comparing(Expert::getCode)).map(rows::of).toList());
        return OrganizationWorkbook.write(data, labels.choices());
    }
}
