package io.aurelius.admin.results;

import java.time.Instant;
import java.util.Comparator;

/**
 * One typed cell of the trades table.
 *
 * @param type    what the cell holds
 * @param raw     the stored value as text (compact JSON for objects and arrays; null when missing)
 * @param number  the number for {@link Type#NUMBER}, else NaN
 * @param instant the time for {@link Type#INSTANT}, else null
 */
public record TradeCell(Type type, String raw, double number, Instant instant) {

    /** What a cell holds; also the order of mixed types when sorting. */
    public enum Type { NUMBER, INSTANT, TEXT, BOOLEAN, JSON, NULL, MISSING }

    /** The cell of a field the trade does not have. */
    public static final TradeCell MISSING = new TradeCell(Type.MISSING, null, Double.NaN, null);

    /**
     * Sort order for a column: numbers by value, times by time, text by text (case-insensitive);
     * cells of different types by type, so null and missing cells come last.
     */
    public static final Comparator<TradeCell> ORDER = Comparator.comparing(TradeCell::type)
            .thenComparing(TradeCell::compareSameType);

    static TradeCell number(double v, String raw) {
        return new TradeCell(Type.NUMBER, raw, v, null);
    }

    static TradeCell instant(Instant i, String raw) {
        return new TradeCell(Type.INSTANT, raw, Double.NaN, i);
    }

    static TradeCell of(Type type, String raw) {
        return new TradeCell(type, raw, Double.NaN, null);
    }

    private static int compareSameType(TradeCell a, TradeCell b) {
        return switch (a.type) {
            case NUMBER -> Double.compare(a.number, b.number);
            case INSTANT -> a.instant.compareTo(b.instant);
            case NULL, MISSING -> 0;
            default -> String.CASE_INSENSITIVE_ORDER.compare(a.raw, b.raw);
        };
    }

    /** @return the text to show: the number or time read, else the raw text ("" when missing) */
    public String display() {
        return switch (type) {
            case INSTANT -> instant.toString();
            case NUMBER -> raw;
            case MISSING -> "";
            default -> raw;
        };
    }
}
