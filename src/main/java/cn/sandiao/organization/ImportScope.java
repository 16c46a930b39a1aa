package cn.sandiao.organization;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.lang.Nullable;

/**
 * Keeps an administrator placed in a township (or a county of a city) to its part of the tree: a row that would
 * add or change a record elsewhere — a region, a committee serving a region, a mediator or expert of such a
 * committee, a mediator's training — is refused at the cell that places it. Unchanged rows are not asked.
 */
final class ImportScope {

    private final ImportRun run;
    private final OrganizationScope scope;
    private final Map<String, String> committeeRegions = new HashMap<>();
    private final Map<String, String> mediatorCommittees = new HashMap<>();

    private ImportScope(ImportRun run, OrganizationScope scope) {
        this.run = run;
        this.scope = scope;
        run.committees.forEach((code, committee) -> committeeRegions.put(code, committee.getRegionCode()));
        run.mediators.forEach((id, mediator) -> mediatorCommittees.put(id, mediator.getCommitteeCode()));
        for (PlannedChange change : run.changes) {
            if (change.sheet() == OrganizationSheet.COMMITTEES) {
                committeeRegions.put(change.key(), value(change.after(), change.sheet(), OrganizationSheet.Col.REGION));
            } else if (change.sheet() == OrganizationSheet.MEDIATORS) {
                mediatorCommittees.put(change.key(),
                        value(change.after(), change.sheet(), OrganizationSheet.Col.COMMITTEE));
            }
        }
    }

    static void check(ImportRun run, OrganizationScope scope) {
        if (!scope.everything()) {
            new ImportScope(run, scope).refuseOutside();
        }
    }

    private void refuseOutside() {
        for (PlannedChange change : run.changes) {
            String column = placingColumn(change.sheet());
            List<String> regions = new ArrayList<>();
            if (change.before() != null) {
                regions.add(regionOf(change.sheet(), change.key(), change.before()));
            }
            regions.add(regionOf(change.sheet(), change.key(), change.after()));
            if (!regions.stream().allMatch(scope::coversRegion)) {
                run.refused.add(new Refusal(change.sheet().title(), change.row(), column,
                        value(change.after(), change.sheet(), column),
                        "不在您管理的范围内（您管理区划代码以 " + scope.regionPrefix() + " 开头的部分）"));
            }
        }
    }

    private static String placingColumn(OrganizationSheet sheet) {
        return switch (sheet) {
            case REGIONS -> OrganizationSheet.Col.REGION_CODE;
            case COMMITTEES -> OrganizationSheet.Col.REGION;
            case MEDIATORS -> OrganizationSheet.Col.COMMITTEE;
            case TRAININGS -> OrganizationSheet.Col.USER_ID;
            case EXPERTS -> OrganizationSheet.Col.PANEL;
        };
    }

    @Nullable
    private String regionOf(OrganizationSheet sheet, String key, List<String> row) {
        return switch (sheet) {
            case REGIONS -> key;
            case COMMITTEES -> value(row, sheet, OrganizationSheet.Col.REGION);
            case MEDIATORS -> committeeRegions.get(value(row, sheet, OrganizationSheet.Col.COMMITTEE));
            case TRAININGS -> committeeRegions.get(
                    mediatorCommittees.get(value(row, sheet, OrganizationSheet.Col.USER_ID)));
            case EXPERTS -> committeeRegions.get(value(row, sheet, OrganizationSheet.Col.PANEL));
        };
    }

    private static String value(List<String> row, OrganizationSheet sheet, String heading) {
        int column = sheet.column(heading);
        return column < 0 || column >= row.size() ? null : row.get(column);
    }
}
