package io.aurelius.admin.ui.backtest;

import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.CurveStats;
import io.aurelius.admin.results.DrawdownPeriod;
import io.aurelius.admin.results.Drawdowns;
import io.aurelius.admin.results.MonthlyTable;
import io.aurelius.admin.results.Reduced;
import io.aurelius.admin.results.Reducer;
import io.aurelius.admin.results.Returns;
import java.util.List;

/**
 * Everything the report derives from one parsed curve, computed once off the JavaFX thread: the x axis, the
 * underwater series, statistics, the worst drawdowns, monthly returns (with dates only) and the rolling Sharpe
 * series reduced for drawing. Arrays are shared, never modified.
 *
 * @param x          epoch seconds per point, or the point index when the curve has no dates
 * @param drawdown   equity / running peak - 1 per point (NaN where undefined)
 * @param monthly    monthly and yearly returns, or null without dates
 * @param rolling6m  rolling Sharpe over about six months, reduced (null when the curve is shorter)
 * @param rolling12m rolling Sharpe over about twelve months, reduced (null when the curve is shorter)
 */
public record CurveAnalysis(Curve curve, double[] x, double[] drawdown, CurveStats stats, List<DrawdownPeriod> worst,
                            MonthlyTable monthly, Reduced rolling6m, Reduced rolling12m, int periodsPerYear) {

    /** Points drawn per series. */
    public static final int CHART_POINTS = 2_000;

    /** Analyses the curve; a Stop of the screen ({@link Cancel#around}) ends it between steps. */
    public static CurveAnalysis of(Curve curve) {
        double[] x = curve.xAxis();
        int perYear = Returns.periodsPerYear(curve.epochSeconds());
        Cancel.checkpoint();
        MonthlyTable monthly = Returns.monthly(curve).orElse(null);
        Cancel.checkpoint();
        double[] underwater = Drawdowns.underwater(curve.values());
        Cancel.checkpoint();
        CurveStats stats = CurveStats.of(curve);
        Cancel.checkpoint();
        List<DrawdownPeriod> worst = Drawdowns.worst(curve, 5);
        Cancel.checkpoint();
        Reduced sixMonths = rolling(curve, x, perYear / 2);
        Cancel.checkpoint();
        return new CurveAnalysis(curve, x, underwater, stats, worst, monthly, sixMonths, rolling(curve, x, perYear),
                perYear);
    }

    private static Reduced rolling(Curve curve, double[] x, int window) {
        if (window < 2 || curve.count() <= window + 1) {
            return null;
        }
        double[] sharpe = Returns.rollingSharpe(curve.values(), window, Returns.periodsPerYear(curve.epochSeconds()));
        return Reducer.reduce(x, sharpe, window, sharpe.length, CHART_POINTS);
    }

    public boolean hasDates() {
        return curve.hasTimestamps();
    }

    /** True for a dated curve with several points a day (minute bars): read-outs then show the time too. */
    public boolean intraday() {
        return hasDates() && x.length > 1 && (last() - first()) / (x.length - 1) < 0.5 * 86_400;
    }

    public double first() {
        return x[0];
    }

    public double last() {
        return x[x.length - 1];
    }

    /** The series to draw for x in {@code [lo, hi]}: one point beyond each end, so lines reach the edges. */
    public ChartSeries series(double lo, double hi) {
        int[] range = Reducer.visibleRange(x, lo, hi);
        int from = Math.max(0, range[0] - 1);
        int to = Math.min(x.length, range[1] + 1);
        if (to - from < 1) {
            from = Math.max(0, Math.min(from, x.length - 1));
            to = from + 1;
        }
        return new ChartSeries(Reducer.reduce(x, curve.values(), from, to, CHART_POINTS),
                Reducer.reduce(x, drawdown, from, to, CHART_POINTS), lo, hi, to - from);
    }
}
