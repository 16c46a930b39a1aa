package cn.sandiao.statistics;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Each region's chain up to the county, for counting a fact in every region that contains it. */
@Component
class RegionTree {

    private final JdbcTemplate jdbc;
    private volatile Map<String, String> parents = Map.of();

    RegionTree(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The region itself, then its parent, up to the root. */
    List<String> selfAndAncestors(String code) {
        if (!parents.containsKey(code)) {
            reload(); // a region added since (regions are few and rarely added)
            if (!parents.containsKey(code)) {
                throw new IllegalArgumentException("unknown region " + code);
            }
        }
        List<String> chain = new ArrayList<>(3);
        for (String region = code; region != null; region = parents.get(region)) {
            chain.add(region);
        }
        return chain;
    }

    private synchronized void reload() {
        Map<String, String> loaded = new HashMap<>();
        jdbc.query("select code, parent_code from region", rs -> {
            loaded.put(rs.getString(1), rs.getString(2));
        });
        parents = loaded;
    }
}
