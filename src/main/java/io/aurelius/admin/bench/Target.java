package io.aurelius.admin.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a case should reach: an absolute time, a ratio to its floor, both or neither (shown for information).
 *
 * @param maxMillis  the median must stay under this (null: no limit)
 * @param maxRatio   the median over the floor's median must stay at or under this (null: no limit)
 * @param label      a target that is not a time (e.g. peak heap), else null
 * @param met        whether that target was met (with label only)
 */
public record Target(Double maxMillis, Double maxRatio, String label, Boolean met) {

    public static final Target INFO = new Target(null, null, null, null);

    public static Target under(double millis) {
        return new Target(millis, null, null, null);
    }

    public static Target ratio(double ratio) {
        return new Target(null, ratio, null, null);
    }

    public static Target both(double ratio, double millis) {
        return new Target(millis, ratio, null, null);
    }

    /** A target that is not a time, judged by the case itself. */
    public static Target judged(String label, boolean met) {
        return new Target(null, null, label, met);
    }

    public String text() {
        if (label != null) {
            return label;
        }
        List<String> parts = new ArrayList<>();
        if (maxRatio != null) {
            parts.add(String.format(Locale.ROOT, "<= %.2fx", maxRatio));
        }
        if (maxMillis != null) {
            parts.add("< " + Table.millis(maxMillis));
        }
        return parts.isEmpty() ? "(info)" : String.join(", ", parts);
    }

    /** "met", "MISSED" or "info". */
    public String verdict(double median, Double floorMedian) {
        if (label != null) {
            return met ? "met" : "MISSED";
        }
        if (maxMillis == null && maxRatio == null) {
            return "info";
        }
        boolean ok = maxMillis == null || median < maxMillis;
        if (maxRatio != null && floorMedian != null && floorMedian > 0) {
            ok &= median / floorMedian <= maxRatio;
        }
        return ok ? "met" : "MISSED";
    }
}
