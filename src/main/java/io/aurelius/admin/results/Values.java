package io.aurelius.admin.results;

import com.fasterxml.jackson.core.io.NumberInput;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;

/**
 * Reading numbers and times out of JSON text the way the AURELIUS API and its engine write them.
 *
 * <p>Numbers: decimal text as {@link Double#parseDouble} reads it, surrounding blanks allowed;
 * non-finite results ("NaN", "Infinity") count as unreadable. Times: see {@link #instant(String)}; a time
 * outside the years 1 to 9999 (what dates print as, and charts and calendars can hold) is unreadable.
 */
final class Values {

    private static final double MILLIS_FROM = 1e11;
    private static final double MICROS_FROM = 1e14;
    private static final double NANOS_FROM = 1e17;
    /** 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: the readable times, in epoch seconds. */
    static final long FIRST_SECOND = -62_135_596_800L;
    static final long LAST_SECOND = 253_402_300_799L;

    private Values() {
    }

    /** @return the finite number in {@code text}, or NaN when it is not one */
    static double number(String text) {
        return text == null ? Double.NaN : number(text.toCharArray(), 0, text.length());
    }

    /**
     * Reads a decimal number (digits, sign, point, exponent; blanks around allowed) without
     * allocating, with Jackson's fast double parser.
     *
     * @return the finite number, or NaN when the characters are not one
     */
    static double number(char[] c, int off, int len) {
        int from = off;
        int to = off + len;
        while (from < to && Character.isWhitespace(c[from])) {
            from++;
        }
        while (to > from && Character.isWhitespace(c[to - 1])) {
            to--;
        }
        if (from == to || !decimalChars(c, from, to)) {
            return Double.NaN;
        }
        try {
            double d = NumberInput.parseDouble(c, from, to - from, true);
            return Double.isFinite(d) ? d : Double.NaN;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean decimalChars(char[] c, int from, int to) {
        boolean digit = false;
        for (int i = from; i < to; i++) {
            char ch = c[i];
            if (ch >= '0' && ch <= '9') {
                digit = true;
            } else if (ch != '-' && ch != '+' && ch != '.' && ch != 'e' && ch != 'E') {
                return false;
            }
        }
        return digit;
    }

    /**
     * Epoch seconds from characters: a whole number of up to 18 digits is read without
     * allocating; anything else as {@link #epochSeconds(String)}.
     */
    static long epochSeconds(char[] c, int off, int len) {
        int i = off;
        int end = off + len;
        boolean negative = i < end && c[i] == '-';
        i += negative ? 1 : 0;
        if (end - i < 1 || end - i > 18) {
            return epochSeconds(new String(c, off, len));
        }
        long v = 0;
        for (; i < end; i++) {
            char ch = c[i];
            if (ch < '0' || ch > '9') {
                return epochSeconds(new String(c, off, len));
            }
            v = v * 10 + (ch - '0');
        }
        return epochSeconds(negative ? -v : v);
    }

    /** Epoch seconds from a whole epoch number, unit guessed as in {@link #epochSeconds(double)}. */
    static long epochSeconds(long epoch) {
        long a = Math.abs(epoch);
        if (a < (long) MILLIS_FROM) {
            return readable(epoch);
        }
        long divisor = a < (long) MICROS_FROM ? 1_000L : a < (long) NANOS_FROM ? 1_000_000L : 1_000_000_000L;
        return readable(Math.floorDiv(epoch, divisor));
    }

    /** @return the seconds when they fall in the years 1 to 9999, else {@link PointBuffer#NO_TIME} */
    private static long readable(long second) {
        return second >= FIRST_SECOND && second <= LAST_SECOND ? second : PointBuffer.NO_TIME;
    }

    /**
     * Epoch seconds from an epoch number whose unit is guessed from its size: below 10^11 seconds
     * (up to year 5138), below 10^14 milliseconds, below 10^17 microseconds, else nanoseconds.
     *
     * @return floor of the seconds, or {@link PointBuffer#NO_TIME} when not finite or outside the years 1 to 9999
     */
    static long epochSeconds(double epoch) {
        if (!Double.isFinite(epoch)) {
            return PointBuffer.NO_TIME;
        }
        double seconds = Math.floor(epoch / unitDivisor(epoch));
        return seconds >= FIRST_SECOND && seconds <= LAST_SECOND ? (long) seconds : PointBuffer.NO_TIME;
    }

    private static double unitDivisor(double epoch) {
        double a = Math.abs(epoch);
        if (a < MILLIS_FROM) {
            return 1;
        }
        if (a < MICROS_FROM) {
            return 1e3;
        }
        return a < NANOS_FROM ? 1e6 : 1e9;
    }

    /** Like {@link #epochSeconds(double)} for text: an epoch number or an ISO date/time. */
    static long epochSeconds(String text) {
        Instant i = instant(text);
        return i == null ? PointBuffer.NO_TIME : i.getEpochSecond();
    }

    /**
     * @return the instant of an epoch number (unit guessed as in {@link #epochSeconds(double)}), or null when
     *         not finite or outside the years 1 to 9999
     */
    static Instant instant(double epoch) {
        if (!Double.isFinite(epoch)) {
            return null;
        }
        double seconds = epoch / unitDivisor(epoch);
        if (!(seconds >= FIRST_SECOND && seconds < LAST_SECOND + 1)) {
            return null;
        }
        long whole = (long) Math.floor(seconds);
        long nanos = Math.round((seconds - whole) * 1e6) * 1000L;
        return Instant.ofEpochSecond(whole, Math.min(nanos, 999_999_999L));
    }

    /**
     * Reads a time from text: an epoch number (as {@link #instant(double)}), an ISO date
     * ({@code 2024-01-02}, midnight UTC), an ISO date-time with {@code T} or a blank between date
     * and time, with an offset or {@code Z} ({@code 2024-01-02T00:00:00Z},
     * {@code 2024-01-02 09:30:00+00:00}) or without one (taken as UTC, as the database writes).
     *
     * @return the instant, or {@code null} when the text is none of these or outside the years 1 to 9999
     */
    static Instant instant(String text) {
        if (text == null) {
            return null;
        }
        String s = text.strip();
        if (s.length() >= 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
            Instant i = isoInstant(s);
            return i == null || readable(i.getEpochSecond()) == PointBuffer.NO_TIME ? null : i;
        }
        double n = number(s);
        return Double.isNaN(n) ? null : instant(n);
    }

    private static Instant isoInstant(String s) {
        Instant fast = fastIso(s);
        if (fast != null) {
            return fast;
        }
        String t = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + 'T' + s.substring(11) : s;
        try {
            TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(t,
                    OffsetDateTime::from, LocalDateTime::from);
            return parsed instanceof OffsetDateTime o ? o.toInstant()
                    : ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** Fast path for {@code yyyy-MM-dd} and {@code yyyy-MM-dd[T ]HH:mm:ss[Z]}. */
    private static Instant fastIso(String s) {
        int len = s.length();
        boolean dateOnly = len == 10;
        boolean dateTime = (len == 19 || (len == 20 && s.charAt(19) == 'Z'))
                && (s.charAt(10) == 'T' || s.charAt(10) == ' ') && s.charAt(13) == ':' && s.charAt(16) == ':';
        if (!dateOnly && !dateTime) {
            return null;
        }
        int y = digits(s, 0, 4);
        int m = digits(s, 5, 7);
        int d = digits(s, 8, 10);
        int hh = dateTime ? digits(s, 11, 13) : 0;
        int mm = dateTime ? digits(s, 14, 16) : 0;
        int ss = dateTime ? digits(s, 17, 19) : 0;
        if (y < 0 || m < 0 || d < 0 || hh < 0 || hh > 23 || mm < 0 || mm > 59 || ss < 0 || ss > 59) {
            return null;
        }
        try {
            long day = LocalDate.of(y, m, d).toEpochDay();
            return Instant.ofEpochSecond(day * 86_400L + hh * 3600L + mm * 60L + ss);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }
}
