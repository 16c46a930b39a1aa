package cn.sandiao.organization;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The people's mediation organisation of a region counted as a report states it: committees by kind (the
 * professional ones by field), mediators in office on a day (full-time, part-time), the training they had in a
 * period, and the experts on call. Committees and experts have no dates of their own: they are counted as they are
 * registered now.
 */
@Service
public class OrganizationCensus {

    /** The bodies that are people's mediation committees (or their rooms); departments and courts are not. */
    private static final String PEOPLES_KINDS = "'VILLAGE','TOWNSHIP','COUNTY_CENTRE','PROFESSIONAL','ENTERPRISE',"
            + "'STATIONED_COURT','STATIONED_POLICE','STATIONED_PETITION'";

    private final JdbcTemplate jdbc;
    private final DisputeTypes disputeTypes;

    OrganizationCensus(JdbcTemplate jdbc, DisputeTypes disputeTypes) {
        this.jdbc = jdbc;
        this.disputeTypes = disputeTypes;
    }

    /**
     * @param regionCode the region whose subtree is counted (a code is its descendants' prefix)
     * @param day        mediators in office on this day
     * @param from       the first day of the period whose training is counted (through {@code day})
     */
    @Transactional(readOnly = true)
    public Census of(String regionCode, LocalDate day, LocalDate from) {
        String prefix = regionCode + "%";
        Map<CommitteeKind, Integer> byKind = new EnumMap<>(CommitteeKind.class);
        jdbc.query("select kind, count(*) from committee where active and region_code like ? and kind in ("
                + PEOPLES_KINDS + ") group by kind", rs -> {
                    byKind.put(CommitteeKind.valueOf(rs.getString(1)), rs.getInt(2));
                }, prefix);
        Map<String, Integer> professionalByField = new LinkedHashMap<>();
        Map<String, String> labels = disputeTypes.labelsByName();
        Map<String, Integer> counted = new LinkedHashMap<>();
        jdbc.query("select coalesce(specialty, ''), count(*) from committee where active and region_code like ?"
                + " and kind = 'PROFESSIONAL' group by specialty", rs -> {
                    counted.put(rs.getString(1), rs.getInt(2));
                }, prefix);
        // in the order users see the types; a field the county named that is not a type keeps its own words
        labels.forEach((name, label) -> {
            if (counted.containsKey(name)) {
                professionalByField.put(label, counted.remove(name));
            }
        });
        counted.forEach((field, count) -> professionalByField.merge(field.isEmpty() ? "其他" : field, count,
                Integer::sum));

        String inOffice = " from mediator m join committee c on c.code = m.committee_code where c.region_code like ?"
                + " and (m.active_from is null or m.active_from <= ?) and (m.active_to is null or m.active_to >= ?)"
                + " and (m.active or m.active_to is not null)";
        Map<String, Integer> mediators = new LinkedHashMap<>();
        jdbc.query("select coalesce(m.employment, ''), count(*)" + inOffice + " group by m.employment", rs -> {
            mediators.put(rs.getString(1), rs.getInt(2));
        }, prefix, day, day);
        int fullTime = mediators.getOrDefault(Employment.FULL_TIME.name(), 0);
        int partTime = mediators.getOrDefault(Employment.PART_TIME.name(), 0);
        int allMediators = mediators.values().stream().mapToInt(Integer::intValue).sum();

        Training training = jdbc.queryForObject("select count(distinct concat(cast(t.trained_on as varchar(10)),"
                + " t.topic)), count(*), coalesce(sum(t.hours), 0) from mediator_training t"
                + " join mediator m on m.user_id = t.user_id join committee c on c.code = m.committee_code"
                + " where c.region_code like ? and t.trained_on between ? and ?",
                (rs, row) -> new Training(rs.getInt(1), rs.getInt(2), rs.getBigDecimal(3)), prefix, from, day);
        Integer experts = jdbc.queryForObject("select count(*) from expert e join committee c on c.code ="
                + " e.committee_code where e.active and c.region_code like ?", Integer.class, prefix);
        return new Census(byKind, professionalByField, allMediators, fullTime, partTime, training, experts);
    }

    /** Training in the period: sessions (a day and a topic), attendances, and hours summed over attendances. */
    public record Training(int sessions, int attendances, BigDecimal personHours) {
    }

    public record Census(Map<CommitteeKind, Integer> committeesByKind, Map<String, Integer> professionalByField,
                         int mediators, int fullTimeMediators, int partTimeMediators, Training training,
                         int experts) {

        public int committees() {
            return committeesByKind.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
