package cn.sandiao.dispute;

import cn.sandiao.common.FieldProblem;
import cn.sandiao.common.InvalidInputException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The filters, order and page of {@code GET /api/supervision/cases}, read from the request's text so that every bad
 * value is named in Chinese (400) rather than met as a binding error.
 */
public record SupervisedCaseQuery(CaseStatus status, DisputeType type, String region, Boolean overdue, Order order,
                                  boolean ascending, int page, int size) {

    /** What the list is sorted by. */
    public enum Order {
        /** The earliest due date of the case's open steps; cases without one last. */
        DUE,
        /** The registration time. */
        REGISTERED
    }

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;
    private static final Pattern REGION = Pattern.compile("\\d{6,12}");

    /** Every parameter as the request gave it (null or blank: not given); all problems are named at once. */
    public static SupervisedCaseQuery parse(String status, String type, String region, String overdue, String sort,
                                            String direction, String page, String size) {
        List<FieldProblem> problems = new ArrayList<>();
        CaseStatus caseStatus = null;
        if (given(status)) {
            caseStatus = Arrays.stream(CaseStatus.values()).filter(s -> s.name().equals(status.strip())).findFirst()
                    .orElse(null);
            if (caseStatus == null) {
                problems.add(new FieldProblem("status", "案件状态无效：" + status + "（可选："
                        + Arrays.stream(CaseStatus.values()).map(s -> s.name() + " " + s.label())
                        .collect(Collectors.joining("、")) + "）"));
            }
        }
        DisputeType disputeType = null;
        if (given(type)) {
            disputeType = Arrays.stream(DisputeType.values()).filter(t -> t.name().equals(type.strip())).findFirst()
                    .orElse(null);
            if (disputeType == null) {
                problems.add(new FieldProblem("type", "纠纷类型无效：" + type + "（可选："
                        + Arrays.stream(DisputeType.values()).map(t -> t.name() + " " + t.label())
                        .collect(Collectors.joining("、")) + "）"));
            }
        }
        String regionCode = null;
        if (given(region)) {
            regionCode = region.strip();
            if (!REGION.matcher(regionCode).matches()) {
                problems.add(new FieldProblem("region", "区划代码应为6至12位数字：" + region));
            }
        }
        Boolean overdueOnly = null;
        if (given(overdue)) {
            switch (overdue.strip().toLowerCase(Locale.ROOT)) {
                case "true" -> overdueOnly = true;
                case "false" -> overdueOnly = false;
                default -> problems.add(new FieldProblem("overdue",
                        "是否逾期只能是 true（只看已逾期的案件）或 false（只看未逾期的案件）：" + overdue));
            }
        }
        Order order = Order.DUE;
        if (given(sort)) {
            switch (sort.strip().toLowerCase(Locale.ROOT)) {
                case "due" -> order = Order.DUE;
                case "registered" -> order = Order.REGISTERED;
                default -> problems.add(new FieldProblem("sort",
                        "排序只能是 due（按到期日）或 registered（按登记时间）：" + sort));
            }
        }
        // the earliest due date first; the newest registration first
        boolean ascending = order == Order.DUE;
        if (given(direction)) {
            switch (direction.strip().toLowerCase(Locale.ROOT)) {
                case "asc" -> ascending = true;
                case "desc" -> ascending = false;
                default -> problems.add(new FieldProblem("direction",
                        "排序方向只能是 asc（升序）或 desc（降序）：" + direction));
            }
        }
        int pageNumber = number(problems, "page", page, 0, 0, Integer.MAX_VALUE, "页码不能为负数");
        int pageSize = number(problems, "size", size, DEFAULT_SIZE, 1, MAX_SIZE, "每页条数应在1至" + MAX_SIZE + "之间");
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return new SupervisedCaseQuery(caseStatus, disputeType, regionCode, overdueOnly, order, ascending, pageNumber,
                pageSize);
    }

    private static int number(List<FieldProblem> problems, String field, String value, int otherwise, int min, int max,
                              String outOfRange) {
        if (!given(value)) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value.strip());
            if (number < min || number > max) {
                problems.add(new FieldProblem(field, outOfRange + "：" + value));
            }
            return number;
        } catch (NumberFormatException e) {
            problems.add(new FieldProblem(field, "应为整数：" + value));
            return otherwise;
        }
    }

    private static boolean given(String value) {
        return value != null && !value.isBlank();
    }
}
