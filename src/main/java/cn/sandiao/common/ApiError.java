package cn.sandiao.common;

import java.util.List;

/** The body of every error answer of {@code /api/**}. */
public record ApiError(int status, String message, List<FieldProblem> fieldErrors) {
}
