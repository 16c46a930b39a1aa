package cn.sandiao.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rates as the county's reports write them: percent, half-up at the second decimal, null over nothing. */
class RateTest {

    @Test
    void shouldRoundHalfUpAtTheSecondDecimal() {
        assertThat(Rate.of(103, 108).value()).isEqualByComparingTo("95.37");   // 95.370…
        assertThat(Rate.of(1, 800).value()).isEqualByComparingTo("0.13");      // 0.125 exactly: up, not to even
        assertThat(Rate.of(1, 1600).value()).isEqualByComparingTo("0.06");     // 0.0625
        assertThat(Rate.of(2, 3).value()).isEqualByComparingTo("66.67");
        assertThat(Rate.of(1, 3).value()).isEqualByComparingTo("33.33");
        assertThat(Rate.of(108, 108).value().toPlainString()).isEqualTo("100.00");
    }

    @Test
    void shouldHaveNoValueWhenThereIsNothingToDivideBy() {
        Rate rate = Rate.of(0, 0);
        assertThat(rate.value()).isNull();
        assertThat(rate.numerator()).isZero();
        assertThat(rate.denominator()).isZero();
        assertThat(Rate.of(0, 5).value()).isEqualByComparingTo("0.00");
    }
}
