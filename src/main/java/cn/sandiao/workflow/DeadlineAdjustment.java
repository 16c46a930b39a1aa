package cn.sandiao.workflow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One pause or one extension of a limit, with its reason and approval, and the due date before and after. */
@Entity
@Table(name = "deadline_adjustment")
public class DeadlineAdjustment {

    public enum Kind {
        PAUSE("暂停计时"),
        EXTENSION("延长期限");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id")
    private Long caseId;

    @Enumerated(EnumType.STRING)
    private DeadlineRule rule;

    @Column(name = "clock_id")
    private Long clockId;

    @Enumerated(EnumType.STRING)
    private Kind kind;

    private String reason;

    @Column(name = "paused_from")
    private LocalDate pausedFrom;

    @Column(name = "paused_to")
    private LocalDate pausedTo;

    @Column(name = "extension_days")
    private Integer extensionDays;

    @Column(name = "approved_by")
    private String approvedBy;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "due_before")
    private LocalDate dueBefore;

    @Column(name = "due_after")
    private LocalDate dueAfter;

    @Version
    private long version;

    protected DeadlineAdjustment() {
    }

    private DeadlineAdjustment(RunningLimit limit, Kind kind, String reason, String recordedBy, Instant recordedAt,
                               LocalDate dueBefore) {
        this.caseId = limit.caseId();
        this.rule = limit.rule();
        this.clockId = limit.id();
        this.kind = kind;
        this.reason = reason;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.dueBefore = dueBefore;
    }

    static DeadlineAdjustment pause(RunningLimit limit, LocalDate from, String reason, String by, Instant at,
                                    LocalDate dueBefore) {
        DeadlineAdjustment pause = new DeadlineAdjustment(limit, Kind.PAUSE, reason, by, at, dueBefore);
        pause.pausedFrom = from;
        return pause;
    }

    static DeadlineAdjustment extension(RunningLimit limit, int days, String reason, String approvedBy, String by,
                                        Instant at, LocalDate dueBefore) {
        DeadlineAdjustment extension = new DeadlineAdjustment(limit, Kind.EXTENSION, reason, by, at, dueBefore);
        extension.extensionDays = days;
        extension.approvedBy = approvedBy;
        return extension;
    }

    void endPause(LocalDate to) {
        this.pausedTo = to;
    }

    void settle(LocalDate dueAfter) {
        this.dueAfter = dueAfter;
    }

    /** A pause still running counts as lasting to {@code today}. */
    Pause asPause(LocalDate today) {
        return new Pause(pausedFrom, pausedTo != null ? pausedTo : today);
    }

    public boolean isOpenPause() {
        return kind == Kind.PAUSE && pausedTo == null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public DeadlineRule getRule() {
        return rule;
    }

    public Kind getKind() {
        return kind;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getPausedFrom() {
        return pausedFrom;
    }

    public LocalDate getPausedTo() {
        return pausedTo;
    }

    public Integer getExtensionDays() {
        return extensionDays;
    }

    public String getApprovedBy() {
        return approvedBy;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public LocalDate getDueBefore() {
        return dueBefore;
    }

    public LocalDate getDueAfter() {
        return dueAfter;
    }
}
