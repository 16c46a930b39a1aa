package cn.sandiao.prevention;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PreventionRepository extends JpaRepository<PreventionRecord, Long> {

    List<PreventionRecord> findByOccurredOnBetweenAndRegionCodeStartingWithOrderByOccurredOnAscIdAsc(
            LocalDate first, LocalDate last, String regionPrefix);
}
