package cn.sandiao.organization;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the demo county (和美县, a made-up name with made-up codes) from its spreadsheet,
 * {@value #FILE}, through the same import a county uses: two townships, four villages, a committee at each, the
 * county centre with its expert panel, professional committees for traffic and medical disputes, the departments
 * and the court. Loaded at every start; the same file again changes nothing, so a restart adds nothing.
 */
@Component
@ConditionalOnProperty(name = "sandiao.demo.enabled", havingValue = "true")
class DemoOrganization {

    static final String FILE = "organization/demo-organization.xlsx";
    static final String COUNTY = "990101";
    static final String LEAN_TOWNSHIP = "990101002";

    /**
     * Where the demo office users work: the county's staff see the county, 乐安镇's its township. {@code orgadmin}
     * is placed nowhere: it keeps the whole organisation (it may add a county, as a city's administrator would).
     */
    static final Map<String, String> OFFICE_SCOPES = Map.of(
            "intake", COUNTY, "supervisor", COUNTY, "leader", COUNTY, "court", COUNTY, "petition", COUNTY,
            "stats", COUNTY, "lean-intake", LEAN_TOWNSHIP, "lean-supervisor", LEAN_TOWNSHIP);

    private final OrganizationImport importer;
    private final UserScopeRepository scopes;

    DemoOrganization(OrganizationImport importer, UserScopeRepository scopes) {
        this.importer = importer;
        this.scopes = scopes;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional
    public void create() {
        ImportReport report = importer.run(demoFile(), true, "system");
        if (!report.accepted()) {
            throw new IllegalStateException("演示组织机构文件有误：" + report.refused().stream()
                    .map(r -> r.sheet() + "第" + r.row() + "行" + r.column() + "：" + r.reason())
                    .collect(Collectors.joining("；")));
        }
        OFFICE_SCOPES.forEach((user, region) -> {
            if (!scopes.existsById(user)) {
                scopes.save(new UserScope(user, region));
            }
        });
    }

    private static byte[] demoFile() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
