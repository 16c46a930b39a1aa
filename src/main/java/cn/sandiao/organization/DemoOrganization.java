package cn.sandiao.organization;

import java.util.List;
import java.util.Map;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo county (和美县, a made-up name with made-up codes): two townships, four villages, a committee at
 * each, the county centre with its expert panel, and professional committees for traffic and medical disputes.
 * Created once; a restart finds it and adds nothing.
 */
@Component
@ConditionalOnProperty(name = "sandiao.demo.enabled", havingValue = "true")
class DemoOrganization {

    static final String COUNTY = "990101";

    private final RegionRepository regions;
    private final CommitteeRepository committees;
    static final String LEAN_TOWNSHIP = "990101002";
    static final String TRAFFIC_POLICE = "traffic-police";
    static final String COUNTY_COURT = "county-court";

    /** Where the demo office users work: the county's staff see the county, 乐安镇's its township. */
    static final Map<String, String> OFFICE_SCOPES = Map.of(
            "intake", COUNTY, "supervisor", COUNTY, "leader", COUNTY, "court", COUNTY, "petition", COUNTY,
            "stats", COUNTY, "lean-intake", LEAN_TOWNSHIP, "lean-supervisor", LEAN_TOWNSHIP);

    private final MediatorRepository mediators;
    private final UserScopeRepository scopes;

    DemoOrganization(RegionRepository regions, CommitteeRepository committees, MediatorRepository mediators,
                     UserScopeRepository scopes) {
        this.regions = regions;
        this.committees = committees;
        this.mediators = mediators;
        this.scopes = scopes;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(1)
    @Transactional
    public void create() {
        if (!regions.existsById(COUNTY)) {
            createCounty();
        }
        if (!committees.existsById(TRAFFIC_POLICE)) {
            createDepartments();
        }
        if (!committees.existsById(COUNTY_COURT)) {
            committees.saveAndFlush(new Committee(COUNTY_COURT, "和美县人民法院", CommitteeKind.COURT, COUNTY, null));
            addRoster(CommitteeKind.COURT);
        }
        OFFICE_SCOPES.forEach((user, region) -> {
            if (!scopes.existsById(user)) {
                scopes.save(new UserScope(user, region));
            }
        });
    }

    private void createCounty() {
        regions.saveAll(List.of(
                new Region(COUNTY, "和美县", RegionLevel.COUNTY, null),
                new Region("990101001", "城关镇", RegionLevel.TOWNSHIP, COUNTY),
                new Region(LEAN_TOWNSHIP, "乐安镇", RegionLevel.TOWNSHIP, COUNTY),
                new Region("990101001001", "东村", RegionLevel.VILLAGE, "990101001"),
                new Region("990101001002", "西村", RegionLevel.VILLAGE, "990101001"),
                new Region("990101002001", "南村", RegionLevel.VILLAGE, "990101002"),
                new Region("990101002002", "北村", RegionLevel.VILLAGE, "990101002")));
        regions.flush();
        committees.saveAll(List.of(
                new Committee("dongcun", "东村人民调解委员会", CommitteeKind.VILLAGE, "990101001001", null),
                new Committee("xicun", "西村人民调解委员会", CommitteeKind.VILLAGE, "990101001002", null),
                new Committee("nancun", "南村人民调解委员会", CommitteeKind.VILLAGE, "990101002001", null),
                new Committee("beicun", "北村人民调解委员会", CommitteeKind.VILLAGE, "990101002002", null),
                new Committee("chengguan", "城关镇人民调解委员会", CommitteeKind.TOWNSHIP, "990101001", null),
                new Committee("lean", "乐安镇人民调解委员会", CommitteeKind.TOWNSHIP, "990101002", null),
                new Committee("county-centre", "和美县社会矛盾纠纷调处中心（专家库）", CommitteeKind.COUNTY_CENTRE,
                        COUNTY, null),
                new Committee("traffic", "和美县道路交通事故纠纷人民调解委员会", CommitteeKind.PROFESSIONAL,
                        COUNTY, "TRAFFIC"),
                new Committee("medical", "和美县医疗纠纷人民调解委员会", CommitteeKind.PROFESSIONAL,
                        COUNTY, "MEDICAL")));
        committees.flush();
        mediators.saveAll(DemoMediators.ROSTER.stream()
                .filter(m -> !m.outsidePeoplesMediation())
                .map(m -> new Mediator(m.userId(), m.name(), m.committeeCode()))
                .toList());
    }

    /** The departments of administrative mediation (which dispute goes where is DMN dispute_department). */
    private void createDepartments() {
        committees.saveAll(List.of(
                new Committee(TRAFFIC_POLICE, "和美县公安局交通管理大队", CommitteeKind.DEPARTMENT, COUNTY, null),
                new Committee("hrss", "和美县人力资源和社会保障局", CommitteeKind.DEPARTMENT, COUNTY, null),
                new Committee("health", "和美县卫生健康委员会", CommitteeKind.DEPARTMENT, COUNTY, null),
                new Committee("market", "和美县市场监督管理局", CommitteeKind.DEPARTMENT, COUNTY, null),
                new Committee("natural-resources", "和美县自然资源局", CommitteeKind.DEPARTMENT, COUNTY, null)));
        committees.flush();
        addRoster(CommitteeKind.DEPARTMENT);
    }

    private void addRoster(CommitteeKind kind) {
        mediators.saveAll(DemoMediators.ROSTER.stream()
                .filter(m -> m.kind() == kind)
                .map(m -> new Mediator(m.userId(), m.name(), m.committeeCode()))
                .toList());
    }
}
