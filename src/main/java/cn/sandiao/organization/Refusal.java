package cn.sandiao.organization;

/** A refused cell: where it is (sheet, row as Excel numbers it, column heading), what it holds, and why. */
public record Refusal(String sheet, int row, String column, String value, String reason) {
}
