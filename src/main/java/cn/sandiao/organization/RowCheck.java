package cn.sandiao.organization;

import cn.sandiao.common.validation.PhoneNumbers;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Reads one uploaded row cell by cell, refusing each bad cell with its column and a Chinese reason. */
final class RowCheck {

    /** Codes become Camunda group and user ids, whose allowed characters these are. */
    private static final String ID = "[A-Za-z0-9][A-Za-z0-9-]*";

    private final SheetRow row;
    private final List<Refusal> refused;
    private boolean fine = true;

    RowCheck(SheetRow row, List<Refusal> refused) {
        this.row = row;
        this.refused = refused;
    }

    void refuse(String column, String reason) {
        refused.add(new Refusal(row.sheet().title(), row.number(), column, row.get(column), reason));
        fine = false;
    }

    boolean fine() {
        return fine;
    }

    String optional(String column, int maxLength) {
        String value = row.get(column);
        if (value.length() > maxLength) {
            refuse(column, "内容过长，最多" + maxLength + "个字");
        }
        return value;
    }

    String required(String column, int maxLength) {
        String value = optional(column, maxLength);
        if (value.isEmpty()) {
            refuse(column, "必填项，不能为空");
        }
        return value;
    }

    /** A code that becomes part of a Camunda id: letters, digits and hyphens. */
    String id(String column, int maxLength) {
        String value = required(column, maxLength);
        if (!value.isEmpty() && value.length() <= maxLength && !value.matches(ID)) {
            refuse(column, "只能由字母、数字和连字符组成，且以字母或数字开头");
        }
        return value;
    }

    boolean active() {
        Optional<Boolean> active = Labels.parseYesNo(row.get(OrganizationSheet.Col.ACTIVE));
        if (active.isEmpty()) {
            refuse(OrganizationSheet.Col.ACTIVE, "应填“是”或“否”");
        }
        return active.orElse(true);
    }

    <E extends Enum<E>> E choice(String column, Class<E> type, Function<E, String> label, String what) {
        String text = row.get(column);
        if (text.isEmpty()) {
            refuse(column, "必填项，不能为空");
            return null;
        }
        Optional<E> value = Labels.parseEnum(type, text, label);
        if (value.isEmpty()) {
            refuse(column, "未知的" + what + "：" + text + "，请从下拉列表中选择");
        }
        return value.orElse(null);
    }

    String phone(String column) {
        String value = row.get(column).replace(" ", "");
        if (!value.isEmpty() && !PhoneNumbers.isValid(value)) {
            refuse(column, "电话号码格式不正确（手机为11位数字，座机如0731-12345678）");
        }
        return value.isEmpty() ? null : value;
    }

    LocalDate date(String column, boolean required) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (required) {
                refuse(column, "必填项，不能为空");
            }
            return null;
        }
        Optional<LocalDate> day = Labels.parseDate(text);
        if (day.isEmpty()) {
            refuse(column, "不是有效日期，格式为YYYY-MM-DD，如2026-10-08");
        }
        return day.orElse(null);
    }

    /** Hours of a training: more than 0, at most 999.9, one decimal (numeric(5,1)). */
    BigDecimal hours(String column) {
        String text = required(column, 10);
        if (text.isEmpty()) {
            return null;
        }
        try {
            BigDecimal hours = new BigDecimal(text);
            if (hours.signum() > 0 && hours.compareTo(new BigDecimal("999.9")) <= 0
                    && hours.stripTrailingZeros().scale() <= 1) {
                return hours.setScale(1);
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        refuse(column, "学时应为大于0、不超过999.9的数字（最多一位小数）");
        return null;
    }

    String disputeType(String column, Labels labels, boolean required) {
        String text = row.get(column);
        if (text.isEmpty()) {
            if (required) {
                refuse(column, "必填项，不能为空");
            }
            return null;
        }
        Optional<String> type = labels.parseDisputeType(text);
        if (type.isEmpty()) {
            refuse(column, "未知的纠纷类型：" + text + "，请从下拉列表中选择");
        }
        return type.orElse(null);
    }

    List<String> disputeTypes(String column, Labels labels) {
        List<String> types = new java.util.ArrayList<>();
        for (String item : Labels.items(row.get(column))) {
            Optional<String> type = labels.parseDisputeType(item);
            if (type.isEmpty()) {
                refuse(column, "未知的纠纷类型：" + item + "（多个类型用“、”分隔）");
            } else if (!types.contains(type.get())) {
                types.add(type.get());
            }
        }
        return types;
    }
}
