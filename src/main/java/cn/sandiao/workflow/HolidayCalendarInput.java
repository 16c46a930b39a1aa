package cn.sandiao.workflow;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;

/** A year's holiday schedule as an administrator loads it from the State Council General Office's notice. */
public record HolidayCalendarInput(
        @NotNull(message = "请填写通知来源") @Valid Source source,
        @NotEmpty(message = "请填写节假日") List<@NotNull(message = "节假日不能为空") @Valid Holiday> holidays,
        List<@NotNull(message = "调休上班日不能为空") @Valid WorkingDay> adjustedWorkingDays) {

    public record Source(
            @NotBlank(message = "请填写通知名称") @Size(max = 200, message = "通知名称不能超过200字") String title,
            @Size(max = 100, message = "文号不能超过100字") String number,
            @NotNull(message = "请填写通知发布日期") LocalDate published,
            @Size(max = 500, message = "网址不能超过500字") String url) {
    }

    public record Holiday(
            @NotBlank(message = "请填写节日名称") @Size(max = 20, message = "节日名称不能超过20字") String name,
            @NotNull(message = "请填写放假开始日期") LocalDate from,
            @NotNull(message = "请填写放假结束日期") LocalDate to) {
    }

    public record WorkingDay(
            @NotNull(message = "请填写调休上班日期") LocalDate date,
            @NotBlank(message = "请填写调休上班的说明，如“春节调休上班”") @Size(max = 40, message = "说明不能超过40字") String name) {
    }

    public List<WorkingDay> workingDays() {
        return adjustedWorkingDays == null ? List.of() : adjustedWorkingDays;
    }
}
