package cn.sandiao.workflow;

/** A year's holiday schedule was loaded anew: every open deadline counted over that year is counted again. */
public record HolidayCalendarChanged(int year, int version, String loadedBy) {
}
