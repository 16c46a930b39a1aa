package cn.sandiao.statistics;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.common.ChinaTime;
import cn.sandiao.common.InvalidInputException;
import cn.sandiao.organization.Region;
import cn.sandiao.workflow.CurrentActor;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The monthly report (JSON, CSV, XLSX), its trend and snapshots, and the overdue work, for a region subtree. */
@RestController
@RequestMapping("/api/statistics")
class StatisticsController {

    static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    /** What a snapshot request may say: the region, and for a replacement the reason. */
    record SnapshotRequest(String region, Boolean replace, @Size(max = 1000, message = "理由不能超过 1000 字") String reason) {
    }

    record PeriodSnapshotTaken(String from, String to, String label, String region, int version, String takenBy,
                               String takenAt) {
        static PeriodSnapshotTaken of(Period period, String region, Snapshots.Snapshot snapshot) {
            return new PeriodSnapshotTaken(period.from().toString(), period.to().toString(), period.label(), region,
                    snapshot.version(), snapshot.takenBy(), ChinaTime.offsetTime(snapshot.takenAt()));
        }
    }

    record SnapshotTaken(String month, String region, int version, String takenBy, String takenAt) {
    }

    private final ReportScope scope;
    private final MonthlyReports reports;
    private final Snapshots snapshots;
    private final OverdueWork overdue;
    private final OrganizationFigures organization;
    private final Narrative narrative;
    private final AuditLog audit;
    private final CurrentActor actor;
    private final Clock clock;

    /** China's day and month on the server's clock: the dashboard opens on this month, not on the browser's guess. */
    record Today(String today, String month) {
    }

    StatisticsController(ReportScope scope, MonthlyReports reports, Snapshots snapshots, OverdueWork overdue,
                         OrganizationFigures organization, Narrative narrative, AuditLog audit, CurrentActor actor,
                         Clock clock) {
        this.organization = organization;
        this.narrative = narrative;
        this.clock = clock;
        this.scope = scope;
        this.reports = reports;
        this.snapshots = snapshots;
        this.overdue = overdue;
        this.audit = audit;
        this.actor = actor;
    }

    @GetMapping("/today")
    Today today() {
        LocalDate today = ChinaTime.today(clock);
        return new Today(today.toString(), YearMonth.from(today).toString());
    }

    @GetMapping(value = "/monthly", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> monthly(@RequestParam(required = false) String month,
                              @RequestParam(required = false) String region,
                              @RequestParam(required = false) String version) {
        YearMonth yearMonth = ReportScope.month("month", month);
        Region where = scope.region(region);
        if (snapshotAsked(version)) {
            // the filed text itself, so that it is byte for byte what was frozen
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(snapshots.require(yearMonth, where).report());
        }
        return ResponseEntity.ok(reports.live(yearMonth, where));
    }

    @GetMapping("/monthly.csv")
    ResponseEntity<byte[]> monthlyCsv(@RequestParam(required = false) String month,
                                      @RequestParam(required = false) String region,
                                      @RequestParam(required = false) String version) {
        MonthlyReport report = report(month, region, version);
        audit.record(actor.id(), AuditAction.EXPORTED, null, "月报 CSV：" + report.month() + " " + report.region().name());
        return file(ReportCsv.write(report).getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8), report, "csv");
    }

    @GetMapping("/monthly.xlsx")
    ResponseEntity<byte[]> monthlyXlsx(@RequestParam(required = false) String month,
                                       @RequestParam(required = false) String region,
                                       @RequestParam(required = false) String version) {
        MonthlyReport report = report(month, region, version);
        audit.record(actor.id(), AuditAction.EXPORTED, null, "月报 XLSX：" + report.month() + " " + report.region().name());
        return file(ReportWorkbook.write(report), XLSX, report, "xlsx");
    }

    /**
     * Any run of days: {@code from} and {@code to} (2026-03-15, 2026-04-20), both included, at most 366 days; counted
     * from the stored cases, as the counters count a month. Not filed: a filed report is a month or a run of months.
     */
    @GetMapping(value = "/days", produces = MediaType.APPLICATION_JSON_VALUE)
    PeriodReport days(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String region) {
        DayRange range = DayRange.of(ReportScope.day("from", from), ReportScope.day("to", to));
        return reports.days(range, scope.region(region));
    }

