package cn.sandiao.common.validation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

/** Resident identity numbers of GB 11643-1999: 17 digits and an ISO 7064 MOD 11-2 check character. */
public final class ChineseIdNumbers {

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";
    private static final DateTimeFormatter BIRTH_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);

    private ChineseIdNumbers() {
    }

    /** Well formed, its check character right, and its birth date between 1900 and {@code today}. */
    public static boolean isValid(String value, LocalDate today) {
        if (value == null || !value.matches("\\d{17}[\\dXx]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (value.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11) == Character.toUpperCase(value.charAt(17)) && plausibleBirth(value, today);
    }

    private static boolean plausibleBirth(String value, LocalDate today) {
        try {
            LocalDate birth = LocalDate.parse(value.substring(6, 14), BIRTH_DATE);
            return !birth.isBefore(LocalDate.of(1900, 1, 1)) && !birth.isAfter(today);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** {@code 1101**********123X}: enough to tell two people apart, not enough to use the number. */
    public static String mask(String value) {
        if (value == null || value.length() <= 8) {
            return value;
        }
        return value.substring(0, 4) + "*".repeat(value.length() - 8) + value.substring(value.length() - 4);
    }
}
