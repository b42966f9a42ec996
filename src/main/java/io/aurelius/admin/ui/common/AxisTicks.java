package io.aurelius.admin.ui.common;

import java.util.Locale;
import javafx.scene.chart.NumberAxis;
import javafx.util.StringConverter;

/**
 * Tick labels for a value axis that always tell neighbouring ticks apart: each label carries as many decimals as
 * the axis's tick spacing needs, so a flat or zoomed equity curve reads "99.8k 100.0k 100.2k", never "100k 100k
 * 100k". The labels follow the axis as it ranges itself: the spacing and bounds are read when a label is made.
 */
public final class AxisTicks {

    /** How an axis writes its values. */
    public enum Style {
        /** Money: 1.25M, 250k, 9,500 (k from 10,000 up, M from a million, B from a billion). */
        MONEY,
        /** A fraction as a percent: -0.125 is "-12.5%". */
        PERCENT,
        /** A plain number, e.g. a Sharpe ratio or growth of 1. */
        PLAIN
    }

    /** Most decimals a label gets; a spacing finer than this is beyond what a chart axis draws apart. */
    static final int MOST_DECIMALS = 10;
    /** Most decimals of a shortened money label (1.25B, 1.25M, 99.5k) before a finer spacing writes it out. */
    private static final int[] SHORT_DECIMALS = {2, 2, 1};
    private static final double[] SCALES = {1e9, 1e6, 1e3, 1};
    private static final String[] SUFFIXES = {"B", "M", "k", ""};
    /** The smallest value shortened to thousands: below it, money is written out (9,500). */
    private static final double THOUSANDS_FROM = 1e4;

    private AxisTicks() {
    }

    /** Tick labels for {@code axis} in {@code style}, distinct at whatever spacing the axis chooses. */
    public static StringConverter<Number> of(NumberAxis axis, Style style) {
        return new StringConverter<>() {
            @Override
            public String toString(Number n) {
                if (n == null) {
                    return "";
                }
                double magnitude = Math.max(Math.abs(axis.getLowerBound()), Math.abs(axis.getUpperBound()));
                return label(n.doubleValue(), axis.getTickUnit(), magnitude, style);
            }

            @Override
            public Number fromString(String s) {
                return null;
            }
        };
    }

    /**
     * The label of the tick at {@code v} on an axis whose ticks are {@code step} apart and whose largest value (in
     * size) is {@code magnitude}.
     */
    public static String label(double v, double step, double magnitude, Style style) {
        if (!Double.isFinite(v)) {
            return "";
        }
        double value = Math.abs(v) < Math.abs(step) * 1e-6 ? 0 : v; // 1e-17 from summed ticks is 0, not "-0.0"
        return switch (style) {
            case PERCENT -> format(value * 100, decimals(step * 100, value * 100), "%");
            case PLAIN -> format(value, decimals(step, value), "");
            case MONEY -> money(value, step, magnitude);
        };
    }

    /**
     * Shortened by the axis's size (1.25M, 99.5k) while a few decimals tell the ticks apart (two for B and M, one
     * for k); written out (100,010) when they would need more.
     */
    private static String money(double v, double step, double magnitude) {
        for (int i = 0; i < SCALES.length - 1; i++) {
            double scale = SCALES[i];
            if (magnitude >= Math.max(scale, THOUSANDS_FROM)) {
                int d = decimals(step / scale, v / scale);
                if (d > SHORT_DECIMALS[i]) {
                    break;
                }
                return v == 0 ? "0" : format(v / scale, d, SUFFIXES[i]);
            }
        }
        return format(v, decimals(step, v), "");
    }

    /**
     * Decimals for the tick at {@code v} of ticks {@code step} apart: those of the spacing, or more when the value
     * needs them. A value on the axis's ticks never does; but while JavaFX sizes an axis it labels candidate ticks
     * before it sets their spacing, and the labels it measures must be as wide as the ones it will show.
     */
    private static int decimals(double step, double v) {
        return Math.max(decimals(step), exact(v));
    }

    private static String format(double v, int decimals, String suffix) {
        return String.format(Locale.ROOT, "%,." + decimals + "f", v) + suffix;
    }

    /**
     * The fewest decimals that write every multiple of {@code step} exactly: 0 for 200, 1 for 0.5, 2 for 0.25 (at
     * most {@value #MOST_DECIMALS}).
     */
    static int decimals(double step) {
        double s = Math.abs(step);
        if (!(s > 0) || !Double.isFinite(s)) {
            return 0;
        }
        for (int d = 0; d < MOST_DECIMALS; d++) {
            double scaled = s * Math.pow(10, d);
            if (scaled >= 1 - 1e-9 && Math.abs(scaled - Math.rint(scaled)) < 1e-6 * scaled) {
                return d;
            }
        }
        return MOST_DECIMALS;
    }

    /** The fewest decimals that write {@code v} exactly (up to rounding noise): 0 for 3, 2 for 1.25. */
    static int exact(double v) {
        if (!Double.isFinite(v)) {
            return 0;
        }
        for (int d = 0; d < MOST_DECIMALS; d++) {
            double scaled = Math.abs(v) * Math.pow(10, d);
            if (Math.abs(scaled - Math.rint(scaled)) <= 1e-9 * Math.max(1, scaled)) {
                return d;
            }
        }
        return MOST_DECIMALS;
    }
}
