package vn.partyreview.identity;

import java.security.SecureRandom;
import java.util.function.Supplier;

/** How new users get their first password: a fixed one in the demo run, a random one to hand out otherwise. */
public final class InitialPasswords {

    private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private InitialPasswords() {
    }

    public static Supplier<String> fixed(String password) {
        return () -> password;
    }

    public static Supplier<String> random() {
        return () -> {
            StringBuilder password = new StringBuilder(12);
            for (int i = 0; i < 12; i++) {
                password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            return password.toString();
        };
    }
}
