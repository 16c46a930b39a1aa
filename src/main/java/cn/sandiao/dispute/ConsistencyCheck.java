package cn.sandiao.dispute;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Compares the case rows with the engine: every open case has its running process in the state its status
 * says, every closed case's process has ended, and every running process belongs to a case. After a crash or
 * a killed node this is how an operator proves nothing was lost or left half-done.
 */
@Service
public class ConsistencyCheck {

    /** The mediation processes a case calls; each carries its case's number as business key. */
    private static final String[] MEDIATION_PROCESSES =
            {"dispute_mediation", "judicial_mediation", "people_mediation", "administrative_mediation"};

    public record Mismatch(String caseNo, String problem) {
    }

    public record Report(long casesChecked, long runningProcesses, List<Mismatch> mismatches) {
    }

    private final DisputeCaseRepository cases;
    private final RuntimeService runtimeService;
    private final TaskService taskService;

    ConsistencyCheck(DisputeCaseRepository cases, RuntimeService runtimeService, TaskService taskService) {
        this.cases = cases;
        this.runtimeService = runtimeService;
        this.taskService = taskService;
    }

    @Transactional(readOnly = true)
    public Report run() {
        Map<String, ProcessInstance> running = new HashMap<>();
        runtimeService.createProcessInstanceQuery().processDefinitionKey(DisputeCaseProcess.KEY).list()
                .forEach(instance -> running.put(instance.getId(), instance));
        Set<String> withTriageTask = new HashSet<>();
        taskService.createTaskQuery().processDefinitionKey(DisputeCaseProcess.KEY)
                .taskDefinitionKey(DisputeCaseProcess.TASK_TRIAGE).list()
                .forEach(task -> withTriageTask.add(task.getProcessInstanceId()));
        Set<String> mediating = new HashSet<>();
        runtimeService.createProcessInstanceQuery().processDefinitionKeyIn(MEDIATION_PROCESSES).list()
                .forEach(called -> mediating.add(called.getBusinessKey()));

        List<Mismatch> mismatches = new ArrayList<>();
        Set<String> caseProcesses = new HashSet<>();
        List<DisputeCase> all = cases.findAll();
        for (DisputeCase disputeCase : all) {
            String instanceId = disputeCase.getProcessInstanceId();
            caseProcesses.add(instanceId);
            boolean isRunning = running.containsKey(instanceId);
            switch (disputeCase.getStatus()) {
                case CLOSED -> {
                    if (isRunning) {
                        mismatches.add(new Mismatch(disputeCase.getCaseNo(), "案件已结案，流程仍在运行"));
                    }
                }
                case REGISTERED -> {
                    if (!isRunning || !withTriageTask.contains(instanceId)) {
                        mismatches.add(new Mismatch(disputeCase.getCaseNo(), "待受理案件没有受理审查任务"));
                    }
                }
                case MEDIATING -> {
                    if (!isRunning || !mediating.contains(disputeCase.getCaseNo())) {
                        mismatches.add(new Mismatch(disputeCase.getCaseNo(), "调解中案件没有运行中的调解流程"));
                    }
                }
            }
        }
        running.values().stream().filter(instance -> !caseProcesses.contains(instance.getId()))
                .forEach(orphan -> mismatches.add(new Mismatch(orphan.getBusinessKey(), "流程没有对应的案件记录")));
        return new Report(all.size(), running.size(), mismatches);
    }
}
