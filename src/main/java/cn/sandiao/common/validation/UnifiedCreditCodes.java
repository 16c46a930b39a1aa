package cn.sandiao.common.validation;

/** Unified social credit codes of GB 32100-2015: 18 characters, the last a MOD 31 check character. */
public final class UnifiedCreditCodes {

    /** The code's alphabet: digits and capitals without I, O, Z, S, V. */
    private static final String CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private UnifiedCreditCodes() {
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 18 || !value.substring(2, 8).chars().allMatch(Character::isDigit)) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int index = CHARSET.indexOf(value.charAt(i));
            if (index < 0) {
                return false;
            }
            sum += index * WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return CHARSET.charAt(check) == value.charAt(17);
    }
}
