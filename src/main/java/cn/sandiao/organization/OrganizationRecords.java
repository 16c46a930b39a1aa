package cn.sandiao.organization;

import cn.sandiao.common.FieldProblem;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.common.NotFoundException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One record of the organisation as the administrator's pages show and edit it: its row of the workbook, heading by
 * heading. An edit is the workbook's one-row upload, so it passes exactly the import's checks, its scope, its audit
 * entry with before and after, and its event (groups follow) — one rule, one place.
 */
@Service
public class OrganizationRecords {

    /** A committee as listed: its row, the Chinese kind and how many active mediators it has. */
    public record CommitteeView(String code, String name, String kind, String regionCode, String field,
                                String disputeTypes, boolean active, long mediators) {
    }

    /** A mediator as listed: its row by heading, phone whole (the administrator keeps the roster). */
    public record MediatorView(String userId, String name, String committeeCode, boolean active,
                               Map<String, String> row) {
    }

    private final RegionRepository regions;
    private final CommitteeRepository committees;
    private final MediatorRepository mediators;
    private final ExpertRepository experts;
    private final DisputeTypes disputeTypes;
    private final UserScopes userScopes;
    private final OrganizationImport importer;

    OrganizationRecords(RegionRepository regions, CommitteeRepository committees, MediatorRepository mediators,
                        ExpertRepository experts, DisputeTypes disputeTypes, UserScopes userScopes,
                        OrganizationImport importer) {
        this.regions = regions;
        this.committees = committees;
        this.mediators = mediators;
        this.experts = experts;
        this.disputeTypes = disputeTypes;
        this.userScopes = userScopes;
        this.importer = importer;
    }

    /** The administrator's part of the region tree, inactive regions included. */
    @Transactional(readOnly = true)
    public List<Map<String, Object>> regions() {
        OrganizationScope scope = userScopes.administered();
        return regions.findAllByOrderByCodeAsc().stream()
                .filter(r -> scope.coversRegion(r.getCode()) || scope.liesAbove(r.getCode()))
                .map(r -> Map.<String, Object>of("code", r.getCode(), "name", r.getName(),
                        "parentCode", r.getParentCode() == null ? "" : r.getParentCode(), "level", r.getLevel().label(),
                        "active", r.isActive(), "editable", scope.coversRegion(r.getCode())))
                .toList();
    }

    /** Committees serving {@code regionCode} or a region below it (all of the administrator's, if none). */
    @Transactional(readOnly = true)
    public List<CommitteeView> committees(String regionCode, String query) {
        OrganizationScope scope = userScopes.administered();
        Labels labels = new Labels(disputeTypes);
        OrganizationRows rows = new OrganizationRows(labels);
        Map<String, Long> counts = new LinkedHashMap<>();
        mediators.findAll().stream().filter(Mediator::isActive)
                .forEach(m -> counts.merge(m.getCommitteeCode(), 1L, Long::sum));
        return committees.findAll().stream()
                .filter(c -> scope.coversRegion(c.getRegionCode()))
                .filter(c -> regionCode == null || regionCode.isBlank() || c.getRegionCode().startsWith(regionCode))
                .filter(c -> query == null || query.isBlank() || c.getName().contains(query.strip())
                        || c.getCode().contains(query.strip()))
                .sorted(Comparator.comparing(Committee::getRegionCode).thenComparing(Committee::getCode))
                .map(c -> {
                    List<String> row = rows.of(c);
                    OrganizationSheet sheet = OrganizationSheet.COMMITTEES;
                    return new CommitteeView(c.getCode(), c.getName(), c.getKind().label(), c.getRegionCode(),
                            row.get(sheet.column(OrganizationSheet.Col.FIELD)),
                            row.get(sheet.column(OrganizationSheet.Col.TYPES)), c.isActive(),
                            counts.getOrDefault(c.getCode(), 0L));
                })
                .toList();
    }

