package io.aurelius.admin.config;

/** Keeps a password out of text that may be shown or logged. */
public final class Redaction {

    /** What stands in for a password in messages. */
    public static final String MASK = "********";
    /** Shorter passwords are not searched for: they would match ordinary words, and they are not secret. */
    static final int MIN_LENGTH = 4;

    private Redaction() {
    }

    /** The text with every occurrence of the password replaced by {@link #MASK}. */
    public static String redact(String text, String password) {
        if (text == null || password == null || password.length() < MIN_LENGTH) {
            return text;
        }
        return text.replace(password, MASK);
    }
}
