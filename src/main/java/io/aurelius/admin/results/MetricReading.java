package io.aurelius.admin.results;

import java.util.Locale;

/**
 * One key statistic read from {@code backtests.metrics}.
 *
 * @param key    the JSON key, e.g. {@code total_return}
 * @param label  a label for people, e.g. "Total return"
 * @param unit   how the stored number is meant
 * @param status whether the value was there and readable
 * @param value  the number (NaN unless {@link Status#OK})
 * @param raw    the stored value as text ({@code null} when missing), shown when unreadable
 */
public record MetricReading(String key, String label, Unit unit, Status status, double value, String raw) {


    /** How a stored statistic is meant. */
    public enum Unit {
        /** Percent points: 12.5 means 12.5 %. */
        PERCENT,
        /** A plain ratio such as Sharpe. */
        RATIO,
        /** A count of things. */
        COUNT,
        /** A number in the engine's own unit (e.g. average trade P&amp;L). */
        NUMBER
    }

    /** Whether the value was present and numeric. */
    public enum Status { OK, MISSING, UNREADABLE }

    /** @return true when {@link #value()} holds a number */
    public boolean readable() {
        return status == Status.OK;
    }

    /** @return the value formatted with its unit, the raw text when unreadable, "—" when missing */
    public String display() {
        return switch (status) {
            case MISSING -> "—";
            case UNREADABLE -> Json.shortNumber(raw);
            case OK -> format(unit, value);
        };
    }

    static String format(Unit unit, double v) {
        if (Math.abs(v) >= 1e15) { // not 309 digits for 1e308: as the screens' Formats.decimal writes it
            return String.format(Locale.ROOT, "%.2e", v) + (unit == Unit.PERCENT ? " %" : "");
        }
        return switch (unit) {
            case PERCENT -> String.format(Locale.ROOT, "%.2f %%", v);
            case RATIO -> String.format(Locale.ROOT, "%.2f", v);
            case COUNT -> v == Math.rint(v) && Math.abs(v) < 1e15
                    ? String.format(Locale.ROOT, "%,d", (long) v) : String.format(Locale.ROOT, "%.2f", v);
            case NUMBER -> Math.abs(v) >= 1 || v == 0
                    ? String.format(Locale.ROOT, "%,.2f", v) : String.format(Locale.ROOT, "%.4g", v);
        };
    }
}
