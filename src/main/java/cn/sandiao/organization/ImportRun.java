package cn.sandiao.organization;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * One upload being checked: the stored organisation (loaded once, so that checking a prefecture's file asks the
 * database a handful of times, not once a row), the keys the file names, and what it found so far.
 */
final class ImportRun {

    final Labels labels;
    final OrganizationRows rows;
    final EntityManager entityManager;
    final Map<String, Region> regions;
    final Map<String, Committee> committees;
    final Map<String, Mediator> mediators;
    final Map<String, Expert> experts;
    /** Keys named in the file's rows (valid or not): a row may refer to a record the same file brings. */
    final Set<String> regionCodesInFile = new HashSet<>();
    final Map<String, String> committeeKindsInFile = new HashMap<>();
    final Set<String> mediatorIdsInFile = new HashSet<>();
    final List<Refusal> refused = new ArrayList<>();
    final List<PlannedChange> changes = new ArrayList<>();
    int unchanged;

    ImportRun(Labels labels, EntityManager entityManager, List<Region> regions, List<Committee> committees,
              List<Mediator> mediators, List<Expert> experts) {
        this.labels = labels;
        this.rows = new OrganizationRows(labels);
        this.entityManager = entityManager;
        this.regions = byKey(regions, Region::getCode);
        this.committees = byKey(committees, Committee::getCode);
        this.mediators = byKey(mediators, Mediator::getUserId);
        this.experts = byKey(experts, Expert::getCode);
    }

    private static <T> Map<String, T> byKey(List<T> all, Function<T, String> key) {
        Map<String, T> map = new HashMap<>();
        all.forEach(item -> map.put(key.apply(item), item));
        return map;
    }

    void plan(SheetRow row, String key, List<String> before, List<String> after, boolean wasActive, boolean active,
              Runnable apply) {
        PlannedChange.Action action = PlannedChange.actionFor(before, after, wasActive, active);
        if (action == null) {
            unchanged++;
        } else {
            changes.add(new PlannedChange(row.sheet(), row.number(), key, action, before, after, apply));
        }
    }

    /** Refuses a key that an earlier row of the same sheet already used, naming that row. */
    static boolean duplicate(RowCheck check, Map<String, Integer> seen, String key, String column, int row) {
        Integer first = seen.putIfAbsent(key, row);
        if (first != null) {
            check.refuse(column, "重复：与第" + first + "行相同");
            return true;
        }
        return false;
    }
}
