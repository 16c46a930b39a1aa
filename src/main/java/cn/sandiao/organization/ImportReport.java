package cn.sandiao.organization;

import java.util.List;
import java.util.Map;

/**
 * The answer to an upload: whether it was applied, the counts, the rows to add, change and deactivate (each with
 * the record before and after, phones masked) and every refused cell. An upload with any refusal changes nothing.
 */
public record ImportReport(boolean applied, Summary summary, List<Row> adds, List<Row> changes,
                           List<Row> deactivations, List<Refusal> refused) {

    public record Summary(int added, int changed, int deactivated, int unchanged, int refused) {
    }

    /** A row's record by heading; {@code before} is empty for a new one. */
    public record Row(String sheet, int row, String key, String action, Map<String, String> before,
                      Map<String, String> after) {
    }

    public boolean accepted() {
        return refused.isEmpty();
    }
}
