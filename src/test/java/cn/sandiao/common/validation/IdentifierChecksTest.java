package cn.sandiao.common.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** ID numbers (GB 11643), credit codes (GB 32100) and phone numbers; check characters verified by hand. */
class IdentifierChecksTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    @ParameterizedTest
    @ValueSource(strings = {"11010519491231002X", "11010519491231002x", "440304198506151237", "360102199003070014"})
    void shouldAcceptIdNumbersWithTheRightCheckCharacter(String id) {
        assertThat(ChineseIdNumbers.isValid(id, TODAY)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "110105194912310021",  // wrong check character
            "440304198506151238",  // wrong check character
            "1101051949123100",    // too short
            "11010519491231002XX", // too long
            "1101051949X231002X",  // letter inside
            "110105199902300023",  // 1999-02-30 does not exist (check digit right for the digits)
            "110105209912310010",  // born in 2099
            ""})
    void shouldRefuseBadIdNumbers(String id) {
        assertThat(ChineseIdNumbers.isValid(id, TODAY)).isFalse();
    }

    @Test
    void shouldMaskIdNumbersKeepingFourAtEachEnd() {
        assertThat(ChineseIdNumbers.mask("11010519491231002X")).isEqualTo("1101**********002X");
        assertThat(ChineseIdNumbers.mask(null)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91990101MA0000000U", "12990101000000000X"})
    void shouldAcceptCreditCodesWithTheRightCheckCharacter(String code) {
        assertThat(UnifiedCreditCodes.isValid(code)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "91350100M000100Y44",  // wrong check character
            "91350100M000100Y4",   // too short
            "91350100I000100Y43",  // I is not in the alphabet
            "9135010OM000100Y43",  // O in the division code
            "91350100m000100y43"}) // lower case
    void shouldRefuseBadCreditCodes(String code) {
        assertThat(UnifiedCreditCodes.isValid(code)).isFalse();
    }

    @Test
    void shouldAcceptMobilesAndLandlinesAndMaskThem() {
        assertThat(PhoneNumbers.isValid("13800138000")).isTrue();
        assertThat(PhoneNumbers.isValid("0791-86001234")).isTrue();
        assertThat(PhoneNumbers.isValid("079186001234")).isTrue();
        assertThat(PhoneNumbers.isValid("12800138000")).isFalse();
        assertThat(PhoneNumbers.isValid("12345")).isFalse();
        assertThat(PhoneNumbers.mask("13800138000")).isEqualTo("138****8000");
        assertThat(PhoneNumbers.mask("0791-86001234")).isEqualTo("0791-****1234");
    }
}
