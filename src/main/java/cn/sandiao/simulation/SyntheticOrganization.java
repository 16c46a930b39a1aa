package cn.sandiao.simulation;

import cn.sandiao.dispute.DisputeType;
import cn.sandiao.organization.CommitteeKind;
import cn.sandiao.organization.CommitteeStamp;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The organisation generated cases are mediated in: the real regions, committees and mediators, optionally with
 * extra made-up townships (990101NNN, villages 990101NNNNNN) so that the demo county looks like a county. Their
 * committees' mediators are inactive: live work is never assigned to them.
 */
final class SyntheticOrganization {

    static final String COUNTY = "990101";
    private static final String[] TOWNSHIP_NAMES = {"青石镇", "白沙镇", "红岭镇", "柳林镇", "桃源镇", "松山镇", "金桥镇",
            "云溪镇", "石门乡", "龙潭乡", "梅岭镇", "清水镇"};
    private static final String[] VILLAGE_NAMES = {"一村", "二村", "三村", "四村", "五村", "六村", "七村", "八村"};
    private static final int VILLAGES_PER_TOWNSHIP = 5;

    record Village(String code, String township) {
    }

    record Body(String code, List<String> mediators) {
        String mediator(SplittableRandom random) {
            return mediators.isEmpty() ? null : mediators.get(random.nextInt(mediators.size()));
        }
    }

    final List<Village> villages = new ArrayList<>();
    private final Map<String, Body> villageCommittee = new HashMap<>();
    private final Map<String, Body> townshipCommittee = new HashMap<>();
    private final Map<String, Body> professional = new HashMap<>();
    private final Map<String, Body> departments = new HashMap<>();
    private final Map<DisputeType, Body> departmentOf = new EnumMap<>(DisputeType.class);
    private Body countyCentre;
    private Body court;

    static SyntheticOrganization load(JdbcTemplate jdbc, SimulationRules rules, int extraTownships) {
        addTownships(jdbc, extraTownships);
        SyntheticOrganization org = new SyntheticOrganization();
        Map<String, List<String>> mediators = new HashMap<>();
        jdbc.query("select user_id, committee_code from mediator order by user_id", rs -> {
            mediators.computeIfAbsent(rs.getString(2), c -> new ArrayList<>()).add(rs.getString(1));
        });
        jdbc.query("select code, parent_code from region where level = 'VILLAGE' and code like ?"
                + " order by code", rs -> {
            org.villages.add(new Village(rs.getString(1), rs.getString(2)));
        }, COUNTY + "%");
        jdbc.query("select c.code, c.kind, c.region_code, c.specialty from committee c order by c.code", rs -> {
            Body body = new Body(rs.getString(1), mediators.getOrDefault(rs.getString(1), List.of()));
            switch (CommitteeKind.valueOf(rs.getString(2))) {
                case VILLAGE -> org.villageCommittee.putIfAbsent(rs.getString(3), body);
                case TOWNSHIP -> org.townshipCommittee.putIfAbsent(rs.getString(3), body);
                case COUNTY_CENTRE -> org.countyCentre = body;
                case PROFESSIONAL -> org.professional.put(rs.getString(4), body);
                case DEPARTMENT -> org.departments.put(body.code(), body);
                case COURT -> org.court = body;
            }
        });
        for (DisputeType type : DisputeType.values()) {
            rules.departmentCode(type).map(org.departments::get).ifPresent(body -> org.departmentOf.put(type, body));
        }
        org.villages.removeIf(v -> !org.villageCommittee.containsKey(v.code())
                || !org.townshipCommittee.containsKey(v.township()));
        if (org.villages.isEmpty() || org.countyCentre == null || org.court == null) {
            throw new IllegalStateException("没有可用的组织机构（县 " + COUNTY + " 的村、调委会、调处中心和法院）："
                    + "请在演示配置（sandiao.demo.enabled=true）下启动一次后再生成模拟数据");
        }
        return org;
    }

    Body village(String code) {
        return villageCommittee.get(code);
    }

    Body township(Village village) {
        return townshipCommittee.get(village.township());
    }

    Body countyCentre() {
        return countyCentre;
    }

    Body court() {
        return court;
    }

    /** The professional committee for a type (traffic, medical), if the county has one. */
    Optional<Body> professional(DisputeType type) {
        return Optional.ofNullable(professional.get(type.name()));
    }

    /** The department with a duty for the type (DMN dispute_department), if the county has it. */
    Optional<Body> department(DisputeType type) {
        return Optional.ofNullable(departmentOf.get(type));
    }

    /** Made-up townships 990101101… with their villages, committees and (inactive) mediators; existing ones stay. */
    private static void addTownships(JdbcTemplate jdbc, int count) {
        if (count <= 0 || jdbc.queryForObject("select count(*) from region where code = ?", Integer.class, COUNTY) == 0) {
            return;
        }
        for (int t = 0; t < Math.min(count, TOWNSHIP_NAMES.length); t++) {
            String township = COUNTY + "%03d".formatted(101 + t);
            if (jdbc.queryForObject("select count(*) from region where code = ?", Integer.class, township) > 0) {
                continue;
            }
            String name = TOWNSHIP_NAMES[t];
            jdbc.update("insert into region (code, name, level, parent_code) values (?, ?, 'TOWNSHIP', ?)",
                    township, name + "（模拟）", COUNTY);
            addCommittee(jdbc, township, name + "人民调解委员会（模拟）", CommitteeKind.TOWNSHIP, name);
            for (int v = 0; v < VILLAGES_PER_TOWNSHIP; v++) {
                String village = township + "%03d".formatted(v + 1);
                String villageName = name.substring(0, 2) + VILLAGE_NAMES[v];
                jdbc.update("insert into region (code, name, level, parent_code) values (?, ?, 'VILLAGE', ?)",
                        village, villageName + "（模拟）", township);
                addCommittee(jdbc, village, villageName + "人民调解委员会（模拟）", CommitteeKind.VILLAGE, villageName);
            }
        }
        CommitteeStamp.renew(jdbc); // the routing's committees are read again
    }

    private static void addCommittee(JdbcTemplate jdbc, String region, String name, CommitteeKind kind, String place) {
        String code = "sim-" + region;
        jdbc.update("insert into committee (code, name, kind, region_code, specialty, group_id) values (?, ?, ?, ?, null, ?)",
                code, name, kind.name(), region, "mediator-" + code);
        for (int m = 1; m <= 2; m++) {
            jdbc.update("insert into mediator (user_id, name, committee_code, active) values (?, ?, ?, false)",
                    code + "-m" + m, place + "调解员" + m + "（模拟）", code);
        }
    }
}
