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
