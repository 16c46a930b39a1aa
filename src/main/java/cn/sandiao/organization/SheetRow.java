package cn.sandiao.organization;

import java.util.Map;

/** One filled row of a sheet as uploaded: its number as Excel shows it (1 = headings) and its cells by heading. */
record SheetRow(OrganizationSheet sheet, int number, Map<String, String> cells) {

    /** The trimmed text of a cell, "" when empty. */
    String get(String heading) {
        String value = cells.get(heading);
        return value == null ? "" : value.strip();
    }
}
