package cn.sandiao.workflow;

import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InvalidInputException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Pauses and extensions of a running limit, each checked against what its rule allows and recorded with its
 * reason and approval; every due date of a limit is counted here from its start and what was recorded.
 */
@Component
public class DeadlineClocks {

    /** Form keys shared by every form that can pause or extend a limit. */
    public static final String FIELD_DATE = "clockChangeDate";
    public static final String FIELD_DAYS = "extensionDays";
    public static final String FIELD_REASON = "clockChangeReason";

    private final DeadlineAdjustmentRepository adjustments;
    private final BusinessCalendar calendar;
    private final Clock clock;

    DeadlineClocks(DeadlineAdjustmentRepository adjustments, BusinessCalendar calendar, Clock clock) {
        this.adjustments = adjustments;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The last day of {@code limit}; while a pause runs, as if it ended today. */
    public LocalDate due(RunningLimit limit) {
        return due(limit, recorded(limit));
    }

    private LocalDate due(RunningLimit limit, List<DeadlineAdjustment> recorded) {
        LocalDate today = calendar.today();
        List<Pause> pauses = recorded.stream().filter(a -> a.getKind() == DeadlineAdjustment.Kind.PAUSE)
                .map(a -> a.asPause(today)).toList();
        return calendar.due(limit.rule(), limit.start(), pauses, extensionDays(recorded));
    }

    public boolean isPaused(RunningLimit limit) {
        return openPause(recorded(limit)).isPresent();
    }

    /** The limit stands still from {@code from} on (e.g. the day a 鉴定 was commissioned). */
    public void pause(RunningLimit limit, LocalDate from, String reason, String by) {
        if (!limit.rule().pausable()) {
            throw new InvalidInputException("clockChange", limit.rule().title() + "期限不能暂停计时");
        }
        if (isPaused(limit)) {
            throw new InvalidInputException("clockChange", "计时已暂停，请先登记恢复计时");
        }
        requireReason(reason);
        requireBetween(from, limit.start(), "暂停日期");
        adjustments.save(DeadlineAdjustment.pause(limit, from, reason.strip(), by, clock.instant(), due(limit)));
    }

    /** The limit runs again after {@code lastPausedDay}; answers the new last day. */
    public LocalDate resume(RunningLimit limit, LocalDate lastPausedDay) {
        DeadlineAdjustment pause = openPause(recorded(limit))
                .orElseThrow(() -> new InvalidInputException("clockChange", "计时未暂停，无需恢复"));
        requireBetween(lastPausedDay, pause.getPausedFrom(), "恢复计时日期");
        pause.endPause(lastPausedDay);
        LocalDate due = due(limit);
        pause.settle(due);
        return due;
    }

    /** Whether {@code days} more may be asked for {@code limit}: the rule allows it and the maximum holds. */
    public void checkExtension(RunningLimit limit, Integer days, String reason) {
        DeadlineRule.Extension extension = limit.rule().extension();
        if (!extension.allowed()) {
            throw new InvalidInputException("clockChange", limit.rule().title() + "期限没有延长的规定，不能延长");
        }
        if (days == null || days < 1) {
            throw new InvalidInputException(FIELD_DAYS, "请填写延长的天数（至少1日）");
        }
        int used = extensionDays(recorded(limit));
        if (extension.maxDays() != null && used + days > extension.maxDays()) {
            throw new InvalidInputException(FIELD_DAYS, "最多可延长" + extension.maxDays() + "日"
                    + (used > 0 ? "，已延长" + used + "日" : ""));
        }
        requireReason(reason);
    }

    /**
     * An extension approved as its rule requires (the parties' consent, the court president), recorded with
     * who approved it; answers the new last day.
     */
    public LocalDate extend(RunningLimit limit, Integer days, String reason, String approvedByUser) {
        checkExtension(limit, days, reason);
        LocalDate before = due(limit);
        DeadlineAdjustment extension = adjustments.save(DeadlineAdjustment.extension(limit, days, reason.strip(),
                limit.rule().extension().approvedBy(), approvedByUser, clock.instant(), before));
        LocalDate after = due(limit);
        extension.settle(after);
        return after;
    }

    /** What a task shows about its limit: rule, basis, the last day and what moved it. */
    public String describe(RunningLimit limit) {
        return describe(limit, recorded(limit));  // read once: a task's description is on the hot path
    }

    /** {@link #describe} of a limit that starts in this transaction: nothing can have paused or extended it yet. */
    public String describeJustStarted(RunningLimit limit) {
        return describe(limit, List.of());
    }

    private String describe(RunningLimit limit, List<DeadlineAdjustment> recorded) {
        StringBuilder text = new StringBuilder(limit.rule().describe());
        Optional<DeadlineAdjustment> openPause = openPause(recorded);
        if (openPause.isPresent()) {
            DeadlineAdjustment open = openPause.get();
            text.append("；自").append(ChinaTime.date(open.getPausedFrom())).append("起暂停计时（").append(open.getReason())
                    .append("），恢复后重新计算期限");
            return text.toString();
        }
        LocalDate due = due(limit, recorded);
        text.append("；期限至").append(ChinaTime.date(due));
        for (DeadlineAdjustment adjustment : recorded) {
            text.append(adjustment.getKind() == DeadlineAdjustment.Kind.PAUSE
                    ? "；" + ChinaTime.date(adjustment.getPausedFrom()) + "至" + ChinaTime.date(adjustment.getPausedTo()) + "暂停计时（" + adjustment.getReason() + "）"
                    : "；经" + adjustment.getApprovedBy() + "延长" + adjustment.getExtensionDays() + limit.rule().unitOfExtension()
                            + "（" + adjustment.getReason() + "）");
        }
        if (!calendar.isComplete(due.getYear())) {
            text.append("（").append(due.getYear()).append("年度节假日安排未载入，仅按周末计算）");
        }
        return text.toString();
    }

    private List<DeadlineAdjustment> recorded(RunningLimit limit) {
        return limit.id() == null ? List.of() : adjustments.findByRuleAndClockIdOrderByIdAsc(limit.rule(), limit.id());
    }

    private static Optional<DeadlineAdjustment> openPause(List<DeadlineAdjustment> recorded) {
        return recorded.stream().filter(DeadlineAdjustment::isOpenPause).findFirst();
    }

    private static int extensionDays(List<DeadlineAdjustment> recorded) {
        return recorded.stream().filter(a -> a.getKind() == DeadlineAdjustment.Kind.EXTENSION)
                .mapToInt(DeadlineAdjustment::getExtensionDays).sum();
    }

    private static void requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(FIELD_REASON, "请填写理由");
        }
        if (reason.length() > 1000) {
            throw new InvalidInputException(FIELD_REASON, "理由不能超过1000字");
        }
    }

    private void requireBetween(LocalDate day, LocalDate notBefore, String what) {
        if (day == null) {
            throw new InvalidInputException(FIELD_DATE, "请填写" + what);
        }
        if (day.isBefore(notBefore) || day.isAfter(calendar.today())) {
            throw new InvalidInputException(FIELD_DATE, what + "须在" + ChinaTime.date(notBefore) + "至今天之间");
        }
    }
}
