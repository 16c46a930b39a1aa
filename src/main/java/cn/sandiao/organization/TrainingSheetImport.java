package cn.sandiao.organization;

import cn.sandiao.organization.OrganizationSheet.Col;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The 培训记录 sheet: a training is known by its mediator, day and topic. Rows add trainings or correct their
 * hours; trainings the file does not list stay (a file may bring only this year's).
 */
final class TrainingSheetImport {

    private TrainingSheetImport() {
    }

    static void check(List<SheetRow> rows, ImportRun run) {
        Map<String, Integer> seen = new HashMap<>();
        for (SheetRow row : rows) {
            RowCheck check = new RowCheck(row, run.refused);
            String userId = check.required(Col.USER_ID, 64);
            if (!userId.isEmpty() && !run.mediators.containsKey(userId) && !run.mediatorIdsInFile.contains(userId)) {
                check.refuse(Col.USER_ID, "调解员不存在（既不在本文件“调解员”表中，也不在系统中）");
            }
            LocalDate day = check.date(Col.DATE, true);
            BigDecimal hours = check.hours(Col.HOURS);
            String topic = check.required(Col.TOPIC, 200);
            if (check.fine()) {
                if (!ImportRun.duplicate(check, seen, userId + "|" + day + "|" + topic, Col.TOPIC, row.number())) {
                    plan(row, run, userId, new TrainingRecord(day, hours, topic));
                }
            }
        }
    }

    private static void plan(SheetRow row, ImportRun run, String userId, TrainingRecord training) {
        Mediator stored = run.mediators.get(userId);
        TrainingRecord before = stored == null ? null
                : stored.training(training.getTrainedOn(), training.getTopic()).orElse(null);
        List<String> after = List.of(userId, Labels.date(training.getTrainedOn()), Labels.hours(training.getHours()),
                training.getTopic());
        run.plan(row, userId + " " + training.getTrainedOn() + " " + training.getTopic(),
                before == null ? null : OrganizationRows.of(stored, before), after, false, true,
                // the mediator may be one this file adds: looked up when applying, after the mediators
                () -> run.mediators.get(userId).recordTraining(training));
    }
}
