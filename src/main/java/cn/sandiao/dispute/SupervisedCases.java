package cn.sandiao.dispute;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.organization.OrganizationScope;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionLevel;
import cn.sandiao.organization.RegionRepository;
import cn.sandiao.organization.UserScopes;
import cn.sandiao.workflow.AsSystem;
import cn.sandiao.workflow.StaffNames;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisor's view of its offices' running cases (督导案件一览): each case with its parties' names, village,
 * open steps across all of its process instances (the case's own, the mediation it called, a follow-up or judicial
 * confirmation after closure: they all carry the case number as business key), who holds each step, the earliest
 * due date and whether it is past (the rule of {@code /api/statistics/overdue}: a step is overdue from the day after
 * its due date, China's calendar day on the application's clock).
 * <p>
 * A case is running while any process instance carries its number. The cases of the user's scope come from our
 * table (the scope is a condition of the query, as for every case list); the engine is then read as the system, in
 * a fixed number of queries whatever the page size: the running instances, their open tasks, and for the page's
 * rows the parties, the candidate groups of unclaimed steps, the groups' and users' names.
 */
@Service
public class SupervisedCases {

    static final String COCKPIT_INSTANCE = "/camunda/app/cockpit/default/#/process-instance/%s/runtime";
    /** At most this many values in one IN list (PostgreSQL takes 32767 parameters, Oracle 1000 items). */
    private static final int CHUNK = 1000;

    public record PartyName(PartyRole role, String roleLabel, String name) {
    }

    /** An open step: a task of one of the case's instances. */
    public record Step(String taskId, String name, String processInstanceId, String assignee, String holder,
                       List<String> candidateGroups, LocalDate due, boolean overdue, long daysOverdue,
                       String cockpitLink) {
    }

    public record Row(Long id, String caseNo, CaseStatus status, String statusLabel, DisputeType type, String typeLabel,
                      String regionCode, String village, String township, List<PartyName> parties,
                      Instant registeredAt, LocalDate registeredOn, List<Step> steps, LocalDate due, boolean overdue,
                      long daysOverdue, String cockpitLink, String timelineLink, String caseLink) {
    }

    /** One page, with the totals of the whole filtered list; {@code today} is the day overdue is measured on. */
    public record Answer(LocalDate today, List<Row> content, int page, int size, long totalElements, int totalPages,
                         long overdueCases) {
    }

