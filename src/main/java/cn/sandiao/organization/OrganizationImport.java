package cn.sandiao.organization;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.common.validation.PhoneNumbers;
import jakarta.persistence.EntityManager;
import org.springframework.context.ApplicationEventPublisher;
import org.hibernate.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the organisation's spreadsheet: checks every row against the file and the stored organisation, reports
 * what would change, and applies it only when asked and only when no row is refused, in the caller's single
 * transaction (all or nothing). Each applied change is on the audit trail with the record before and after.
 */
@Service
public class OrganizationImport {

    private final RegionRepository regions;
    private final CommitteeRepository committees;
    private final MediatorRepository mediators;
    private final ExpertRepository experts;
    private final DisputeTypes disputeTypes;
    private final AuditLog auditLog;
    private final EntityManager entityManager;
    private final ApplicationEventPublisher events;
    private final UserScopes userScopes;

    OrganizationImport(RegionRepository regions, CommitteeRepository committees, MediatorRepository mediators,
                       ExpertRepository experts, DisputeTypes disputeTypes, AuditLog auditLog,
                       EntityManager entityManager, ApplicationEventPublisher events, UserScopes userScopes) {
        this.userScopes = userScopes;
        this.regions = regions;
        this.committees = committees;
        this.mediators = mediators;
        this.experts = experts;
        this.disputeTypes = disputeTypes;
        this.auditLog = auditLog;
        this.entityManager = entityManager;
        this.events = events;
    }

    /**
     * Checks the file and, if {@code apply} and nothing is refused, applies it. The file must already be known
     * to be an xlsx of acceptable size ({@link UploadedWorkbook}).
     */
    @Transactional
    public ImportReport run(byte[] xlsx, boolean apply, String actor) {
        OrganizationWorkbook.Content content = OrganizationWorkbook.read(xlsx);
        ImportRun run = new ImportRun(new Labels(disputeTypes), entityManager, regions.findAll(), committees.findAll(),
                mediators.findAll(), experts.findAll());
        run.refused.addAll(content.refused());
        // each sheet may refer to the ones before it, in the file or stored
        RegionSheetImport.check(rows(content, OrganizationSheet.REGIONS), run);
        CommitteeSheetImport.check(rows(content, OrganizationSheet.COMMITTEES), run);
        MediatorSheetImport.check(rows(content, OrganizationSheet.MEDIATORS), run);
        TrainingSheetImport.check(rows(content, OrganizationSheet.TRAININGS), run);
        ExpertSheetImport.check(rows(content, OrganizationSheet.EXPERTS), run);
        ImportScope.check(run, userScopes.administered());
        boolean applying = apply && run.refused.isEmpty();
        if (applying) {
            applyAll(run, actor);
            if (!run.changes.isEmpty()) {
                events.publishEvent(new OrganizationChanged(run.changes.size()));
            }
        }
        return report(run, applying);
    }

    private static List<SheetRow> rows(OrganizationWorkbook.Content content, OrganizationSheet sheet) {
        return content.rows().getOrDefault(sheet, List.of());
    }

    /** Sheet by sheet in the order of the file's sheets, regions by level, so that a parent is stored first. */
    private void applyAll(ImportRun run, String actor) {
        // a prefecture's file inserts tens of thousands of rows: send them in batches (this session only)
        entityManager.unwrap(Session.class).setJdbcBatchSize(500);
        List<PlannedChange> ordered = run.changes.stream()
                .sorted(Comparator.comparing((PlannedChange c) -> c.sheet().ordinal())
                        .thenComparing(c -> c.sheet() == OrganizationSheet.REGIONS ? c.key().length() : 0))
                .toList();
        List<String> audited = new ArrayList<>(ordered.size());
        for (PlannedChange change : ordered) {
            change.apply().run();
            audited.add(auditDetail(change));
        }
        entityManager.flush();
        auditLog.recordAll(actor, AuditAction.ORGANIZATION_CHANGED, audited);
    }

    private static String auditDetail(PlannedChange change) {
        String detail = change.sheet().title() + " " + change.key() + " " + change.action().label();
        if (change.before() != null) {
            detail += "；原为 " + masked(change.sheet(), change.before());
        }
        return detail + "；现为 " + masked(change.sheet(), change.after());
    }

    private static ImportReport report(ImportRun run, boolean applied) {
        Map<PlannedChange.Action, List<ImportReport.Row>> byAction = run.changes.stream()
                .collect(Collectors.groupingBy(PlannedChange::action, Collectors.mapping(OrganizationImport::row,
                        Collectors.toList())));
        List<ImportReport.Row> adds = byAction.getOrDefault(PlannedChange.Action.ADD, List.of());
        List<ImportReport.Row> changes = byAction.getOrDefault(PlannedChange.Action.CHANGE, List.of());
        List<ImportReport.Row> deactivations = byAction.getOrDefault(PlannedChange.Action.DEACTIVATE, List.of());
        return new ImportReport(applied, new ImportReport.Summary(adds.size(), changes.size(), deactivations.size(),
                run.unchanged, run.refused.size()), adds, changes, deactivations, List.copyOf(run.refused));
    }

    private static ImportReport.Row row(PlannedChange change) {
        return new ImportReport.Row(change.sheet().title(), change.row(), change.key(), change.action().label(),
                change.before() == null ? Map.of() : masked(change.sheet(), change.before()),
                masked(change.sheet(), change.after()));
    }

    /** A record by heading, its phone masked: reports and the audit trail never show a whole phone. */
    static Map<String, String> masked(OrganizationSheet sheet, List<String> values) {
        Map<String, String> byHeading = new LinkedHashMap<>();
        for (int i = 0; i < sheet.headings().size(); i++) {
            String heading = sheet.headings().get(i);
            String value = values.get(i);
            byHeading.put(heading, heading.equals(OrganizationSheet.Col.PHONE) ? PhoneNumbers.mask(value) : value);
        }
        return byHeading;
    }
}
