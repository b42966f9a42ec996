package io.aurelius.admin.setup;

import java.security.SecureRandom;

/** Strong passwords for new roles: 24 characters from an alphabet without look-alikes (about 140 bits). */
public final class Passwords {

    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private Passwords() {
    }

    public static char[] generate() {
        char[] pw = new char[24];
        for (int i = 0; i < pw.length; i++) {
            pw[i] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return pw;
    }
}
