package cn.sandiao.statistics;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.organization.Region;
import cn.sandiao.workflow.AsSystem;
import cn.sandiao.workflow.DeadlineRule;
import cn.sandiao.workflow.StaffNames;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;

/**
 * Open tasks past their due date (超期未办), from the engine's tasks joined to the cases and petitions they are for,
 * grouped by the office that holds them and the limit they broke.
 */
@Service
public class OverdueWork {

    public record OverdueTask(String taskId, String taskName, String processKey, String reference, String regionCode,
                              String regionName, String assignee, String assigneeName, LocalDate due,
                              long daysOverdue) {
    }

    public record Group(String organisation, String rule, String ruleName, int count, List<OverdueTask> tasks) {
    }

    public record Overdue(Instant generatedAt, MonthlyReport.RegionRef region, int total, List<Group> groups) {
    }

    private static final Pattern FROM_TODAY = Pattern.compile("fromToday\\('([A-Z_]+)'\\)");
    /** The due-date variables of the processes and the limit each one carries. */
    private static final Map<String, String> DUE_VARIABLES = Map.of(
            "triageDueDate", DeadlineRule.TRIAGE.name(),
            "applicationWindowEnd", DeadlineRule.JUDICIAL_CONFIRMATION_APPLICATION.name(),
            "rulingDueDate", DeadlineRule.JUDICIAL_CONFIRMATION_RULING.name(),
            "acceptanceDue", DeadlineRule.PETITION_ACCEPTANCE.name(),
            "handlingDueDate", DeadlineRule.PETITION_HANDLING.name(),
            "reviewOpinionDue", DeadlineRule.REVIEW_OPINION.name(),
            "reReviewOpinionDue", DeadlineRule.RE_REVIEW_OPINION.name(),
            "evaluationDue", "PETITION_EVALUATION");
    private static final String MEDIATION = "mediationDueDate";

    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final RepositoryService repositoryService;
    private final StaffNames staffNames;
    private final AsSystem asSystem;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, Map<String, String>> dueExpressions = new ConcurrentHashMap<>();

