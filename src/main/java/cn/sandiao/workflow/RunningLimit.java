package cn.sandiao.workflow;

import java.time.LocalDate;

/** One running limit: of a case, under a rule, started on a day, for one mediation or one confirmation. */
public record RunningLimit(Long caseId, DeadlineRule rule, Long id, LocalDate start) {
}
