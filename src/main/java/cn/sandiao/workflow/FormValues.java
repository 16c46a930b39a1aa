package cn.sandiao.workflow;

import cn.sandiao.common.InvalidInputException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Typed reads of form values, which arrive as strings, numbers or booleans depending on the form field. */
public final class FormValues {

    private FormValues() {
    }

    public static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        return value.toString().strip();
    }

    /** A yes/no choice: true or false (the forms' radio values "true"/"false"); anything else is refused. */
    public static Boolean flag(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Boolean b) {
            return b;
        }
        String text = text(scope, name);
        if (text == null) {
            return null;
        }
        if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
            throw new InvalidInputException(name, "取值无效：只能选“是”或“否”");
        }
        return Boolean.valueOf(text);
    }

    public static <E extends Enum<E>> E choice(VariableScope scope, String name, Class<E> type) {
        String text = text(scope, name);
        if (text == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(name, "取值无效：" + text);
        }
    }

    public static BigDecimal decimal(VariableScope scope, String name) {
        String text = text(scope, name);
        if (text == null) {
            return null;
        }
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name, "应为数字：" + text);
        }
    }

    public static Integer integer(VariableScope scope, String name) {
        BigDecimal value = decimal(scope, name);
        if (value == null) {
            return null;
        }
        try {
            return value.intValueExact();
        } catch (ArithmeticException e) {
            throw new InvalidInputException(name, "应为整数：" + value);
        }
    }

    public static Long id(VariableScope scope, String name) {
        return ((Number) scope.getVariable(name)).longValue();
    }

    public static LocalDate date(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        if (value instanceof Date date) {
            return date.toInstant().atZone(BusinessCalendar.ZONE).toLocalDate();
        }
        String text = text(scope, name);
        if (text == null) {
            return null;
        }
        try {
            // form-js datetime fields submit ISO dates, sometimes with a time part
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(name, "日期格式应为YYYY-MM-DD：" + text);
        }
    }
}
