package cn.sandiao.statistics;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.workflow.AsSystem;
import java.time.YearMonth;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

/**
 * The benchmark's second baseline: the county's headline dispute figures of a month as a Camunda user would get
 * them without this product, from the engine's history alone (instances started and ended in the month, told
 * apart by their end event). Only the whole county: history holds no region to filter by.
 */
@Service
public class HistoryBaseline {

    private static final Set<String> MEDIATED_ENDS = Set.of(DisputeCaseProcess.END_SUCCEEDED,
            DisputeCaseProcess.END_REFERRED_TO_COURT, DisputeCaseProcess.END_GUIDED_TO_ARBITRATION);

    public record Figures(String month, long registered, long declined, long mediated, long succeeded, long withdrawn,
                          long closed, Rate mediationRate, Rate successRate) {
    }

    private final HistoryService historyService;
    private final AsSystem asSystem;

    HistoryBaseline(HistoryService historyService, AsSystem asSystem) {
        this.historyService = historyService;
        this.asSystem = asSystem;
    }

    public Figures month(YearMonth month) {
        return asSystem.call(() -> count(month));
    }

    private Figures count(YearMonth month) {
        Date from = Date.from(month.atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant());
        Date to = new Date(Date.from(month.plusMonths(1).atDay(1).atStartOfDay(ChinaTime.ZONE).toInstant()).getTime() - 1);
        List<HistoricProcessInstance> started = historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(DisputeCaseProcess.KEY).startedAfter(from).startedBefore(to).list();
        // a case mediated again starts a second instance under the same business key: one case
        Set<String> registered = new HashSet<>();
        Set<String> declined = new HashSet<>();
        for (HistoricProcessInstance instance : started) {
            registered.add(instance.getBusinessKey());
            if (DisputeCaseProcess.END_DECLINED.equals(instance.getEndActivityId())) {
                declined.add(instance.getBusinessKey());
            }
        }
        long mediated = 0;
        long succeeded = 0;
        long withdrawn = 0;
        long closed = 0;
        for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
                .processDefinitionKey(DisputeCaseProcess.KEY).finishedAfter(from).finishedBefore(to).list()) {
            String end = instance.getEndActivityId();
            if (end == null) {
                continue;
            }
            closed++;
            if (MEDIATED_ENDS.contains(end)) {
                mediated++;
            }
            if (DisputeCaseProcess.END_SUCCEEDED.equals(end)) {
                succeeded++;
            }
            if (DisputeCaseProcess.END_WITHDRAWN.equals(end)) {
                withdrawn++;
            }
        }
        return new Figures(month.toString(), registered.size(), declined.size(), mediated, succeeded, withdrawn, closed,
                Rates.mediation(registered.size(), declined.size(), mediated), Rates.success(succeeded, mediated));
    }
}
