package cn.sandiao.security;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/**
 * First passwords handed to new staff: random, without characters read alike (0/O, 1/l/I), with an upper- and a
 * lower-case letter, a digit and a symbol, as the engine's password policy (on in {@code prod}) asks.
 */
@Component
class InitialPasswords {

    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnpqrstuvwxyz";
    private static final String LETTERS = UPPER + LOWER;
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "#%+=?@";
    private static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        String all = LETTERS + DIGITS;
        for (int i = 0; i < LENGTH - 4; i++) {
            password.append(all.charAt(random.nextInt(all.length())));
        }
        for (String required : new String[] {UPPER, LOWER, DIGITS, SYMBOLS}) {
            password.insert(random.nextInt(password.length() + 1), required.charAt(random.nextInt(required.length())));
        }
        return password.toString();
    }
}
