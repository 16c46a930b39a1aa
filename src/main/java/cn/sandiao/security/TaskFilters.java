package cn.sandiao.security;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The Tasklist filters every role starts with, sorted by due date and shared with the groups whose work they
 * show. Each start makes them exactly as written here (created once, updated in place, never duplicated).
 */
@Component
class TaskFilters {

    static final String MINE = "我的待办";
    static final String GROUP = "本组待领";
    static final String DUE_SOON = "三日内到期";
    static final String OVERDUE = "已逾期";
    /** Which of our filters a filter is, whatever its name: two are called 已逾期 (one for supervisors). */
    static final String KEY_PROPERTY = "sandiaoFilter";

    private static final String ME = "${currentUser()}";
    private static final String MY_GROUPS = "${currentUserGroups()}";
    /** Due on or before the third day from today in China (DueDates, on the application's clock). */
    private static final String DUE_WITHIN_THREE_DAYS = "${dueDates.afterDaysFromToday(3)}";
    /** The columns a mediator needs on every task: the case, its parties, type and village (due date is shown anyway). */
    private static final List<Map<String, String>> CASE_COLUMNS = List.of(
            Map.of("name", "caseNo", "label", "案号"),
            Map.of("name", "partyNames", "label", "当事人"),
            Map.of("name", "disputeTypeName", "label", "纠纷类型"),
            Map.of("name", "villageName", "label", "村（社区）"));

    private final FilterService filterService;
    private final TaskService taskService;

    TaskFilters(FilterService filterService, TaskService taskService) {
        this.filterService = filterService;
        this.taskService = taskService;
    }

    void ensure(Grants.Run grants, List<String> taskWorkers, List<String> supervisorGroups) {
        List<String> workers = taskWorkers.stream().filter(group -> !supervisorGroups.contains(group)).toList();
        List<Filter> existing = filterService.createFilterQuery().list();
        ensure(grants, existing, "mine", MINE, "分配给我的任务，按到期日排序", -20,
                byDueDate(query().taskAssigneeExpression(ME)), taskWorkers);
        ensure(grants, existing, "group", GROUP, "本组尚未认领的任务，按到期日排序", -15,
                byDueDate(query().taskCandidateGroupInExpression(MY_GROUPS).taskUnassigned()), taskWorkers);
        ensure(grants, existing, "due-soon", DUE_SOON, "我的和本组的任务中今天起三日内（含第三日）到期的，按到期日排序", -10,
                byDueDate(mineOrMyGroups().dueBeforeExpression(DUE_WITHIN_THREE_DAYS)), taskWorkers);
        ensure(grants, existing, "overdue", OVERDUE, "我的和本组的任务中已过到期日的，按到期日排序", -5,
                byDueDate(mineOrMyGroups().dueBeforeExpression("${now()}")), workers);
        // supervisors may read every task of their offices' cases (SupervisorsReadTasks)
        ensure(grants, existing, "overdue-office", OVERDUE, "本机构所有已过到期日的任务（含调解员、受理员的），按到期日排序", -5,
                byDueDate(query().dueBeforeExpression("${now()}")), supervisorGroups);
    }

    private TaskQuery query() {
        return taskService.createTaskQuery();
    }

    private TaskQuery mineOrMyGroups() {
        return query().or().taskAssigneeExpression(ME).taskCandidateGroupInExpression(MY_GROUPS).endOr();
    }

    private static TaskQuery byDueDate(TaskQuery query) {
        return query.orderByDueDate().asc();
    }

    private void ensure(Grants.Run grants, List<Filter> existing, String key, String name, String description,
                        int priority, TaskQuery query, List<String> readers) {
        Filter filter = existing.stream()
                .filter(f -> key.equals(f.getProperties().get(KEY_PROPERTY))
                        // filters of the first versions had no key; MINE and GROUP were among them
                        || (f.getProperties().get(KEY_PROPERTY) == null && f.getName().equals(name)))
                .findFirst().orElseGet(() -> filterService.newTaskFilter(name).setOwner(null));
        filter.setName(name);
        filter.setQuery(query);
        filter.setProperties(Map.of(KEY_PROPERTY, key, "description", description, "priority", priority,
                "refresh", true, "variables", CASE_COLUMNS));
        filterService.saveFilter(filter);
        for (String group : readers) {
            grants.grant(group, Resources.FILTER, filter.getId(), Permissions.READ);
        }
    }
}
