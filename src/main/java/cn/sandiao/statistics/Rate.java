package cn.sandiao.statistics;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** A reported rate: percent rounded half-up to 2 decimals, with what it divides; null over zero. */
@JsonInclude(JsonInclude.Include.ALWAYS) // a null value says "no denominator": it must be there to be read
public record Rate(BigDecimal value, long numerator, long denominator) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public static Rate of(long numerator, long denominator) {
        BigDecimal value = denominator == 0 ? null
                : BigDecimal.valueOf(numerator).multiply(HUNDRED)
                        .divide(BigDecimal.valueOf(denominator), 2, RoundingMode.HALF_UP);
        return new Rate(value, numerator, denominator);
    }
}