    OverdueWork(TaskService taskService, RuntimeService runtimeService, RepositoryService repositoryService,
                StaffNames staffNames, AsSystem asSystem, JdbcTemplate jdbc, Clock clock) {
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.repositoryService = repositoryService;
        this.staffNames = staffNames;
        this.asSystem = asSystem;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The user's scope is checked on the region first; the engine is then read as the system. */
    public Overdue in(Region region) {
        return asSystem.call(() -> collect(region));
    }

    private Overdue collect(Region region) {
        LocalDate today = ChinaTime.today(clock);
        Date startOfToday = Date.from(today.atStartOfDay(ChinaTime.ZONE).toInstant());
        List<Task> tasks = taskService.createTaskQuery().active().dueBefore(startOfToday).orderByDueDate().asc().list();
        Map<String, String> businessKeys = businessKeys(tasks);
        Map<String, String[]> domain = domainOf(Set.copyOf(businessKeys.values()));
        Map<String, String> groupNames = new HashMap<>();
        Map<String, List<OverdueTask>> grouped = new LinkedHashMap<>();
        Map<String, String[]> groupHeads = new HashMap<>();
        for (Task task : tasks) {
            String reference = businessKeys.get(task.getProcessInstanceId());
            String[] row = domain.get(reference);
            if (row == null || !row[0].startsWith(region.getCode())) {
                continue;
            }
            String rule = ruleOf(task, row);
            String organisation = organisation(task, groupNames);
            LocalDate due = task.getDueDate().toInstant().atZone(ChinaTime.ZONE).toLocalDate();
            String groupKey = organisation + "\u0000" + rule;
            groupHeads.putIfAbsent(groupKey, new String[] {organisation, rule});
            grouped.computeIfAbsent(groupKey, k -> new ArrayList<>()).add(new OverdueTask(task.getId(), task.getName(),
                    processKey(task), reference, row[0], row[1], task.getAssignee(), staffNames.user(task.getAssignee()), due,
                    ChronoUnit.DAYS.between(due, today)));
        }
        List<Group> groups = grouped.entrySet().stream().map(e -> {
            String[] head = groupHeads.get(e.getKey());
            return new Group(head[0], head[1], ruleName(head[1]), e.getValue().size(), e.getValue());
        }).sorted(Comparator.comparing(Group::count).reversed().thenComparing(Group::organisation)).toList();
        int total = groups.stream().mapToInt(Group::count).sum();
        return new Overdue(clock.instant(), new MonthlyReport.RegionRef(region.getCode(), region.getName()), total, groups);
    }

    private Map<String, String> businessKeys(List<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        return runtimeService.createProcessInstanceQuery().processInstanceIds(instanceIds).list().stream()
                .filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    /** Case or petition number → {region code, region name, current mediation limit or null}. */
    private Map<String, String[]> domainOf(Set<String> references) {
        Map<String, String[]> rows = new HashMap<>();
        if (references.isEmpty()) {
            return rows;
        }
        String in = references.stream().map(r -> "?").collect(Collectors.joining(","));
        Object[] args = references.toArray();
        jdbc.query("select d.case_no, d.region_code, r.name, (select m.due_rule from mediation m where m.case_id = d.id"
                        + " order by m.id desc fetch first 1 rows only) from dispute_case d"
                        + " join region r on r.code = d.region_code where d.case_no in (" + in + ")",
                rs -> {
                    rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), rs.getString(4)});
                }, args);
        jdbc.query("select p.petition_no, p.region_code, r.name from petition p join region r on r.code = p.region_code"
                        + " where p.petition_no in (" + in + ")",
                rs -> {
                    rows.put(rs.getString(1), new String[] {rs.getString(2), rs.getString(3), null});
                }, args);
        return rows;
    }

    private String ruleOf(Task task, String[] domainRow) {
        String expression = dueExpressions.computeIfAbsent(task.getProcessDefinitionId(), this::dueExpressionsOf)
                .getOrDefault(task.getTaskDefinitionKey(), "");
        Matcher fromToday = FROM_TODAY.matcher(expression);
        if (fromToday.find()) {
            return fromToday.group(1);
        }
        if (expression.contains(MEDIATION)) {
            return domainRow[2] != null ? domainRow[2] : DeadlineRule.PEOPLE_MEDIATION.name();
        }
        return DUE_VARIABLES.entrySet().stream().filter(e -> expression.contains(e.getKey()))
                .map(Map.Entry::getValue).findFirst().orElse("OTHER");
    }

    private Map<String, String> dueExpressionsOf(String processDefinitionId) {
        Map<String, String> result = new HashMap<>();
        for (UserTask userTask : repositoryService.getBpmnModelInstance(processDefinitionId)
                .getModelElementsByType(UserTask.class)) {
            if (userTask.getCamundaDueDate() != null) {
                result.put(userTask.getId(), userTask.getCamundaDueDate());
            }
        }
        return result;
    }

    private static String ruleName(String rule) {
        if ("PETITION_EVALUATION".equals(rule)) {
            return "满意度评价期限（本地设置）";
        }
        try {
            return DeadlineRule.valueOf(rule).title() + "期限";
        } catch (IllegalArgumentException e) {
            return "其他期限";
        }
    }

    /** The office offered the task (its candidate group's name), else the person it is assigned to. */
    private String organisation(Task task, Map<String, String> groupNames) {
        for (IdentityLink link : taskService.getIdentityLinksForTask(task.getId())) {
            if (link.getGroupId() != null) {
                return groupNames.computeIfAbsent(link.getGroupId(), staffNames::group);
            }
        }
        return task.getAssignee() != null ? "经办人 " + staffNames.user(task.getAssignee()) : "未分配";
    }

    private String processKey(Task task) {
        return task.getProcessDefinitionId().split(":")[0];
    }
}
