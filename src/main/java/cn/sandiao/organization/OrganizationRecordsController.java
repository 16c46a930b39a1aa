package cn.sandiao.organization;

import cn.sandiao.audit.AuditAction;
import cn.sandiao.audit.AuditLog;
import cn.sandiao.common.NotFoundException;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The administrator's pages (/organization.html): browse the part it keeps, edit one record. */
@RestController
@RequestMapping("/api/organization")
class OrganizationRecordsController {

    private static final Map<String, OrganizationSheet> SHEETS = Map.of(
            "regions", OrganizationSheet.REGIONS, "committees", OrganizationSheet.COMMITTEES,
            "mediators", OrganizationSheet.MEDIATORS, "experts", OrganizationSheet.EXPERTS);

    private final OrganizationRecords records;
    private final AuditLog auditLog;
    private final IdentityService identityService;

    OrganizationRecordsController(OrganizationRecords records, AuditLog auditLog, IdentityService identityService) {
        this.records = records;
        this.auditLog = auditLog;
        this.identityService = identityService;
    }

    @GetMapping("/regions")
    List<Map<String, Object>> regions() {
        return records.regions();
    }

    @GetMapping("/committees")
    List<OrganizationRecords.CommitteeView> committees(@RequestParam(required = false) String region,
                                                       @RequestParam(required = false) String q) {
        return records.committees(region, q);
    }

    /** The roster holds phones whole: each look is on the audit trail. */
    @GetMapping("/mediators")
    List<OrganizationRecords.MediatorView> mediators(@RequestParam(required = false) String committee,
                                                     @RequestParam(required = false) String q) {
        List<OrganizationRecords.MediatorView> found = records.mediators(committee, q);
        auditLog.record(null, actor(), AuditAction.PERSONAL_DATA_VIEWED, "查看调解员名册（含电话）："
                + (committee == null || committee.isBlank() ? "" : "调委会 " + committee + " ")
                + (q == null || q.isBlank() ? "" : "查找“" + q + "” ") + found.size() + "人");
        return found;
    }

    @GetMapping("/records/{sheet}/{key}")
    Map<String, String> record(@PathVariable String sheet, @PathVariable String key) {
        return records.record(sheetOf(sheet), key);
    }

    @PutMapping("/records/{sheet}/{key}")
    ImportReport edit(@PathVariable String sheet, @PathVariable String key, @RequestBody Map<String, String> values) {
        return records.edit(sheetOf(sheet), key, values, actor());
    }

    private static OrganizationSheet sheetOf(String name) {
        OrganizationSheet sheet = SHEETS.get(name);
        if (sheet == null) {
            throw new NotFoundException("没有这类记录：" + name);
        }
        return sheet;
    }

    private String actor() {
        return OrganizationController.actorOf(identityService);
    }
}
