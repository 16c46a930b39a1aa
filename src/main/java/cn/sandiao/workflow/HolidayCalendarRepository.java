package cn.sandiao.workflow;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface HolidayCalendarRepository extends JpaRepository<HolidayCalendar, Long> {

    Optional<HolidayCalendar> findFirstByYearOrderByVersionDesc(int year);

    long countByYear(int year);

    /** The current (latest) version of every loaded year. */
    @Query("select c from HolidayCalendar c where c.version = "
            + "(select max(d.version) from HolidayCalendar d where d.year = c.year)")
    List<HolidayCalendar> findCurrent();

    @Query("select coalesce(max(c.id), 0) from HolidayCalendar c")
    long lastId();
}
