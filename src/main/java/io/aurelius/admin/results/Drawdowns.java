package io.aurelius.admin.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Drawdowns of an equity curve.
 *
 * <p>Convention: the drawdown at a point is {@code equity / running maximum - 1} (0 at a new high,
 * negative below it). Where the running maximum is not positive (an equity at or below zero from
 * the start) the drawdown is undefined and reads NaN; such points start or extend no period.
 */
public final class Drawdowns {

    private Drawdowns() {
    }

    /** @return the underwater series, same length as {@code values} */
    public static double[] underwater(double[] values) {
        double[] dd = new double[values.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < values.length; i++) {
            peak = Math.max(peak, values[i]);
            dd[i] = peak > 0 ? values[i] / peak - 1.0 : Double.NaN;
        }
        return dd;
    }

    /** @return the deepest drawdown as a negative fraction, 0 when there is none */
    public static double maxDrawdown(double[] values) {
        double worst = 0;
        for (double d : underwater(values)) {
            if (d < worst) {
                worst = d;
            }
        }
        return worst;
    }

    /** @return the {@code n} deepest drawdown periods of the curve, deepest first */
    public static List<DrawdownPeriod> worst(Curve curve, int n) {
        return worst(curve.values(), curve.epochSeconds(), n);
    }

    /**
     * @param values       equity
     * @param epochSeconds dates of the points, or {@code null}
     * @param n            how many periods at most
     * @return the {@code n} deepest drawdown periods, deepest first (ties: earlier first)
     */
    public static List<DrawdownPeriod> worst(double[] values, long[] epochSeconds, int n) {
        List<DrawdownPeriod> all = periods(values, epochSeconds);
        all.sort(Comparator.comparingDouble(DrawdownPeriod::depth).thenComparingInt(DrawdownPeriod::start));
        return List.copyOf(all.subList(0, Math.min(n, all.size())));
    }

    /** @return every drawdown period in time order */
    public static List<DrawdownPeriod> periods(double[] values, long[] epochSeconds) {
        List<DrawdownPeriod> out = new ArrayList<>();
        int peak = -1;
        int trough = -1;
        boolean under = false;
        for (int i = 0; i < values.length; i++) {
            if (peak < 0 || values[i] >= values[peak]) {
                if (under) {
                    out.add(period(values, epochSeconds, peak, trough, i));
                    under = false;
                }
                peak = i;
            } else if (values[peak] > 0) {
                if (!under || values[i] < values[trough]) {
                    trough = i;
                }
                under = true;
            }
        }
        if (under) {
            out.add(period(values, epochSeconds, peak, trough, -1));
        }
        return out;
    }

    private static DrawdownPeriod period(double[] v, long[] t, int start, int trough, int recovery) {
        int end = recovery < 0 ? v.length - 1 : recovery;
        double depth = v[trough] / v[start] - 1.0;
        long days = t == null ? -1 : Math.floorDiv(t[end] - t[start], 86_400L);
        return new DrawdownPeriod(start, trough, recovery, depth, end - start, days,
                at(t, start), at(t, trough), recovery < 0 ? null : at(t, recovery));
    }

    private static Instant at(long[] t, int i) {
        return t == null ? null : Instant.ofEpochSecond(t[i]);
    }
}
