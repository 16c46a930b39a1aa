package cn.sandiao.organization;

import cn.sandiao.organization.OrganizationSheet.Col;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The 专家 sheet: the expert panel (lawyers, doctors, engineers …) mediators consult. */
final class ExpertSheetImport {

    private ExpertSheetImport() {
    }

    static void check(List<SheetRow> rows, ImportRun run) {
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows) {
            RowCheck check = new RowCheck(row, run.refused);
            String code = check.id(Col.EXPERT_CODE, 40);
            if (check.fine()) {
                ImportRun.duplicate(check, seen, code, Col.EXPERT_CODE, row.number());
            }
            String name = check.required(Col.NAME, 100);
            String profession = check.required(Col.PROFESSION, 100);
            String field = check.disputeType(Col.FIELD, run.labels, false);
            String phone = check.phone(Col.PHONE);
            String panel = check.optional(Col.PANEL, 40);
            if (!panel.isEmpty() && !run.committees.containsKey(panel) && !run.committeeKindsInFile.containsKey(panel)) {
                check.refuse(Col.PANEL, "调委会不存在（既不在本文件“调委会”表中，也不在系统中）");
            }
            boolean active = check.active();
            if (check.fine()) {
                Expert stored = run.experts.get(code);
                String committee = panel.isEmpty() ? null : panel;
                List<String> after = List.of(code, name, profession, run.labels.disputeType(field),
                        phone == null ? "" : phone, panel, Labels.yesNo(active));
                run.plan(row, code, stored == null ? null : run.rows.of(stored), after,
                        stored != null && stored.isActive(), active, () -> {
                            Expert expert = stored;
                            if (expert == null) {
                                expert = new Expert(code);
                            }
                            expert.revise(name, profession, field, phone, committee);
                            if (active) {
                                expert.reactivate();
                            } else {
                                expert.deactivate();
                            }
                            if (stored == null) { // inserted once, with everything set
                                run.entityManager.persist(expert);
                                run.experts.put(code, expert);
                            }
                        });
            }
        }
    }
}
