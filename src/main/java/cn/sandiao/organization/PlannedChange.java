package cn.sandiao.organization;

import java.util.List;

/**
 * What an import does to one record: the row it comes from, the record's key, its row before (empty for a new
 * one) and after, and the step that applies it (run only when the whole file passed).
 */
record PlannedChange(OrganizationSheet sheet, int row, String key, Action action, List<String> before,
                     List<String> after, Runnable apply) {

    enum Action {
        ADD("新增"), CHANGE("变更"), DEACTIVATE("停用");

        private final String label;

        Action(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /** ADD where nothing is stored, DEACTIVATE where an active record is turned off, else CHANGE; null: no change. */
    static Action actionFor(List<String> before, List<String> after, boolean wasActive, boolean active) {
        if (before == null) {
            return Action.ADD;
        }
        if (before.equals(after)) {
            return null;
        }
        return wasActive && !active ? Action.DEACTIVATE : Action.CHANGE;
    }
}
