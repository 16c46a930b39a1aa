package cn.sandiao.document;

import java.security.SecureRandom;

/** The short code printed on every page of a paper, to find the issued version again from a paper copy. */
final class VerificationCodes {

    /** Crockford's Base32 without I, L, O, U: a code read off paper and typed in again. */
    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private VerificationCodes() {
    }

    static String next() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(code);
    }
}
