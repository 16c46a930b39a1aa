package cn.sandiao.security;

import java.security.SecureRandom;
import org.springframework.stereotype.Component;

/** First passwords handed to new staff: random, without characters read alike (0/O, 1/l/I). */
@Component
class InitialPasswords {

    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final int LENGTH = 12;

    private final SecureRandom random = new SecureRandom();

    String next() {
        StringBuilder password = new StringBuilder(LENGTH);
        String all = LETTERS + DIGITS;
        for (int i = 0; i < LENGTH - 2; i++) {
            password.append(all.charAt(random.nextInt(all.length())));
        }
        // one letter and one digit at random places: the password policy asks for both
        password.insert(random.nextInt(password.length() + 1), LETTERS.charAt(random.nextInt(LETTERS.length())));
        password.insert(random.nextInt(password.length() + 1), DIGITS.charAt(random.nextInt(DIGITS.length())));
        return password.toString();
    }
}