    /**
     * A period of whole months: {@code from} and {@code to} (2026-01, 2026-03 for the first quarter; 2026-01, 2026-12
     * for the year). A run of days: {@code /days}.
     */
    @GetMapping(value = "/period", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<?> period(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                             @RequestParam(required = false) String region,
                             @RequestParam(required = false) String version) {
        Period period = Period.of(ReportScope.month("from", from), ReportScope.month("to", to));
        Region where = scope.region(region);
        if (snapshotAsked(version)) {
            return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                    .body(snapshots.require(period, where).report());
        }
        return ResponseEntity.ok(reports.period(period, where));
    }

    /** Files a period's report (a quarter, a half-year, a year) as the month's is filed: never silently replaced. */
    @PostMapping("/period/snapshot")
    ResponseEntity<PeriodSnapshotTaken> periodSnapshot(@RequestParam(required = false) String from,
                                                       @RequestParam(required = false) String to,
                                                       @Valid @RequestBody(required = false) SnapshotRequest request) {
        SnapshotRequest asked = request == null ? new SnapshotRequest(null, false, null) : request;
        Period period = Period.of(ReportScope.month("from", from), ReportScope.month("to", to));
        Region where = scope.region(asked.region());
        Snapshots.Snapshot taken = snapshots.take(period, where, Boolean.TRUE.equals(asked.replace()), asked.reason(),
                actor.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(PeriodSnapshotTaken.of(period, where.getCode(), taken));
    }

    @GetMapping("/period/snapshots")
    List<PeriodSnapshotTaken> periodSnapshotVersions(@RequestParam(required = false) String from,
                                                     @RequestParam(required = false) String to,
                                                     @RequestParam(required = false) String region) {
        Period period = Period.of(ReportScope.month("from", from), ReportScope.month("to", to));
        Region where = scope.region(region);
        return snapshots.versions(period, where).stream()
                .map(s -> PeriodSnapshotTaken.of(period, where.getCode(), s)).toList();
    }

    /**
     * The sentences a 工作总结 quotes for a period (the year to date by default): cases, linkages, harm prevented,
     * petitions and the organisation at the period's end.
     */
    @GetMapping("/narrative")
    Narrative.Sentences narrative(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                                  @RequestParam(required = false) String region) {
        return sentences(from, to, region);
    }

    /** The same sentences as a workbook, to keep with the filed report. */
    @GetMapping("/narrative.xlsx")
    ResponseEntity<byte[]> narrativeXlsx(@RequestParam(required = false) String from,
                                         @RequestParam(required = false) String to,
                                         @RequestParam(required = false) String region) {
        Narrative.Sentences sentences = sentences(from, to, region);
        audit.record(actor.id(), AuditAction.EXPORTED, null, "工作总结用语 XLSX：" + sentences.label() + " "
                + sentences.regionName());
        return attachment(ReportWorkbook.write(sentences), XLSX,
                "工作总结用语-" + sentences.regionName() + "-" + sentences.from() + "至" + sentences.to() + ".xlsx");
    }

    private Narrative.Sentences sentences(String from, String to, String region) {
        YearMonth last = to == null || to.isBlank() ? YearMonth.from(ChinaTime.today(clock)) : ReportScope.month("to", to);
        YearMonth first = from == null || from.isBlank() ? last.withMonth(1) : ReportScope.month("from", from);
        if (last.isAfter(YearMonth.from(ChinaTime.today(clock)))) {
            throw new InvalidInputException("to", "月份不能晚于本月：" + last);
        }
        return narrative.of(Period.of(first, last), scope.region(region));
    }

    /** The organisation at the month's end (today for the month under way), its training in the month and year. */
    @GetMapping("/organization")
    OrganizationFigures.Figures organization(@RequestParam(required = false) String month,
                                             @RequestParam(required = false) String region) {
        return organization.of(ReportScope.month("month", month), scope.region(region));
    }

    @GetMapping("/trend")
    List<TrendPoint> trend(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
                           @RequestParam(required = false) String region) {
        Period period = Period.of(ReportScope.month("from", from), ReportScope.month("to", to));
        return reports.trend(period.from(), period.to(), scope.region(region));
    }

    @PostMapping("/monthly/{month}/snapshot")
    ResponseEntity<SnapshotTaken> snapshot(@PathVariable String month,
                                           @Valid @RequestBody(required = false) SnapshotRequest request) {
        SnapshotRequest asked = request == null ? new SnapshotRequest(null, false, null) : request;
        YearMonth yearMonth = ReportScope.month("month", month);
        Region where = scope.region(asked.region());
        Snapshots.Snapshot taken = snapshots.take(yearMonth, where, Boolean.TRUE.equals(asked.replace()),
                asked.reason(), actor.id());
        return ResponseEntity.status(HttpStatus.CREATED).body(new SnapshotTaken(yearMonth.toString(), where.getCode(),
                taken.version(), taken.takenBy(), ChinaTime.offsetTime(taken.takenAt())));
    }

    @GetMapping("/monthly/{month}/snapshots")
    List<SnapshotTaken> snapshotVersions(@PathVariable String month, @RequestParam(required = false) String region) {
        YearMonth yearMonth = ReportScope.month("month", month);
        Region where = scope.region(region);
        return snapshots.versions(yearMonth, where).stream().map(s -> new SnapshotTaken(yearMonth.toString(),
                where.getCode(), s.version(), s.takenBy(), ChinaTime.offsetTime(s.takenAt()))).toList();
    }

    @GetMapping("/overdue")
    OverdueWork.Overdue overdue(@RequestParam(required = false) String region) {
        return overdue.in(scope.region(region));
    }

    private MonthlyReport report(String month, String region, String version) {
        YearMonth yearMonth = ReportScope.month("month", month);
        Region where = scope.region(region);
        return snapshotAsked(version) ? snapshots.read(snapshots.require(yearMonth, where))
                : reports.live(yearMonth, where);
    }

    private static boolean snapshotAsked(String version) {
        if (version == null || version.isBlank() || version.equals("live")) {
            return false;
        }
        if (version.equals("snapshot")) {
            return true;
        }
        throw new InvalidInputException("version", "version 只能是 live（实时）或 snapshot（已封存）：" + version);
    }

    private static ResponseEntity<byte[]> file(byte[] body, MediaType type, MonthlyReport report, String extension) {
        return attachment(body, type, "月报-" + report.region().name() + "-" + report.month() + "." + extension);
    }

    private static ResponseEntity<byte[]> attachment(byte[] body, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
