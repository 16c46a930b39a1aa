package cn.sandiao.dispute;

import cn.sandiao.workflow.BusinessCalendar;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.jpa.domain.Specification;

/** Filters of {@code GET /api/disputes}; {@code region} matches the region and everything below it. */
public record DisputeQuery(
        CaseStatus status,
        DisputeType type,
        @Pattern(regexp = "\\d{6,12}", message = "区划代码应为6至12位数字") String region,
        @Pattern(regexp = "\\d{4}-(0[1-9]|1[0-2])", message = "月份格式应为YYYY-MM") String month,
        @Min(value = 0, message = "页码不能为负数") Integer page,
        @Min(value = 1, message = "每页条数至少为1") @Max(value = 200, message = "每页条数至多200") Integer size) {

    int pageOrFirst() {
        return page == null ? 0 : page;
    }

    int sizeOrDefault() {
        return size == null ? 20 : size;
    }

    Specification<DisputeCase> specification() {
        List<Specification<DisputeCase>> filters = new ArrayList<>();
        if (status != null) {
            filters.add((root, q, cb) -> cb.equal(root.get("status"), status));
        }
        if (type != null) {
            filters.add((root, q, cb) -> cb.equal(root.get("type"), type));
        }
        if (region != null) {
            filters.add((root, q, cb) -> cb.like(root.get("regionCode"), region + "%"));
        }
        if (month != null) {
            YearMonth ym = YearMonth.parse(month);
            Instant from = ym.atDay(1).atStartOfDay(BusinessCalendar.ZONE).toInstant();
            Instant to = ym.plusMonths(1).atDay(1).atStartOfDay(BusinessCalendar.ZONE).toInstant();
            filters.add((root, q, cb) -> cb.and(cb.greaterThanOrEqualTo(root.get("registeredAt"), from),
                    cb.lessThan(root.get("registeredAt"), to)));
        }
        return Specification.allOf(filters);
    }
}