    private final DisputeCaseRepository cases;
    private final UserScopes scopes;
    private final RegionRepository regions;
    private final RuntimeService runtimeService;
    private final TaskService taskService;
    private final StaffNames staffNames;
    private final ManagementService managementService;
    private final AsSystem asSystem;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    SupervisedCases(DisputeCaseRepository cases, UserScopes scopes, RegionRepository regions,
                    RuntimeService runtimeService, TaskService taskService, StaffNames staffNames,
                    ManagementService managementService, AsSystem asSystem, JdbcTemplate jdbc, Clock clock) {
        this.cases = cases;
        this.scopes = scopes;
        this.regions = regions;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
        this.staffNames = staffNames;
        this.managementService = managementService;
        this.asSystem = asSystem;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A case being worked out: its open steps, the earliest due date among them. */
    private record Running(DisputeCase disputeCase, List<ProcessInstance> instances, List<Task> tasks, LocalDate due) {
    }

    @Transactional(readOnly = true)
    public Answer list(SupervisedCaseQuery query) {
        OrganizationScope scope = scopes.current();
        Map<String, Region> regionsByCode = regions.findAllByOrderByCodeAsc().stream()
                .collect(Collectors.toMap(Region::getCode, Function.identity()));
        checkRegion(query.region(), scope, regionsByCode);
        LocalDate today = ChinaTime.today(clock);

        Map<String, List<ProcessInstance>> instancesByCaseNo = asSystem.call(() -> runtimeService
                .createProcessInstanceQuery().list().stream().filter(p -> p.getBusinessKey() != null)
                .collect(Collectors.groupingBy(ProcessInstance::getBusinessKey)));
        Specification<DisputeCase> filters = filters(query).and(DisputeScopes.visibleTo(scope));
        List<DisputeCase> found = new ArrayList<>();
        for (List<String> caseNos : chunks(instancesByCaseNo.keySet())) {
            found.addAll(cases.findAll(filters.and((root, q, cb) -> root.get("caseNo").in(caseNos))));
        }

        Map<String, String> caseNoOfInstance = new HashMap<>();
        for (DisputeCase disputeCase : found) {
            instancesByCaseNo.get(disputeCase.getCaseNo())
                    .forEach(instance -> caseNoOfInstance.put(instance.getId(), disputeCase.getCaseNo()));
        }
        Map<String, List<Task>> tasksByCaseNo = new HashMap<>();
        for (List<String> instanceIds : chunks(caseNoOfInstance.keySet())) {
            asSystem.call(() -> taskService.createTaskQuery().processInstanceIdIn(instanceIds.toArray(String[]::new))
                    .list()).forEach(task -> tasksByCaseNo
                    .computeIfAbsent(caseNoOfInstance.get(task.getProcessInstanceId()), k -> new ArrayList<>())
                    .add(task));
        }

        List<Running> running = new ArrayList<>();
        for (DisputeCase disputeCase : found) {
            List<Task> tasks = tasksByCaseNo.getOrDefault(disputeCase.getCaseNo(), List.of());
            LocalDate due = tasks.stream().map(SupervisedCases::dueOf).filter(Objects::nonNull)
                    .min(Comparator.naturalOrder()).orElse(null);
            running.add(new Running(disputeCase, instancesByCaseNo.get(disputeCase.getCaseNo()), tasks, due));
        }
        long overdueCases = running.stream().filter(r -> isOverdue(r.due(), today)).count();
        List<Running> listed = running.stream()
                .filter(r -> query.overdue() == null || isOverdue(r.due(), today) == query.overdue())
                .sorted(order(query)).toList();

        int from = (int) Math.min((long) query.page() * query.size(), listed.size());
        List<Running> page = listed.subList(from, Math.min(listed.size(), from + query.size()));
        List<Row> rows = rows(page, today, regionsByCode);
        int totalPages = (listed.size() + query.size() - 1) / query.size();
        return new Answer(today, rows, query.page(), query.size(), listed.size(), totalPages, overdueCases);
    }

    /** A region asked for must exist and lie in the user's office (403 otherwise, as for the statistics). */
    private static void checkRegion(String code, OrganizationScope scope, Map<String, Region> regionsByCode) {
        if (code == null) {
            return;
        }
        Region region = regionsByCode.get(code);
        if (region == null) {
            throw new InvalidInputException("region", "未知的地区代码：" + code);
        }
        if (!scope.coversRegion(code)) {
            throw new AccessDeniedException("无权查看该地区的案件：" + region.getName());
        }
    }

    private static Specification<DisputeCase> filters(SupervisedCaseQuery query) {
        List<Specification<DisputeCase>> filters = new ArrayList<>();
        if (query.status() != null) {
            filters.add((root, q, cb) -> cb.equal(root.get("status"), query.status()));
        }
        if (query.type() != null) {
            filters.add((root, q, cb) -> cb.equal(root.get("type"), query.type()));
        }
        if (query.region() != null) {
            filters.add((root, q, cb) -> cb.like(root.get("regionCode"), query.region() + "%"));
        }
        return Specification.allOf(filters);
    }

    private static Comparator<Running> order(SupervisedCaseQuery query) {
        Comparator<Running> byRegistration = Comparator.comparing((Running r) -> r.disputeCase().getRegisteredAt())
                .thenComparing(r -> r.disputeCase().getId());
        if (query.order() == SupervisedCaseQuery.Order.REGISTERED) {
            return query.ascending() ? byRegistration : byRegistration.reversed();
        }
        // cases without a due date last in either direction; on the same day the earlier registration first
        Comparator<LocalDate> days = query.ascending() ? Comparator.naturalOrder() : Comparator.reverseOrder();
        return Comparator.comparing(Running::due, Comparator.nullsLast(days)).thenComparing(byRegistration);
    }

    private List<Row> rows(List<Running> page, LocalDate today, Map<String, Region> regionsByCode) {
        if (page.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PartyName>> parties = new HashMap<>();
        for (Object[] party : cases.partyNames(page.stream().map(r -> r.disputeCase().getId()).toList())) {
            PartyRole role = (PartyRole) party[1];
            parties.computeIfAbsent((Long) party[0], k -> new ArrayList<>())
                    .add(new PartyName(role, role.label(), (String) party[2]));
        }
        List<Task> tasks = page.stream().flatMap(r -> r.tasks().stream()).toList();
        Map<String, List<String>> groupsOfTask = candidateGroups(tasks.stream()
                .filter(task -> task.getAssignee() == null).map(Task::getId).toList());
        Map<String, String> groupNames = asSystem.call(() -> staffNames.groups(groupsOfTask.values().stream()
                .flatMap(List::stream).collect(Collectors.toSet())));
        Map<String, String> userNames = asSystem.call(() -> staffNames.users(tasks.stream().map(Task::getAssignee)
                .filter(Objects::nonNull).collect(Collectors.toSet())));

        List<Row> rows = new ArrayList<>();
        for (Running running : page) {
            DisputeCase disputeCase = running.disputeCase();
            List<Step> steps = running.tasks().stream()
                    .sorted(Comparator.comparing(SupervisedCases::dueOf, Comparator.nullsLast(Comparator.naturalOrder()))
                            .thenComparing(Task::getCreateTime))
                    .map(task -> step(task, today, groupsOfTask.getOrDefault(task.getId(), List.of()), groupNames,
                            userNames))
                    .toList();
            Region region = regionsByCode.get(disputeCase.getRegionCode());
            Region parent = region == null || region.getLevel() != RegionLevel.VILLAGE ? null
                    : regionsByCode.get(region.getParentCode());
            rows.add(new Row(disputeCase.getId(), disputeCase.getCaseNo(), disputeCase.getStatus(),
                    disputeCase.getStatus().label(), disputeCase.getType(), disputeCase.getType().label(),
                    disputeCase.getRegionCode(), region == null ? disputeCase.getRegionCode() : region.getName(),
                    parent == null ? null : parent.getName(), parties.getOrDefault(disputeCase.getId(), List.of()),
                    disputeCase.getRegisteredAt(), disputeCase.getRegisteredAt().atZone(ChinaTime.ZONE).toLocalDate(),
                    steps, running.due(), isOverdue(running.due(), today), daysOverdue(running.due(), today),
                    COCKPIT_INSTANCE.formatted(mainInstance(disputeCase, running.instances())),
                    "/api/disputes/" + disputeCase.getId() + "/timeline", "/cases.html#" + disputeCase.getId()));
        }
        return rows;
    }

    private static Step step(Task task, LocalDate today, List<String> groups, Map<String, String> groupNames,
                             Map<String, String> userNames) {
        String holder = task.getAssignee() != null ? userNames.getOrDefault(task.getAssignee(), task.getAssignee())
                : groups.isEmpty() ? "未分配"
                : groups.stream().map(g -> groupNames.getOrDefault(g, g)).collect(Collectors.joining("、"));
        LocalDate due = dueOf(task);
        return new Step(task.getId(), task.getName(), task.getProcessInstanceId(), task.getAssignee(), holder, groups,
                due, isOverdue(due, today), daysOverdue(due, today),
                COCKPIT_INSTANCE.formatted(task.getProcessInstanceId()));
    }

    /** The case's own dispute_case instance while it runs; after closure the instance that runs on its own. */
    private static String mainInstance(DisputeCase disputeCase, List<ProcessInstance> instances) {
        return instances.stream().map(ProcessInstance::getId).filter(id -> id.equals(disputeCase.getProcessInstanceId()))
                .findFirst()
                .or(() -> instances.stream().filter(p -> p.getId().equals(p.getRootProcessInstanceId()))
                        .map(ProcessInstance::getId).sorted().findFirst())
                .orElse(instances.get(0).getId());
    }

    /** Task id → its candidate groups, in one query over the engine's identity links. */
    private Map<String, List<String>> candidateGroups(List<String> taskIds) {
        Map<String, List<String>> groups = new HashMap<>();
        String table = asSystem.call(() -> managementService.getTableName(IdentityLinkEntity.class));
        for (List<String> chunk : chunks(taskIds)) {
            String in = chunk.stream().map(id -> "?").collect(Collectors.joining(","));
            jdbc.query("select TASK_ID_, GROUP_ID_ from " + table + " where TYPE_ = 'candidate'"
                            + " and GROUP_ID_ is not null and TASK_ID_ in (" + in + ") order by GROUP_ID_",
                    rs -> {
                        groups.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2));
                    }, chunk.toArray());
        }
        return groups;
    }

    private static LocalDate dueOf(Task task) {
        return task.getDueDate() == null ? null : task.getDueDate().toInstant().atZone(ChinaTime.ZONE).toLocalDate();
    }

    /** Past due from the day after the due date (OverdueWork: due before the start of today in China). */
    static boolean isOverdue(LocalDate due, LocalDate today) {
        return due != null && due.isBefore(today);
    }

    static long daysOverdue(LocalDate due, LocalDate today) {
        return isOverdue(due, today) ? ChronoUnit.DAYS.between(due, today) : 0;
    }

    private static List<List<String>> chunks(Collection<String> values) {
        List<String> all = new ArrayList<>(new LinkedHashSet<>(values));
        List<List<String>> chunks = new ArrayList<>();
        for (int i = 0; i < all.size(); i += CHUNK) {
            chunks.add(all.subList(i, Math.min(all.size(), i + CHUNK)));
        }
        return chunks;
    }
}
