package io.aurelius.admin.ui.common;

import java.text.NumberFormat;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Numbers, sizes and times as the screens show them. */
public final class Formats {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final String[] UNITS = {"kB", "MB", "GB", "TB"};
    /** Numbers this large are written in scientific notation. */
    private static final double SCIENTIFIC_FROM = 1e15;

    private Formats() {
    }

    /** 1234567 -> "1,234,567" (in the user's locale). */
    public static String count(long n) {
        return count(n, Locale.getDefault(Locale.Category.FORMAT));
    }

    public static String count(long n, Locale locale) {
        return NumberFormat.getIntegerInstance(locale).format(n);
    }

    /** A row count, with "~" in front when it is the planner's estimate. */
    public static String rows(long n, boolean estimated) {
        return (estimated ? "~" : "") + count(n);
    }

    /** What a missing value, or a number that is not one (NaN, ±Infinity), shows: an em dash. */
    public static final String NONE = "—";
    /** What a name that is empty or only blanks shows. */
    public static final String NO_NAME = "(no name)";

    /**
     * {@code v} with {@code decimals} decimals, thousands separated (in the user's locale); null, NaN and
     * ±Infinity show {@link #NONE}, as every table shows a value it cannot tell as a number; magnitudes from
     * 10^15 in scientific notation ({@link #decimal}).
     */
    public static String fixed(Double v, int decimals) {
        return fixed(v, decimals, Locale.getDefault(Locale.Category.FORMAT));
    }

    public static String fixed(Double v, int decimals, Locale locale) {
        return v == null || !Double.isFinite(v) ? NONE : decimal(v, decimals, locale);
    }

    /**
     * True for stored text that spells a number that is not one: NaN, Infinity, inf (any case, signed or not,
     * blanks around), as Python, NumPy and pandas write them into JSON strings.
     */
    public static boolean notANumber(String raw) {
        if (raw == null) {
            return false;
        }
        String s = raw.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("-") || s.startsWith("+")) {
            s = s.substring(1);
        }
        return s.equals("nan") || s.equals("inf") || s.equals("infinity");
    }

    /** A name on one line, or {@link #NO_NAME} when it is null, empty or shows nothing (see {@link #blank}). */
    public static String name(String name) {
        return blank(name) ? NO_NAME : Cells.oneLine(name);
    }

    /**
     * True when text would show nothing: null, empty, or only white space, non-breaking spaces, control and
     * invisible format characters (zero-width space, byte order mark).
     */
    public static boolean blank(String s) {
        return s == null || s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)
                || Character.isISOControl(c) || Character.getType(c) == Character.FORMAT);
    }

    /** Why a name shows as {@link #NO_NAME} ("The name is empty.", "The name is 3 spaces."); null for a name. */
    public static String noNameWhy(String name) {
        if (!blank(name)) {
            return null;
        }
        if (name == null || name.isEmpty()) {
            return "The name is empty.";
        }
        int n = name.length();
        return "The name is " + n + (name.chars().allMatch(c -> c == ' ') ? n == 1 ? " space." : " spaces."
                : n == 1 ? " invisible character." : " invisible characters (spaces, tabs, line breaks).");
    }

    /** 8192 -> "8.0 kB"; 1536000 -> "1.5 MB". */
    public static String bytes(long b) {
        return bytes(b, Locale.getDefault(Locale.Category.FORMAT));
    }

    public static String bytes(long b, Locale locale) {
        if (b < 1024) {
            return b + " B";
        }
        double v = b;
        int u = -1;
        while (v >= 1024 && u < UNITS.length - 1) {
            v /= 1024;
            u++;
        }
        return String.format(locale, "%.1f %s", v, UNITS[u]);
    }

    /**
     * A number with {@code decimals} decimals, thousands separated (in the user's locale); from 10^15 on in
     * scientific notation ("1.00e+308"), never the 309 digits of a number that large.
     */
    public static String decimal(double v, int decimals) {
        return decimal(v, decimals, Locale.getDefault(Locale.Category.FORMAT));
    }

    public static String decimal(double v, int decimals, Locale locale) {
        if (Double.isFinite(v) && Math.abs(v) >= SCIENTIFIC_FROM) {
            return String.format(Locale.ROOT, "%." + Math.max(2, decimals) + "e", v);
        }
        return String.format(locale, "%,." + decimals + "f", v);
    }

    public static String millis(double ms) {
        return String.format(Locale.ROOT, ms < 10 ? "%.1f ms" : "%.0f ms", ms);
    }

    public static String timestamp(LocalDateTime t) {
        if (t == null) {
            return "";
        }
        // PostgreSQL's 'infinity' and '-infinity' arrive as the largest and smallest LocalDateTime
        if (t.equals(LocalDateTime.MAX) || t.equals(LocalDateTime.MIN)) {
            return t.equals(LocalDateTime.MAX) ? "infinity" : "-infinity";
        }
        return TIMESTAMP.format(t) + (t.getYear() < 1 ? " BC" : "");
    }
}
