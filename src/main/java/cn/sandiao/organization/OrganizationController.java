package cn.sandiao.organization;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * The organisation's spreadsheet: template, upload (dry run unless {@code apply=true}) and export. Only the Camunda
 * administrator and the {@code org-admin} group get here (SecurityConfig).
 */
@RestController
@RequestMapping("/api/organization")
class OrganizationController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OrganizationImport importer;
    private final OrganizationExport exporter;
    private final AuditLog auditLog;
    private final IdentityService identityService;
    private final UserScopes userScopes;

    OrganizationController(OrganizationImport importer, OrganizationExport exporter, AuditLog auditLog,
                           IdentityService identityService, UserScopes userScopes) {
        this.userScopes = userScopes;
        this.importer = importer;
        this.exporter = exporter;
        this.auditLog = auditLog;
        this.identityService = identityService;
    }

    @GetMapping("/template.xlsx")
    ResponseEntity<byte[]> template() {
        return file(exporter.template(), "组织机构导入模板.xlsx");
    }

    /**
     * The administrator's part of the organisation (all of it, or a township's); holds every mediator's and
     * expert's phone whole, so each export is on the audit trail.
     */
    @GetMapping("/export.xlsx")
    ResponseEntity<byte[]> export() {
        byte[] xlsx = exporter.export(userScopes.administered());
        auditLog.record(null, actor(), AuditAction.EXPORTED, "组织机构 XLSX（含调解员、专家电话）");
        return file(xlsx, "组织机构.xlsx");
    }

    /** 200 with the report when accepted (applied or a dry run); 400 with the same report when a row is refused. */
    @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<ImportReport> upload(@RequestPart(name = "file", required = false) MultipartFile file,
                                        @RequestParam(defaultValue = "false") boolean apply) {
        ImportReport report = importer.run(UploadedWorkbook.bytesOf(file), apply, actor());
        return report.accepted() ? ResponseEntity.ok(report) : ResponseEntity.badRequest().body(report);
    }

    private String actor() {
        return actorOf(identityService);
    }

    /** Who calls the organisation's API, for its audit entries. */
    static String actorOf(IdentityService identityService) {
        Authentication authentication = identityService.getCurrentAuthentication();
        return authentication == null ? "system" : authentication.getUserId();
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name) {
        return ResponseEntity.ok().contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .body(body);
    }
}
