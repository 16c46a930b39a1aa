package cn.sandiao.organization;

import cn.sandiao.organization.OrganizationSheet.Col;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The 调解员 sheet: the roster, one row per mediator; the 人员编号 is also the future login. */
final class MediatorSheetImport {

    private MediatorSheetImport() {
    }

    static void check(List<SheetRow> rows, ImportRun run) {
        rows.forEach(row -> run.mediatorIdsInFile.add(row.get(Col.USER_ID)));
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows) {
            RowCheck check = new RowCheck(row, run.refused);
            String userId = check.id(Col.USER_ID, 64);
            if (check.fine()) {
                ImportRun.duplicate(check, seen, userId, Col.USER_ID, row.number());
            }
            String name = check.required(Col.NAME, 100);
            Gender gender = check.choice(Col.GENDER, Gender.class, Gender::label, "性别");
            String committee = check.required(Col.COMMITTEE, 40);
            if (!committee.isEmpty() && !run.committees.containsKey(committee)
                    && !run.committeeKindsInFile.containsKey(committee)) {
                check.refuse(Col.COMMITTEE, "调委会不存在（既不在本文件“调委会”表中，也不在系统中）");
            }
            MediatorRole role = check.choice(Col.ROLE, MediatorRole.class, MediatorRole::label, "职务");
            Employment employment = check.choice(Col.EMPLOYMENT, Employment.class, Employment::label, "专职或兼职");
            String phone = check.phone(Col.PHONE);
            List<String> expertise = check.disputeTypes(Col.EXPERTISE, run.labels);
            LocalDate from = check.date(Col.FROM, false);
            LocalDate to = check.date(Col.TO, false);
            if (from != null && to != null && to.isBefore(from)) {
                check.refuse(Col.TO, "任职终止日期早于任职起始日期");
            }
            boolean active = check.active();
            if (check.fine()) {
                plan(row, run, userId, active, new Mediator.Particulars(name, committee, gender, role, employment,
                        phone, expertise, from, to));
            }
        }
    }

    private static void plan(SheetRow row, ImportRun run, String userId, boolean active, Mediator.Particulars p) {
        Mediator stored = run.mediators.get(userId);
        List<String> after = List.of(userId, p.name(), p.gender().label(), p.committeeCode(), p.role().label(),
                p.employment().label(), p.phone() == null ? "" : p.phone(), run.labels.disputeTypeList(p.expertise()),
                Labels.date(p.activeFrom()), Labels.date(p.activeTo()), Labels.yesNo(active));
        run.plan(row, userId, stored == null ? null : run.rows.of(stored), after, stored != null && stored.isActive(),
                active, () -> {
                    Mediator mediator = stored;
                    if (mediator == null) {
                        mediator = new Mediator(userId, p.name(), p.committeeCode());
                    }
                    mediator.revise(p);
                    if (active) {
                        mediator.reactivate();
                    } else {
                        mediator.deactivate();
                    }
                    if (stored == null) { // inserted once, with everything set
                        run.entityManager.persist(mediator);
                        run.mediators.put(userId, mediator);
                    }
                });
    }
}
