package cn.sandiao.simulation;

import cn.sandiao.dispute.DisputeCaseProcess;
import cn.sandiao.dispute.DisputeType;
import cn.sandiao.mediation.MediationProcess;
import cn.sandiao.workflow.BusinessCalendar;
import cn.sandiao.workflow.DueDates;
import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * Live cases for the demo: registered and worked through the real processes today, most left open at some step
 * (triage, preparation, session, outcome) so that Tasklist has work; of the open ones a third are made overdue (the
 * step's due date moved into the past, in the task and in the case's own record) so the overdue list has some.
 */
@Component
@Profile(SimulationProfile.NAME)
class SyntheticLiveCases {

    private static final Logger LOG = LoggerFactory.getLogger(SyntheticLiveCases.class);
    private static final List<DisputeType> TYPES = List.of(DisputeType.NEIGHBOUR, DisputeType.MARRIAGE_FAMILY,
            DisputeType.CONTRACT_DEBT, DisputeType.PROPERTY_MANAGEMENT, DisputeType.LAND_CONTRACT, DisputeType.TRAFFIC,
            DisputeType.OTHER);

    private final SyntheticFlow flow;
    private final TaskService taskService;
    private final RuntimeService runtimeService;
    private final BusinessCalendar calendar;
    private final JdbcTemplate jdbc;

    SyntheticLiveCases(SyntheticFlow flow, TaskService taskService, RuntimeService runtimeService,
                       BusinessCalendar calendar, JdbcTemplate jdbc) {
        this.flow = flow;
        this.taskService = taskService;
        this.runtimeService = runtimeService;
        this.calendar = calendar;
        this.jdbc = jdbc;
    }

    void run(int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed ^ 0x11FE);
        LocalDate today = calendar.today();
        int overdue = 0;
        for (int i = 0; i < count; i++) {
            String caseNo = flow.register(random, TYPES.get(random.nextInt(TYPES.size())),
                    SyntheticFlow.VILLAGES.get(random.nextInt(SyntheticFlow.VILLAGES.size())));
            double step = random.nextDouble();
            String openTask = DisputeCaseProcess.TASK_TRIAGE;
            if (step >= 0.2) {
                flow.accept(caseNo, "PEOPLE", null);
                openTask = MediationProcess.TASK_PREPARE;
            }
            if (step >= 0.45) {
                flow.consent(caseNo, true);
                openTask = MediationProcess.TASK_HOLD_SESSION;
            }
            if (step >= 0.7) {
                flow.session(caseNo, today);
                openTask = MediationProcess.TASK_RECORD_OUTCOME;
            }
            if (step >= 0.85) {
                flow.succeed(caseNo, false);
                continue;
            }
            if (random.nextInt(3) == 0) {
                makeOverdue(caseNo, openTask, today.minusDays(1 + random.nextInt(15)));
                overdue++;
            }
        }
        LOG.info("[模拟数据] 已登记在办案件 {} 件（其中 {} 件的当前环节已逾期）", count, overdue);
    }

    /** Moves the open step's due date to {@code due}: on the task, its process variable and the case's record. */
    private void makeOverdue(String caseNo, String taskKey, LocalDate due) {
        Task task = flow.task(caseNo, taskKey);
        if (task == null) {
            return;
        }
        task.setDueDate(DueDates.endOf(due));
        taskService.saveTask(task);
        if (DisputeCaseProcess.TASK_TRIAGE.equals(taskKey)) {
            runtimeService.setVariable(task.getProcessInstanceId(), DisputeCaseProcess.VAR_TRIAGE_DUE, DueDates.endOf(due));
            jdbc.update("update dispute_case set triage_due = ? where case_no = ?", due, caseNo);
        } else {
            runtimeService.setVariable(task.getProcessInstanceId(), MediationProcess.VAR_MEDIATION_DUE,
                    DueDates.endOf(due));
            Object mediationId = runtimeService.getVariable(task.getProcessInstanceId(),
                    MediationProcess.VAR_MEDIATION_ID);
            jdbc.update("update mediation set due_on = ? where id = ?", due, mediationId);
        }
    }
}
