package cn.sandiao.statistics;

import cn.sandiao.statistics.ReportTables.Table;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The report as an Excel workbook: one sheet per section, numbers as numbers, rates as percentages; and the 工作总结
 * sentences as one of their own.
 */
final class ReportWorkbook {

    private ReportWorkbook() {
    }

    static byte[] write(MonthlyReport report) {
        return bytes(workbook -> {
            CellStyle heading = headingStyle(workbook);
            CellStyle percent = workbook.createCellStyle();
            percent.setDataFormat(workbook.createDataFormat().getFormat("0.00%"));
            CellStyle decimal = workbook.createCellStyle();
            decimal.setDataFormat(workbook.createDataFormat().getFormat("#,##0.00"));
            for (Table table : ReportTables.of(report)) {
                Sheet sheet = workbook.createSheet(table.title().replaceAll("[\\\\/?*\\[\\]:]", "-"));
                Row head = sheet.createRow(0);
                List<String> headings = table.headings();
                for (int i = 0; i < headings.size(); i++) {
                    Cell cell = head.createCell(i);
                    cell.setCellValue(headings.get(i));
                    cell.setCellStyle(heading);
                }
                int r = 1;
                for (List<Object> values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int i = 0; i < values.size(); i++) {
                        write(row.createCell(i), values.get(i), percent, decimal);
                    }
                }
                for (int i = 0; i < headings.size(); i++) {
                    sheet.setColumnWidth(i, Math.min(60, Math.max(10, headings.get(i).length() * 3 + 4)) * 256);
                }
                sheet.createFreezePane(0, 1);
            }
        });
    }

    /**
     * The 工作总结 sentences of a period, one a row under a heading that names the period and the region, wide
     * enough to read and wrapped: what a statistician pastes into the summary, kept beside the filed report.
     */
    static byte[] write(Narrative.Sentences narrative) {
        return bytes(workbook -> {
            Sheet sheet = workbook.createSheet("工作总结用语");
            Cell title = sheet.createRow(0).createCell(0);
            title.setCellValue(narrative.regionName() + narrative.label() + "工作总结用语（" + narrative.from() + "至"
                    + narrative.to() + "）");
            title.setCellStyle(headingStyle(workbook));
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            int r = 1;
            for (String sentence : narrative.sentences()) {
                Cell cell = sheet.createRow(r++).createCell(0);
                cell.setCellValue(sentence);
                cell.setCellStyle(wrapped);
            }
            sheet.setColumnWidth(0, 120 * 256);
        });
    }

    /** A new workbook, filled by {@code content}, as the bytes of an .xlsx file. */
    private static byte[] bytes(java.util.function.Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            content.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static CellStyle headingStyle(XSSFWorkbook workbook) {
        CellStyle heading = workbook.createCellStyle();
        Font bold = workbook.createFont();
        bold.setBold(true);
        heading.setFont(bold);
        return heading;
    }

    private static void write(Cell cell, Object value, CellStyle percent, CellStyle decimal) {
        if (value == null) {
            cell.setBlank();
        } else if (value instanceof Rate rate) {
            if (rate.value() == null) {
                cell.setBlank();
            } else {
                cell.setCellValue(rate.value().movePointLeft(2).doubleValue());
                cell.setCellStyle(percent);
            }
        } else if (value instanceof BigDecimal number) {
            cell.setCellValue(number.doubleValue());
            cell.setCellStyle(decimal);
        } else if (value instanceof Number number) {
            cell.setCellValue(number.doubleValue());
        } else {
            cell.setCellValue(value.toString());
        }
    }
}
