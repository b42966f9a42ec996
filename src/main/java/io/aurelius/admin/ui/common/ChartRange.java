package io.aurelius.admin.ui.common;

import java.util.Locale;

/**
 * What a JavaFX number axis can draw. Its auto-range overflows for values near the largest double (±1e308) and
 * cannot divide a span of values all closer to 0 than about 1e-300; either way the chart draws nothing and says
 * nothing. Values beyond {@link #LARGEST} are therefore left out of charts with a sentence in their place.
 */
public final class ChartRange {

    /** The largest magnitude a chart draws. */
    public static final double LARGEST = 1e300;
    /** Values closer to 0 than this are drawn as 0. */
    public static final double SMALLEST = 1e-300;

    private ChartRange() {
    }

    /** True for a finite value a chart can place. */
    public static boolean drawable(double v) {
        return Double.isFinite(v) && Math.abs(v) <= LARGEST;
    }

    /**
     * Why these values cannot be drawn on one axis, as a sentence naming them ("The equity values"), or null when
     * they can; NaN values (gaps) are skipped.
     */
    public static String problem(double[] values, String what) {
        double largest = 0;
        for (double v : values) {
            if (Double.isNaN(v)) {
                continue;
            }
            if (!drawable(v)) {
                return what + " reach " + scientific(v) + ", beyond what a chart can draw (±1e300).";
            }
            largest = Math.max(largest, Math.abs(v));
        }
        if (largest > 0 && largest < SMALLEST) {
            return what + " are all closer to 0 than 1e-300, too small for a chart to tell apart.";
        }
        return null;
    }

    /** 1.0e+308, -Infinity. */
    public static String scientific(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.1e", v) : Double.toString(v);
    }
}
