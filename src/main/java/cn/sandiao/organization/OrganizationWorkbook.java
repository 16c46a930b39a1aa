package cn.sandiao.organization;

import cn.sandiao.common.InvalidInputException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Name;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads and writes the organisation's .xlsx: one sheet per {@link OrganizationSheet}, headings in the first row,
 * the example in the second, data below. Every cell is written as text (codes and phones keep their leading
 * digits and zeros); enumerations get a drop-down list from a hidden sheet.
 */
final class OrganizationWorkbook {

    /** More rows than a prefecture's organisation has (≈ 15,000): a larger file is refused before it is read. */
    static final int MAX_ROWS = 100_000;
    private static final String CHOICES_SHEET = "选项";
    /** Drop-downs reach this many rows below the last one written, for rows the county adds. */
    private static final int SPARE_ROWS = 2_000;

    /** What an upload holds: its rows by sheet and the problems with its layout (headings). */
    record Content(Map<OrganizationSheet, List<SheetRow>> rows, List<Refusal> refused) {
    }

    private OrganizationWorkbook() {
    }

    /** Writes the sheets with their example rows and data; {@code choices}: a heading's allowed values. */
    static byte[] write(Map<OrganizationSheet, List<List<String>>> data, Map<String, List<String>> choices) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle heading = workbook.createCellStyle();
            heading.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            heading.setFont(bold);
            CellStyle example = workbook.createCellStyle();
            example.cloneStyleFrom(text);
            Font grey = workbook.createFont();
            grey.setItalic(true);
            grey.setColor(org.apache.poi.ss.usermodel.IndexedColors.GREY_50_PERCENT.getIndex());
            example.setFont(grey);
            for (OrganizationSheet kind : OrganizationSheet.values()) {
                Sheet sheet = workbook.createSheet(kind.title());
                writeRow(sheet.createRow(0), kind.headings(), heading);
                writeRow(sheet.createRow(1), kind.example(), example);
                List<List<String>> rows = data.getOrDefault(kind, List.of());
                for (int i = 0; i < rows.size(); i++) {
                    writeRow(sheet.createRow(i + 2), rows.get(i), text);
                }
                for (int c = 0; c < kind.headings().size(); c++) {
                    sheet.setColumnWidth(c, 18 * 256);
                    sheet.setDefaultColumnStyle(c, text);
                }
                sheet.createFreezePane(0, 1);
            }
            addChoices(workbook, choices, data);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRow(Row row, List<String> values, CellStyle style) {
        for (int c = 0; c < values.size(); c++) {
            Cell cell = row.createCell(c);
            cell.setCellStyle(style);
            cell.setCellValue(values.get(c) == null ? "" : values.get(c));
        }
    }

    /** The allowed values live on a hidden sheet (an inline list may hold at most 255 characters). */
    private static void addChoices(XSSFWorkbook workbook, Map<String, List<String>> choices,
                                   Map<OrganizationSheet, List<List<String>>> data) {
        Sheet hidden = workbook.createSheet(CHOICES_SHEET);
        workbook.setSheetHidden(workbook.getSheetIndex(hidden), true);
        int column = 0;
        for (Map.Entry<String, List<String>> choice : choices.entrySet()) {
            List<String> values = choice.getValue();
            for (int r = 0; r < values.size(); r++) {
                Row row = hidden.getRow(r) == null ? hidden.createRow(r) : hidden.getRow(r);
                row.createCell(column).setCellValue(values.get(r));
            }
            String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(column);
            Name name = workbook.createName();
            name.setNameName("choice" + column);
            name.setRefersToFormula("'" + CHOICES_SHEET + "'!$" + letter + "$1:$" + letter + "$" + values.size());
            for (OrganizationSheet kind : OrganizationSheet.values()) {
                int target = kind.column(choice.getKey());
                if (target >= 0) {
                    Sheet sheet = workbook.getSheet(kind.title());
                    int last = data.getOrDefault(kind, List.of()).size() + 1 + SPARE_ROWS;
                    DataValidationHelper helper = sheet.getDataValidationHelper();
                    DataValidation validation = helper.createValidation(
                            helper.createFormulaListConstraint("choice" + column),
                            new CellRangeAddressList(2, last, target, target));
                    validation.setShowErrorBox(true);
                    validation.createErrorBox("取值无效", "请从下拉列表中选择：" + choice.getKey());
                    sheet.addValidationData(validation);
                }
            }
            column++;
        }
    }

    /** Reads an upload already known to be a zip (xlsx); a file that is no workbook is the caller's input error. */
    static Content read(byte[] xlsx) {
        Map<OrganizationSheet, List<SheetRow>> rows = new EnumMap<>(OrganizationSheet.class);
        List<Refusal> refused = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            int total = 0;
            for (OrganizationSheet kind : OrganizationSheet.values()) {
                Sheet sheet = workbook.getSheet(kind.title());
                if (sheet == null) {
                    continue; // a file may bring only some sheets (e.g. this year's trainings)
                }
                total += sheet.getLastRowNum();
                if (total > MAX_ROWS) {
                    throw new InvalidInputException("file", "文件行数超过上限 " + MAX_ROWS + " 行，请分批导入");
                }
                if (checkHeadings(kind, sheet.getRow(0), refused)) {
                    rows.put(kind, readRows(kind, sheet));
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) { // POI's many ways of saying "not a workbook"
            throw new InvalidInputException("file", "文件无法读取，不是有效的Excel工作簿（.xlsx）");
        }
        return new Content(rows, refused);
    }

    private static boolean checkHeadings(OrganizationSheet kind, Row first, List<Refusal> refused) {
        boolean fine = true;
        for (int c = 0; c < kind.headings().size(); c++) {
            String found = first == null ? "" : text(first.getCell(c));
            if (!kind.headings().get(c).equals(found)) {
                refused.add(new Refusal(kind.title(), 1, kind.headings().get(c), found,
                        "表头应为“" + kind.headings().get(c) + "”，请使用下载的模板"));
                fine = false;
            }
        }
        return fine;
    }

    private static List<SheetRow> readRows(OrganizationSheet kind, Sheet sheet) {
        List<SheetRow> rows = new ArrayList<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<String, String> cells = new LinkedHashMap<>();
            boolean empty = true;
            for (int c = 0; c < kind.headings().size(); c++) {
                String value = text(row.getCell(c)).strip();
                cells.put(kind.headings().get(c), value);
                empty &= value.isEmpty();
            }
            String first = cells.get(kind.headings().get(0));
            if (!empty && !first.startsWith(OrganizationSheet.EXAMPLE_MARK)) {
                rows.add(new SheetRow(kind, r + 1, cells));
            }
        }
        return rows;
    }

    /**
     * A cell as text: dates as yyyy-MM-dd, whole numbers without ".0" or an exponent (a 12-digit code typed as a
     * number stays its 12 digits), formulas by their cached value.
     */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getStringCellValue();
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            case NUMERIC -> DateUtil.isCellDateFormatted(cell)
                    ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
                    : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
            default -> new DataFormatter().formatCellValue(cell);
        };
    }
}
