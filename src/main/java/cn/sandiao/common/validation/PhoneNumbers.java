package cn.sandiao.common.validation;

/** Mainland mobile numbers (1[3-9] and 9 digits) and landlines with area code (0xx(x)-xxxxxxx(x)). */
public final class PhoneNumbers {

    private static final String MOBILE = "1[3-9]\\d{9}";
    private static final String LANDLINE = "0\\d{2,3}-?\\d{7,8}";

    private PhoneNumbers() {
    }

    public static boolean isValid(String value) {
        return value != null && (value.matches(MOBILE) || value.matches(LANDLINE));
    }

    /** {@code 138****8000} for a mobile; a landline keeps its area code and last four digits. */
    public static String mask(String value) {
        if (value == null || value.length() < 8) {
            return value;
        }
        if (value.matches(MOBILE)) {
            return value.substring(0, 3) + "****" + value.substring(7);
        }
        int areaEnd = value.contains("-") ? value.indexOf('-') + 1 : 4;
        return value.substring(0, areaEnd) + "*".repeat(value.length() - areaEnd - 4) + value.substring(value.length() - 4);
    }
}
