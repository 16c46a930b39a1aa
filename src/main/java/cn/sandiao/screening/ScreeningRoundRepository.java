package cn.sandiao.screening;

import java.time.LocalDate;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScreeningRoundRepository extends JpaRepository<ScreeningRound, Long> {

    List<ScreeningRound> findByHeldOnBetweenAndRegionCodeStartingWithOrderByHeldOnAscIdAsc(LocalDate first, LocalDate last,
                                                                                    String regionPrefix);

    boolean existsByCommitteeCodeAndHeldOnBetween(String committeeCode, LocalDate first, LocalDate last);
}
