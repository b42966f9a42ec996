package io.aurelius.admin.ui.common;

/**
 * Stored text cut and broken to what the JavaFX thread lays out quickly. JavaFX shapes a paragraph of mixed
 * scripts (right-to-left text, emoji, Arabic words) in time growing with the square of its length: one
 * 100,000-character value in a label, a table cell or a line of raw JSON held the whole app for minutes. So a
 * line shows at most {@value #LINE} characters and says how long the value is, a wrapped note at most
 * {@value #NOTE}, and text areas get lines of at most {@value #BREAK} characters. Exports and "Save JSON…" write
 * values whole.
 */
public final class ShownText {

    /** Most characters of one line: a cell, a header label. */
    public static final int LINE = 300;
    /** Most characters of a wrapped note or tooltip (an error message, a description). */
    public static final int NOTE = 2_000;
    /** Longest line a text area gets; longer lines are broken. */
    public static final int BREAK = 300;
    /** Text at most this much longer than a limit is taken as already cut (its length note), not cut again. */
    private static final int SLACK = 40;

    private ShownText() {
    }

    /** At most {@value #LINE} characters, then "… (N characters)"; null stays null. */
    public static String line(String s) {
        return cut(s, LINE);
    }

    /** A wrapped label's or tooltip's text: at most {@value #NOTE} characters, lines broken as in {@link #lines}. */
    public static String note(String s) {
        return lines(cut(s, NOTE));
    }

    /**
     * Text for a text area: every line longer than {@value #BREAK} characters is broken into lines of that
     * length (never inside a surrogate pair); the text is otherwise unchanged.
     */
    public static String lines(String s) {
        if (s == null || s.length() <= BREAK) {
            return s;
        }
        StringBuilder out = null;
        int run = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                run = 0;
            } else if (run >= BREAK && !Character.isLowSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(s.length() + s.length() / BREAK).append(s, 0, i);
                }
                out.append('\n');
                run = 0;
            }
            if (out != null) {
                out.append(c);
            }
            run += c == '\n' ? 0 : 1;
        }
        return out == null ? s : out.toString();
    }

    /**
     * A text area's text: {@link #lines} of {@code text} while {@code shown} is true, else "" (a hidden text area
     * still lays out all its text whenever the screen does).
     */
    public static javafx.beans.binding.StringBinding whileShown(javafx.beans.value.ObservableStringValue text,
                                                                  javafx.beans.value.ObservableBooleanValue shown) {
        return javafx.beans.binding.Bindings.createStringBinding(() -> shown.get() ? lines(text.get()) : "", text,
                shown);
    }

    private static String cut(String s, int max) {
        if (s == null || s.length() <= max + SLACK) {
            return s;
        }
        int end = Character.isHighSurrogate(s.charAt(max - 1)) ? max - 1 : max;
        return s.substring(0, end) + "… (" + Formats.count(s.length()) + " characters)";
    }
}
