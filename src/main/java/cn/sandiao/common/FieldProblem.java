package cn.sandiao.common;

/** One offending input field and the reason, in Chinese. */
public record FieldProblem(String field, String message) {
}
