package cn.sandiao.statistics;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionRepository;
import cn.sandiao.workflow.AsSystem;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Service;

/**
 * The benchmark's second baseline: a month's dispute figures for a region subtree as a Camunda user would get
 * them without this product, from the engine's history alone: the instances started and ended in the month, told
 * apart by their end event, and their region and type variables. A case mediated again starts a second instance
 * under the same business key; this baseline does not tell such a reopening from a new case.
 */
@Service
public class HistoryBaseline {

    private static final Set<String> MEDIATED_ENDS = Set.of(DisputeCaseProcess.END_SUCCEEDED,
            DisputeCaseProcess.END_REFERRED_TO_COURT, DisputeCaseProcess.END_GUIDED_TO_ARBITRATION);
    private static final int IDS_PER_QUERY = 500;

    /** Registered, mediated and succeeded of one part of a breakdown. */
    public record Counts(long registered, long mediated, long succeeded) {
        Counts plus(Counts other) {
            return new Counts(registered + other.registered, mediated + other.mediated, succeeded + other.succeeded);
        }
    }

    public record Figures(String month, String region, long registered, long declined, long mediated, long succeeded,
                          long withdrawn, long closed, Rate mediationRate, Rate successRate,
                          Map<String, Counts> byType, Map<String, Counts> byRegion) {
    }

    private final HistoryService historyService;
    private final RegionRepository regions;
    private final AsSystem asSystem;

    HistoryBaseline(HistoryService historyService, RegionRepository regions, AsSystem asSystem) {
        this.historyService = historyService;
        this.regions = regions;
        this.asSystem = asSystem;
    }

    public Figures month(YearMonth month, Region region) {
        return asSystem.call(() -> count(month, region));
    }

    private Figures count(YearMonth month, Region region) {
        Date from = Date.from(month.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant());
        Date to = new Date(Date.from(month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant()).getTime() - 1);
        Tallies tallies = new Tallies(region.getCode(),
                regions.findByParentCodeOrderByCodeAsc(region.getCode()).stream().map(Region::getCode).toList());

        List<HistoricProcessInstance> started = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(DisputeCaseProcess.KEY).startedAfter(from).startedBefore(to).list();
        Map<String, Map<String, String>> startedVariables = variables(started);
        Set<String> registered = new HashSet<>();
        for (HistoricProcessInstance instance : started) {
            Map<String, String> vars = startedVariables.getOrDefault(instance.getId(), Map.of());
            if (tallies.covers(vars) && registered.add(instance.getBusinessKey())) {
                tallies.add(vars, new Counts(1, 0, 0));
                if (DisputeCaseProcess.END_DECLINED.equals(instance.getEndActivityId())) {
                    tallies.declined++;
                }
            }
        }

        List<HistoricProcessInstance> finished = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(DisputeCaseProcess.KEY).finishedAfter(from).finishedBefore(to).list();
        Map<String, Map<String, String>> finishedVariables = variables(finished);
        for (HistoricProcessInstance instance : finished) {
            Map<String, String> vars = finishedVariables.getOrDefault(instance.getId(), Map.of());
            String end = instance.getEndActivityId();
            if (end == null || !tallies.covers(vars)) {
                continue;
            }
            tallies.closed++;
            boolean mediated = MEDIATED_ENDS.contains(end);
            boolean succeeded = DisputeCaseProcess.END_SUCCEEDED.equals(end);
            tallies.add(vars, new Counts(0, mediated ? 1 : 0, succeeded ? 1 : 0));
            if (DisputeCaseProcess.END_WITHDRAWN.equals(end)) {
                tallies.withdrawn++;
            }
        }
        Counts all = tallies.all;
        return new Figures(month.toString(), region.getCode(), all.registered(), tallies.declined, all.mediated(),
                all.succeeded(), tallies.withdrawn, tallies.closed,
                Rates.mediation(all.registered(), tallies.declined, all.mediated()),
                Rates.success(all.succeeded(), all.mediated()), tallies.byType, tallies.byRegion);
    }

    /** The region and type each instance was started with, a few hundred instances per query. */
    private Map<String, Map<String, String>> variables(List<HistoricProcessInstance> instances) {
        Map<String, Map<String, String>> byInstance = new HashMap<>();
        List<String> ids = instances.stream().map(HistoricProcessInstance::getId).toList();
        for (int first = 0; first < ids.size(); first += IDS_PER_QUERY) {
            String[] chunk = ids.subList(first, Math.min(ids.size(), first + IDS_PER_QUERY)).toArray(String[]::new);
            for (HistoricVariableInstance variable : historyService.createHistoricVariableInstanceQuery()
                    .processInstanceIdIn(chunk)
                    .variableNameIn(DisputeCaseProcess.VAR_REGION_CODE, DisputeCaseProcess.VAR_DISPUTE_TYPE)
                    .disableBinaryFetching().list()) {
                if (variable.getValue() instanceof String value) {
                    byInstance.computeIfAbsent(variable.getProcessInstanceId(), id -> new HashMap<>())
                            .put(variable.getName(), value);
                }
            }
        }
        return byInstance;
    }

    /** What the month adds up to within the region, by type and by the part of the region a case lies in. */
    private static final class Tallies {
        private final String region;
        private final List<String> children;
        private final Map<String, Counts> byType = new TreeMap<>();
        private final Map<String, Counts> byRegion = new TreeMap<>();
        private Counts all = new Counts(0, 0, 0);
        private long declined;
        private long withdrawn;
        private long closed;

        Tallies(String region, List<String> children) {
            this.region = region;
            this.children = children;
        }

        boolean covers(Map<String, String> vars) {
            String code = vars.get(DisputeCaseProcess.VAR_REGION_CODE);
            return code != null && code.startsWith(region);
        }

        void add(Map<String, String> vars, Counts counts) {
            all = all.plus(counts);
            String code = vars.get(DisputeCaseProcess.VAR_REGION_CODE);
            byRegion.merge(ReportAssembler.partOf(code, region, children), counts, Counts::plus);
            String type = vars.get(DisputeCaseProcess.VAR_DISPUTE_TYPE);
            if (type != null) {
                byType.merge(type, counts, Counts::plus);
            }
        }
    }
}
