package cn.sandiao.statistics;

import cn.sandiao.common.InvalidInputException;
import cn.sandiao.organization.OrganizationScope;
import cn.sandiao.organization.Region;
import cn.sandiao.organization.RegionRepository;
import cn.sandiao.organization.UserScopes;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Reads a report's month and region from a request, within the region the user's office covers. */
@Component
class ReportScope {

    private static final Pattern MONTH = Pattern.compile("\\d{4}-(0[1-9]|1[0-2])");
    private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final int MAX_TREND_MONTHS = 120;

    private final UserScopes userScopes;
    private final RegionRepository regions;

    ReportScope(UserScopes userScopes, RegionRepository regions) {
        this.userScopes = userScopes;
        this.regions = regions;
    }

    static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "请指定月份（格式：YYYY-MM，例如 2026-10）");
        }
        if (!MONTH.matcher(value.strip()).matches()) {
            throw new InvalidInputException(field, "月份格式不正确：" + value + "（格式：YYYY-MM，例如 2026-10）");
        }
        YearMonth month = YearMonth.parse(value.strip());
        if (month.getYear() < 2000) {
            throw new InvalidInputException(field, "月份不能早于 2000 年：" + value);
        }
        return month;
    }

    static LocalDate day(String field, String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "请指定日期（格式：YYYY-MM-DD，例如 2026-03-15）");
        }
        LocalDate day;
        try {
            day = DAY.matcher(value.strip()).matches() ? LocalDate.parse(value.strip()) : null;
        } catch (DateTimeParseException e) {
            day = null;
        }
        if (day == null) {
            throw new InvalidInputException(field, "日期格式不正确：" + value + "（格式：YYYY-MM-DD，例如 2026-03-15）");
        }
        if (day.getYear() < 2000) {
            throw new InvalidInputException(field, "日期不能早于 2000 年：" + value);
        }
        return day;
    }

    /** The region asked for, or the user's own; unknown: 400; outside the user's office: 403. */
    Region region(String code) {
        OrganizationScope scope = userScopes.current();
        if (code == null || code.isBlank()) {
            String own = scope.everything() ? null : scope.regionPrefix();
            if (own == null && !scope.everything()) {
                throw new AccessDeniedException("您的账号未分配所属地区，不能查看统计");
            }
            return own != null ? regions.findById(own).orElseThrow()
                    : regions.findAllByOrderByCodeAsc().stream().filter(r -> r.getParentCode() == null)
                    .findFirst().orElseThrow(() -> new InvalidInputException("region", "尚未建立地区"));
        }
        Region region = regions.findById(code.strip())
                .orElseThrow(() -> new InvalidInputException("region", "未知的地区代码：" + code));
        if (!scope.coversRegion(region.getCode())) {
            throw new AccessDeniedException("无权查看该地区的统计：" + region.getName());
        }
        return region;
    }
}
