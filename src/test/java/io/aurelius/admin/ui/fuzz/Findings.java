package io.aurelius.admin.ui.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a sweep over thousands of fuzzed rows found, kept instead of stopping at the first: each finding names the
 * row, how its JSON was broken and what went wrong, and {@link #report()} groups them by kind so one run shows
 * every defect.
 */
final class Findings {

    /** Words that mark a programmer's text (an exception, a stack frame) shown to a user. */
    private static final List<String> PROGRAMMERS = List.of("Exception", "java.", "jackson", "Jackson",
            "org.postgresql", "\tat ", "NullPointer", "Cannot invoke", "ERROR:", "StreamConstraints");
    /** Longest text a number may show as ("-1.00e+308 %", "123,456,789.12"). */
    static final int NUMBER_CHARS = 24;

    private final List<String> all = new ArrayList<>();
    private final Map<String, Integer> kinds = new LinkedHashMap<>();
    private int checks;

    /** Records {@code what} about {@code row} unless {@code ok}. */
    void check(boolean ok, String kind, Object row, String what) {
        checks++;
        if (!ok) {
            add(kind, row + ": " + what);
        }
    }

    /** Runs one screen action; an exception escaping it is a finding (its first frames kept). */
    void run(String kind, Object row, Runnable action) {
        checks++;
        try {
            action.run();
        } catch (Throwable t) { // an Error too: a StackOverflowError would reach the user's screen as well
            StringWriter trace = new StringWriter();
            t.printStackTrace(new PrintWriter(trace));
            String[] lines = trace.toString().split("\n");
            add(kind + " threw", row + ": " + String.join("\n    ", java.util.Arrays.copyOf(lines,
                    Math.min(lines.length, 8))));
        }
    }

    /** A text shown in a message area: "" (nothing to say) or one sentence fit for a user. */
    void sentenceOrEmpty(String text, String kind, Object row) {
        if (text != null && !text.isEmpty()) {
            sentence(text, kind, row);
        }
    }

    /** A text that must be one sentence fit for a user. */
    void sentence(String text, String kind, Object row) {
        String why = why(text);
        check(why == null, kind + " is not a sentence", row, why + ": " + shown(text));
    }

    /** Why {@code s} is not a sentence to show a user, or null when it is one. */
    static String why(String s) {
        if (s == null || s.isBlank()) {
            return "it is empty";
        }
        if (s.length() > 600) {
            return "it is " + s.length() + " characters long";
        }
        if (s.contains("\n") || s.contains("\u0000")) {
            return "it holds a line break or NUL";
        }
        int first = s.codePointAt(0);
        boolean column = s.matches("[a-z]+_[a-z_]+ .*"); // a sentence may start with a column's name: num_windows
        if (!Character.isUpperCase(first) && !Character.isDigit(first) && "\"“'".indexOf(first) < 0 && !column) {
            return "it does not start a sentence";
        }
        if (!s.endsWith(".")) {
            return "it does not end with a full stop";
        }
        for (String p : PROGRAMMERS) {
            if (s.contains(p)) {
                return "it shows a programmer's text (" + p.strip() + ")";
            }
        }
        return null;
    }

    /** A number as a cell shows it: short, never 309 digits. */
    void number(String text, String kind, Object row) {
        check(text != null && text.length() <= NUMBER_CHARS, kind + " shows a number too long to read", row,
                shown(text));
    }

    static String shown(String s) {
        if (s == null) {
            return "null";
        }
        String one = s.replace("\n", "⏎").replace("\u0000", "\\0");
        return "\"" + (one.length() > 160 ? one.substring(0, 160) + "…(" + s.length() + " chars)" : one) + "\"";
    }

    private void add(String kind, String finding) {
        all.add("[" + kind + "] " + finding);
        kinds.merge(kind, 1, Integer::sum);
    }

    int checks() {
        return checks;
    }

    boolean none() {
        return all.isEmpty();
    }

    /** Counts per kind, then the first few findings of each kind. */
    String report() {
        StringBuilder b = new StringBuilder(all.size() + " findings in " + checks + " checks:\n");
        kinds.forEach((k, n) -> b.append("  ").append(n).append(" × ").append(k).append('\n'));
        Map<String, Integer> shownPerKind = new LinkedHashMap<>();
        for (String f : all) {
            String kind = f.substring(1, f.indexOf(']'));
            if (shownPerKind.merge(kind, 1, Integer::sum) <= 4) {
                b.append(f).append('\n');
            }
        }
        return b.toString();
    }
}
