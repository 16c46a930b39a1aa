package cn.sandiao.statistics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * One stored row of a counted entity, by its Java property names: the state before or after a change as Hibernate
 * sees it, or a row the generator is about to write. Counting reads rows, never entities, so that the old state of
 * an update counts off exactly what its new state counts on.
 */
record FactRow(Map<String, Object> values) {

    Long id(String property) {
        Object value = values.get(property);
        return value == null ? null : ((Number) value).longValue();
    }

    Instant instant(String property) {
        return (Instant) values.get(property);
    }

    LocalDate date(String property) {
        return (LocalDate) values.get(property);
    }

    BigDecimal amount(String property) {
        return (BigDecimal) values.get(property);
    }

    int number(String property) {
        Object value = values.get(property);
        return value == null ? 0 : ((Number) value).intValue();
    }

    boolean flag(String property) {
        return Boolean.TRUE.equals(values.get(property));
    }

    /** An enum's constant name, or null. */
    String name(String property) {
        Object value = values.get(property);
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }

    String text(String property) {
        Object value = values.get(property);
        return value == null ? null : value.toString();
    }
}
