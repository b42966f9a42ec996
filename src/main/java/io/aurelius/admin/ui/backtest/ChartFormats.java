package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.ui.common.Formats;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report's charts and tables write dates, money, percentages and ratios. */
public final class ChartFormats {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter MINUTE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);
    private static final long DAY_SECONDS = 86_400L;
    /** Tick spacings for a date axis, in seconds: an hour up to five years. */
    private static final long[] DATE_UNITS = {3_600, 6 * 3_600, DAY_SECONDS, 7 * DAY_SECONDS, 30 * DAY_SECONDS,
        91 * DAY_SECONDS, 182 * DAY_SECONDS, 365 * DAY_SECONDS, 730 * DAY_SECONDS, 1826 * DAY_SECONDS};

    private ChartFormats() {
    }

    /** An x value for a read-out: the date (and the time for intraday curves) or "point N". */
    static String x(double x, boolean dates, boolean intraday) {
        if (!dates) {
            return "point " + String.format(Locale.ROOT, "%,d", (long) Math.rint(x));
        }
        Instant at = Instant.ofEpochSecond((long) Math.rint(x));
        return intraday ? MINUTE.format(at) : DAY.format(at);
    }

    /** An x tick label: months for long spans, days for shorter ones, minutes within a few days. */
    public static String tick(double x, boolean dates, double span) {
        if (!dates) {
            return String.format(Locale.ROOT, "%,d", (long) Math.rint(x));
        }
        Instant at = Instant.ofEpochSecond((long) Math.rint(x));
        return span > 2 * 365 * DAY_SECONDS ? MONTH.format(at) : span > 3 * DAY_SECONDS ? DAY.format(at)
                : MINUTE.format(at);
    }

    /** A tick spacing giving about {@code ticks} ticks over {@code span}. */
    public static double tickUnit(double span, boolean dates, int ticks) {
        double raw = Math.max(span / ticks, 1e-9);
        if (dates) {
            for (long unit : DATE_UNITS) {
                if (unit >= raw) {
                    return unit;
                }
            }
            return Math.ceil(raw / (365 * DAY_SECONDS)) * 365 * DAY_SECONDS;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude;
        double nice = step <= 1 ? 1 : step <= 2 ? 2 : step <= 5 ? 5 : 10;
        return Math.max(1, nice * magnitude);
    }

    /**
     * Money in a read-out: 123,456.78. Like every number here, a value of 10^15 or more is written in scientific
     * notation (1.00e+308, not 309 digits) and a non-finite one as "—" ({@link Formats#decimal}).
     */
    static String money(double v) {
        return number(v, 2);
    }

    /** A fraction as percent: -0.1234 -> "-12.34 %". */
    static String percent(double fraction, int decimals) {
        return !Double.isFinite(fraction) ? Formats.NONE : number(fraction * 100, decimals) + " %";
    }

    /** A fraction as a short percent for heatmap cells: -0.1234 -> "-12.3%"; blank for a month without one. */
    static String shortPercent(double fraction) {
        return Double.isNaN(fraction) ? "" : !Double.isFinite(fraction) ? Formats.NONE
                : number(fraction * 100, 1) + "%";
    }

    static String ratio(double v) {
        return number(v, 2);
    }

    private static String number(double v, int decimals) {
        return Formats.fixed(v, decimals, Locale.ROOT);
    }

    static String date(Instant at) {
        return at == null ? "—" : DAY.format(at);
    }
}