    /** The mediators of a committee, or those whose name holds {@code query} (the administrator's only). */
    @Transactional(readOnly = true)
    public List<MediatorView> mediators(String committeeCode, String query) {
        OrganizationScope scope = userScopes.administered();
        Map<String, String> regionOf = new LinkedHashMap<>();
        committees.findAll().forEach(c -> regionOf.put(c.getCode(), c.getRegionCode()));
        OrganizationRows rows = new OrganizationRows(new Labels(disputeTypes));
        return mediators.findAll().stream()
                .filter(m -> scope.coversRegion(regionOf.get(m.getCommitteeCode())))
                .filter(m -> committeeCode == null || committeeCode.isBlank() || committeeCode.equals(m.getCommitteeCode()))
                .filter(m -> query == null || query.isBlank() || m.getName().contains(query.strip()))
                .sorted(Comparator.comparing(Mediator::getUserId))
                .map(m -> new MediatorView(m.getUserId(), m.getName(), m.getCommitteeCode(), m.isActive(),
                        byHeading(OrganizationSheet.MEDIATORS, rows.of(m))))
                .toList();
    }

    /** One record's row by heading; 404 outside the administrator's part or when there is none. */
    @Transactional(readOnly = true)
    public Map<String, String> record(OrganizationSheet sheet, String key) {
        return byHeading(sheet, storedRow(sheet, key)
                .orElseThrow(() -> new NotFoundException("没有这条记录：" + sheet.title() + " " + key)));
    }

    /**
     * Changes one record to the values given by heading (headings left out keep their value; the key cannot
     * change). Refused cells come back as field problems named by their heading.
     */
    @Transactional
    public ImportReport edit(OrganizationSheet sheet, String key, Map<String, String> values, String actor) {
        Map<String, String> row = new LinkedHashMap<>(record(sheet, key));
        List<FieldProblem> unknown = new ArrayList<>();
        values.forEach((heading, value) -> {
            if (!row.containsKey(heading)) {
                unknown.add(new FieldProblem(heading, "没有这一栏"));
            } else if (heading.equals(sheet.headings().get(0)) && !key.equals(value)) {
                unknown.add(new FieldProblem(heading, "编号不能修改"));
            } else {
                row.put(heading, value == null ? "" : value);
            }
        });
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        if (sheet == OrganizationSheet.MEDIATORS && "否".equals(row.get(OrganizationSheet.Col.ACTIVE))
                && mediators.findById(key).map(Mediator::isActive).orElse(false)) {
            throw new InvalidInputException(OrganizationSheet.Col.ACTIVE,
                    "停用调解员请使用“停用”：先列出其手上的案件并交给同事或退回本调委会");
        }
        Map<OrganizationSheet, List<List<String>>> data = new EnumMap<>(OrganizationSheet.class);
        data.put(sheet, List.of(new ArrayList<>(row.values())));
        ImportReport report = importer.run(OrganizationWorkbook.write(data, new Labels(disputeTypes).choices()),
                true, actor);
        if (!report.accepted()) {
            throw new InvalidInputException(report.refused().stream()
                    .map(refusal -> new FieldProblem(refusal.column(), refusal.reason())).toList());
        }
        return report;
    }

    private Optional<List<String>> storedRow(OrganizationSheet sheet, String key) {
        OrganizationScope scope = userScopes.administered();
        OrganizationRows rows = new OrganizationRows(new Labels(disputeTypes));
        return switch (sheet) {
            case REGIONS -> regions.findById(key).filter(r -> scope.coversRegion(r.getCode())).map(rows::of);
            case COMMITTEES -> committees.findById(key).filter(c -> scope.coversRegion(c.getRegionCode()))
                    .map(rows::of);
            case MEDIATORS -> mediators.findById(key).filter(m -> kept(scope, m.getCommitteeCode())).map(rows::of);
            case EXPERTS -> experts.findById(key)
                    .filter(e -> scope.everything() || kept(scope, e.getCommitteeCode())).map(rows::of);
            case TRAININGS -> Optional.empty();
        };
    }

    /** Whether the committee serves a region of the scope (a mediator's or an expert's place). */
    private boolean kept(OrganizationScope scope, String committeeCode) {
        return committeeCode != null && committees.findById(committeeCode)
                .map(c -> scope.coversRegion(c.getRegionCode())).orElse(false);
    }

    private static Map<String, String> byHeading(OrganizationSheet sheet, List<String> row) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < sheet.headings().size(); i++) {
            values.put(sheet.headings().get(i), i < row.size() && row.get(i) != null ? row.get(i) : "");
        }
        return values;
    }
}
