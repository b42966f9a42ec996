package io.aurelius.admin.results;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Summary statistics computed from the curve itself, to set beside the stored {@code metrics}.
 *
 * <p>All ratios are fractions (0.12 = 12 %). Conventions: simple returns between points (see
 * {@link Returns}); {@code years} is the dated span ({@code days / 365.25}) or, without dates,
 * {@code (points - 1) / periodsPerYear}; CAGR {@code = (last / first)^(1 / years) - 1};
 * volatility = sample standard deviation of the returns × sqrt(periodsPerYear); Sharpe = mean /
 * sample standard deviation × sqrt(periodsPerYear), risk-free 0; Sortino = mean / downside
 * deviation × sqrt(periodsPerYear), where the downside deviation is
 * {@code sqrt(sum(min(r, 0)^2) / count)} (target 0); max drawdown from {@link Drawdowns}; Calmar
 * = CAGR / |max drawdown|. Anything that cannot be computed (one point, no volatility, no
 * drawdown, equity not positive) is NaN.
 *
 * @param points         number of points
 * @param periodsPerYear annualisation used
 * @param years          time span in years
 * @param totalReturn    last / first - 1
 * @param cagr           compound annual growth rate
 * @param volatility     annualised volatility
 * @param sharpe         annualised Sharpe ratio
 * @param sortino        annualised Sortino ratio
 * @param maxDrawdown    deepest drawdown, negative (e.g. -0.2)
 * @param calmar         CAGR / |max drawdown|
 */
public record CurveStats(int points, double periodsPerYear, double years, double totalReturn, double cagr,
        double volatility, double sharpe, double sortino, double maxDrawdown, double calmar) {

    /** Computes the statistics with the periods per year guessed from the dates. */
    public static CurveStats of(Curve curve) {
        return of(curve.values(), curve.epochSeconds(), Returns.periodsPerYear(curve.epochSeconds()));
    }

    /** Computes the statistics; {@code epochSeconds} may be null. */
    public static CurveStats of(double[] values, long[] epochSeconds, double periodsPerYear) {
        int n = values.length;
        double years = n < 2 ? Double.NaN : epochSeconds != null
                ? (epochSeconds[n - 1] - epochSeconds[0]) / (365.25 * 86_400.0)
                : (n - 1) / periodsPerYear;
        double ratio = n < 2 || values[0] <= 0 ? Double.NaN : values[n - 1] / values[0] - 1.0;
        double total = Double.isFinite(ratio) ? ratio : Double.NaN; // e.g. from 1e-320 to 1: no finite return
        double cagr = years > 0 && total > -1 ? Math.pow(1 + total, 1 / years) - 1 : Double.NaN;
        Moments m = Moments.of(Returns.simple(values));
        double sqrtP = Math.sqrt(periodsPerYear);
        double vol = m.count > 1 ? Math.sqrt(m.variance) * sqrtP : Double.NaN;
        double sharpe = m.count > 1 ? Returns.sharpe(m.mean, m.variance, periodsPerYear) : Double.NaN;
        double sortino = m.downside > 0 ? m.mean / m.downside * sqrtP : Double.NaN;
        double maxDd = n < 2 ? Double.NaN : Drawdowns.maxDrawdown(values);
        double calmar = maxDd < 0 ? cagr / -maxDd : Double.NaN;
        return new CurveStats(n, periodsPerYear, years, total, cagr, vol, sharpe, sortino, maxDd, calmar);
    }

    /**
     * The statistics under the stored metrics' names and units, for a side-by-side comparison:
     * {@code total_return} and {@code max_drawdown} in percent, the ratios as they are.
     */
    public Map<String, Double> inMetricUnits() {
        Map<String, Double> m = new LinkedHashMap<>();
        m.put("total_return", totalReturn * 100);
        m.put("sharpe_ratio", sharpe);
        m.put("sortino_ratio", sortino);
        m.put("max_drawdown", maxDrawdown * 100);
        m.put("calmar_ratio", calmar);
        m.put("cagr", cagr * 100);
        m.put("volatility", volatility * 100);
        return m;
    }

    /** Mean, sample variance and downside deviation of the readable returns. */
    private record Moments(int count, double mean, double variance, double downside) {
        static Moments of(double[] r) {
            int count = 0;
            double sum = 0;
            double down = 0;
            for (double x : r) {
                if (!Double.isNaN(x)) {
                    count++;
                    sum += x;
                    down += x < 0 ? x * x : 0;
                }
            }
            double mean = count == 0 ? Double.NaN : sum / count;
            double ss = 0;
            for (double x : r) {
                ss += Double.isNaN(x) ? 0 : (x - mean) * (x - mean);
            }
            double variance = count > 1 ? ss / (count - 1) : Double.NaN;
            return new Moments(count, mean, variance, count == 0 ? Double.NaN : Math.sqrt(down / count));
        }
    }
}
