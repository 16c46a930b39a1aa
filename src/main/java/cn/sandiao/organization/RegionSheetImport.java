package cn.sandiao.organization;

import cn.sandiao.organization.OrganizationSheet.Col;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The 区划 sheet: codes of the national statistical division, whose length gives the level (city 4, county 6,
 * township 9, village 12) and whose parent is the prefix one level up.
 */
final class RegionSheetImport {

    private RegionSheetImport() {
    }

    static void check(List<SheetRow> rows, ImportRun run) {
        rows.forEach(row -> run.regionCodesInFile.add(row.get(Col.REGION_CODE)));
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows) {
            RowCheck check = new RowCheck(row, run.refused);
            String code = check.required(Col.REGION_CODE, 12);
            RegionLevel level = null;
            if (!code.isEmpty()) {
                level = code.matches("\\d+") ? RegionLevel.ofCode(code).orElse(null) : null;
                if (level == null) {
                    check.refuse(Col.REGION_CODE, "区划代码应为4位（地级市）、6位（县）、9位（乡镇、街道）或12位（村、社区）数字");
                } else {
                    ImportRun.duplicate(check, seen, code, Col.REGION_CODE, row.number());
                }
            }
            String name = check.required(Col.NAME, 100);
            String parent = row.get(Col.PARENT_CODE);
            if (level != null) {
                checkParent(check, run, code, level, parent);
            }
            boolean active = check.active();
            if (check.fine()) {
                plan(row, run, code, name, level, parent.isEmpty() ? null : parent, active);
            }
        }
    }

    private static void checkParent(RowCheck check, ImportRun run, String code, RegionLevel level, String parent) {
        RegionLevel parentLevel = level.parentLevel().orElse(null);
        if (parent.isEmpty()) {
            if (level == RegionLevel.TOWNSHIP || level == RegionLevel.VILLAGE) {
                check.refuse(Col.PARENT_CODE, "必填项：乡镇（街道）和村（社区）须填写上级区划代码");
            }
        } else if (parentLevel == null) {
            check.refuse(Col.PARENT_CODE, "地级市是最上一级，不填上级区划代码");
        } else if (!code.startsWith(parent)) {
            check.refuse(Col.PARENT_CODE, "区划代码" + code + "不以上级区划代码开头（下级代码应以上级代码为前缀）");
        } else if (parent.length() != parentLevel.codeLength()) {
            check.refuse(Col.PARENT_CODE, "上级区划应为" + parentLevel.label() + "（" + parentLevel.codeLength() + "位代码）");
        } else if (!run.regions.containsKey(parent) && !run.regionCodesInFile.contains(parent)) {
            check.refuse(Col.PARENT_CODE, "上级区划代码不存在（既不在本文件中，也不在系统中）");
        }
    }

    private static void plan(SheetRow row, ImportRun run, String code, String name, RegionLevel level, String parent,
                             boolean active) {
        Region stored = run.regions.get(code);
        // a county placed under its city stays there when a later file leaves the column empty
        String kept = parent == null && stored != null ? stored.getParentCode() : parent;
        List<String> after = List.of(code, name, kept == null ? "" : kept, Labels.yesNo(active));
        run.plan(row, code, stored == null ? null : run.rows.of(stored), after, stored != null && stored.isActive(),
                active, () -> {
                    Region region = stored;
                    if (region == null) {
                        region = new Region(code, name, level, parent);
                    }
                    region.rename(name);
                    if (parent != null && !Objects.equals(parent, region.getParentCode())) {
                        region.placeUnderCity(parent);
                    }
                    if (active) {
                        region.reactivate();
                    } else {
                        region.deactivate();
                    }
                    if (stored == null) { // inserted once, with everything set
                        run.entityManager.persist(region);
                        run.regions.put(code, region);
                    }
                });
    }
}
