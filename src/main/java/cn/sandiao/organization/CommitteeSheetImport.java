package cn.sandiao.organization;

import cn.sandiao.organization.OrganizationSheet.Col;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The 调委会 sheet: committees, the county centre, departments and the court, with where they sit and what they take. */
final class CommitteeSheetImport {

    private CommitteeSheetImport() {
    }

    static void check(List<SheetRow> rows, ImportRun run) {
        rows.forEach(row -> run.committeeKindsInFile.put(row.get(Col.CODE), row.get(Col.KIND)));
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows) {
            RowCheck check = new RowCheck(row, run.refused);
            String code = check.id(Col.CODE, 40);
            if (check.fine()) {
                ImportRun.duplicate(check, seen, code, Col.CODE, row.number());
            }
            String name = check.required(Col.NAME, 100);
            CommitteeKind kind = check.choice(Col.KIND, CommitteeKind.class, CommitteeKind::label, "调委会类型");
            String region = check.required(Col.REGION, 12);
            if (!region.isEmpty()) {
                checkRegion(check, run, region, kind);
            }
            String field = check.disputeType(Col.FIELD, run.labels, kind == CommitteeKind.PROFESSIONAL);
            if (field != null && kind != null && kind != CommitteeKind.PROFESSIONAL) {
                check.refuse(Col.FIELD, "只有行业性专业性人民调解委员会填写专业领域");
            }
            List<String> types = check.disputeTypes(Col.TYPES, run.labels);
            boolean active = check.active();
            Committee stored = run.committees.get(code);
            if (kind != null && stored != null && !Committee.groupIdOf(code, kind).equals(stored.getGroupId())) {
                check.refuse(Col.KIND, "已有调委会不能改为此类型（在办工作属于其原有的调解员组），请另设新的调委会");
            }
            if (kind == CommitteeKind.COURT) {
                checkOnlyCourt(check, run, code);
            }
            if (check.fine()) {
                plan(row, run, stored, code, name, kind, region, field, types, active);
            }
        }
    }

    private static void checkRegion(RowCheck check, ImportRun run, String region, CommitteeKind kind) {
        if (!run.regions.containsKey(region) && !run.regionCodesInFile.contains(region)) {
            check.refuse(Col.REGION, "区划代码不存在（既不在本文件“区划”表中，也不在系统中）");
            return;
        }
        Optional<RegionLevel> seat = kind == null ? Optional.empty() : kind.seat();
        if (seat.isPresent() && RegionLevel.ofCode(region).orElse(null) != seat.get()) {
            check.refuse(Col.REGION, kind.label() + "应设在" + seat.get().label() + "（" + seat.get().codeLength()
                    + "位区划代码）");
        }
    }

    /** The court's mediators are the one Camunda group {@code court}: one court per system. */
    private static void checkOnlyCourt(RowCheck check, ImportRun run, String code) {
        boolean another = run.committees.values().stream()
                .anyMatch(c -> c.getKind() == CommitteeKind.COURT && !c.getCode().equals(code))
                || run.committeeKindsInFile.entrySet().stream().anyMatch(e -> !e.getKey().equals(code)
                && (CommitteeKind.COURT.label().equals(e.getValue()) || CommitteeKind.COURT.name().equals(e.getValue())));
        if (another) {
            check.refuse(Col.KIND, "系统中只能有一个人民法院（其法官共用“court”组）");
        }
    }

    private static void plan(SheetRow row, ImportRun run, Committee stored, String code, String name,
                             CommitteeKind kind, String region, String field, List<String> types, boolean active) {
        List<String> after = List.of(code, name, kind.label(), region, run.labels.disputeType(field),
                run.labels.disputeTypeList(types), Labels.yesNo(active));
        run.plan(row, code, stored == null ? null : run.rows.of(stored), after, stored != null && stored.isActive(),
                active, () -> {
                    Committee committee = stored;
                    if (committee == null) {
                        committee = new Committee(code, name, kind, region, field);
                    }
                    committee.revise(name, kind, region, field, types);
                    if (active) {
                        committee.reactivate();
                    } else {
                        committee.deactivate();
                    }
                    if (stored == null) { // inserted once, with everything set
                        run.entityManager.persist(committee);
                        run.committees.put(code, committee);
                    }
                });
    }
}
