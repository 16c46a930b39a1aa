package cn.sandiao.statistics;

import cn.sandiao.statistics.ReportTables.Table;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** The report as CSV (UTF-8 with BOM, so that spreadsheet programs read the Chinese): sections one under another. */
final class ReportCsv {

    private ReportCsv() {
    }

    static String write(MonthlyReport report) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (Table table : ReportTables.of(report)) {
            out.append(field("【" + table.title() + "】")).append("\r\n");
            out.append(line(table.headings().stream().map(h -> (Object) h).toList()));
            table.rows().forEach(row -> out.append(line(row)));
            out.append("\r\n");
        }
        return out.toString();
    }

    private static String line(List<Object> cells) {
        return cells.stream().map(ReportCsv::cell).map(ReportCsv::field).collect(Collectors.joining(",")) + "\r\n";
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Rate rate) {
            return rate.value() == null ? "" : rate.value().toPlainString();
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return neutralised(value.toString());
    }

    /** Text a spreadsheet would run as a formula (=, +, -, @, tab, CR first) is kept as text. */
    static String neutralised(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    private static String field(String text) {
        boolean quote = text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r");
        return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
    }
}
