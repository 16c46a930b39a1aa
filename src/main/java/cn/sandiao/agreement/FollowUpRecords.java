package cn.sandiao.agreement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may read of a case's follow-up visits (回访): the rows are this module's own. */
@Service
public class FollowUpRecords {

    private final FollowUpRepository followUps;

    FollowUpRecords(FollowUpRepository followUps) {
        this.followUps = followUps;
    }

    /** One visit as recorded: what was found, what follows, by whom and when. */
    public record Visit(LocalDate dueOn, Instant visitedAt, String visitedBy, String performance, String nextStep,
                        String note) {
    }

    /** The visits made on the case's agreements, the first first (a case mediated again may have several). */
    @Transactional(readOnly = true)
    public List<Visit> visitsOf(Long caseId) {
        return followUps.findByCaseIdAndRecordedAtIsNotNullOrderByIdAsc(caseId).stream()
                .map(followUp -> new Visit(followUp.getDueOn(), followUp.getRecordedAt(), followUp.getRecordedBy(),
                        followUp.getPerformance().label(),
                        followUp.getNextStep() == null ? null : followUp.getNextStep().label(), followUp.getNote()))
                .toList();
    }
}
