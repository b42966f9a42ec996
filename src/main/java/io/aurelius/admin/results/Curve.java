package io.aurelius.admin.results;

import java.time.Instant;

/**
 * An equity curve in primitive arrays, as parsed by {@link CurveParser}.
 *
 * <p>The arrays are exactly {@code count} long (trimmed) and are shared, not copied: do not
 * modify them. {@code epochSeconds} is {@code null} when the stored curve has no timestamps
 * (a plain array of numbers); otherwise it is non-decreasing, in UTC epoch seconds.
 *
 * @param values       equity values, all finite
 * @param epochSeconds UTC epoch seconds per point, or {@code null} when the curve has no dates
 * @param count        number of points ({@code >= 1})
 * @param skipped      unreadable points left out ("n/a", null, text, missing equity or timestamp)
 */
public record Curve(double[] values, long[] epochSeconds, int count, int skipped) implements CurveResult {

    /** @return true when every point has a date */
    public boolean hasTimestamps() {
        return epochSeconds != null;
    }

    /** @return true for a curve of one point: it can be shown, but has no returns or drawdowns */
    public boolean isSinglePoint() {
        return count == 1;
    }

    /** @return the instant of point {@code i}, or {@code null} when the curve has no dates */
    public Instant instant(int i) {
        return epochSeconds == null ? null : Instant.ofEpochSecond(epochSeconds[i]);
    }

    /**
     * The x axis for charts and the {@link Reducer}: epoch seconds when dates exist, else the
     * point index. Allocates a new array each call.
     */
    public double[] xAxis() {
        double[] x = new double[count];
        for (int i = 0; i < count; i++) {
            x[i] = epochSeconds == null ? i : epochSeconds[i];
        }
        return x;
    }

    /**
     * @return a one-sentence note for the chart area when something was left out or the curve is
     *         too short for statistics, or {@code null} when there is nothing to say
     */
    public String note() {
        StringBuilder s = new StringBuilder();
        if (count == 1) {
            s.append("The curve has one point only: no returns or drawdowns.");
        }
        if (skipped > 0) {
            if (s.length() > 0) {
                s.append(' ');
            }
            s.append(skipped).append(skipped == 1 ? " unreadable point was" : " unreadable points were")
                    .append(" left out (not a number, null or missing a value).");
        }
        return s.length() == 0 ? null : s.toString();
    }
}
