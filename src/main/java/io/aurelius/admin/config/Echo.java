package io.aurelius.admin.config;

/**
 * Repeats a value the user gave inside a message, harmlessly: at most {@link #MAX} characters (so a pasted
 * 10,000-character name does not become a 10,000-character message), control characters as visible marks
 * (a NUL as ␀, a newline as ⏎, a tab as ⇥), and bidirectional controls shown as their code, so a right-to-left
 * override inside a name cannot turn the rest of the sentence around.
 */
public final class Echo {

    /** The most characters (code points) of the value repeated. */
    public static final int MAX = 64;

    private Echo() {
    }

    /** The value as a message shows it, e.g. {@code ab␀cd} or {@code xxxxxxxx… (10,000 characters)}. */
    public static String of(String value) {
        return of(value, MAX);
    }

    /** The same with room for {@code max} characters (a folder's path needs more than a name). */
    public static String of(String value, int max) {
        if (value == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        int count = value.codePointCount(0, value.length());
        value.codePoints().limit(max).forEach(cp -> b.append(mark(cp)));
        if (count > max) {
            b.append("… (").append(String.format("%,d", count)).append(" characters)");
        }
        return b.toString();
    }

    private static String mark(int cp) {
        if (cp == '\n') {
            return "⏎";
        }
        if (cp == '\t') {
            return "⇥";
        }
        if (cp < 0x20) {
            return new String(Character.toChars(0x2400 + cp)); // ␀ ␁ … ␟
        }
        if (cp == 0x7f) {
            return "␡";
        }
        if (cp == 0x061c || cp == 0x200e || cp == 0x200f || (cp >= 0x202a && cp <= 0x202e)
                || (cp >= 0x2066 && cp <= 0x2069)) {
            return String.format("U+%04X", cp);
        }
        if (cp <= 0xffff && Character.isSurrogate((char) cp)) {
            return "\uFFFD"; // half of a pair
        }
        return new String(Character.toChars(cp));
    }
}
