package io.aurelius.admin.results;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Returns derived from an equity curve.
 *
 * <p>Conventions: simple returns {@code v[i] / v[i-1] - 1} between consecutive points (NaN where
 * the previous equity is not positive or the return overflows a double, e.g. from 1e-320 to 1);
 * points are taken as trading periods and annualised with {@code periodsPerYear} (252 for daily
 * curves, see {@link #periodsPerYear(long[])}); the risk-free rate is 0; standard deviations are
 * sample ones (n - 1). Calendar grouping is in UTC.
 */
public final class Returns {

    /** Trading days per year, the usual annualisation for daily curves. */
    public static final int TRADING_DAYS = 252;
    /** Rolling window of about 6 months of trading days. */
    public static final int WINDOW_6M = 126;
    /** Rolling window of about 12 months of trading days. */
    public static final int WINDOW_12M = 252;

    private static final long DAY = 86_400L;

    private Returns() {
    }

    /** @return {@code values.length - 1} simple returns (empty for 0 or 1 point) */
    public static double[] simple(double[] values) {
        double[] r = new double[Math.max(0, values.length - 1)];
        for (int i = 1; i < values.length; i++) {
            r[i - 1] = change(values[i - 1], values[i]);
        }
        return r;
    }

    /** {@code to / from - 1}, NaN when {@code from} is not positive or the result is not a finite number. */
    private static double change(double from, double to) {
        double r = from > 0 ? to / from - 1.0 : Double.NaN;
        return Double.isFinite(r) ? r : Double.NaN;
    }

    /**
     * Periods per year guessed from the median spacing of the dates: 12 for monthly points (median
     * step of 25 days or more), 52 for weekly (5 days or more), else 252 (daily; intraday curves are
     * treated as daily too). Without dates: 252.
     */
    public static int periodsPerYear(long[] epochSeconds) {
        if (epochSeconds == null || epochSeconds.length < 3) {
            return TRADING_DAYS;
        }
        long[] steps = new long[epochSeconds.length - 1];
        for (int i = 1; i < epochSeconds.length; i++) {
            steps[i - 1] = epochSeconds[i] - epochSeconds[i - 1];
        }
        Arrays.sort(steps);
        long median = steps[steps.length / 2];
        return median >= 25 * DAY ? 12 : median >= 5 * DAY ? 52 : TRADING_DAYS;
    }

    /**
     * Monthly and yearly returns: each month's (year's) return is its last equity over the last
     * equity of the previous month (year) that has points, minus 1; the first month (year) is
     * measured from the curve's first point. A month without points is NaN and the next month's
     * return spans the gap; so is a return from an equity that is not positive, or one that overflows.
     *
     * @return the table, or empty when the curve has no dates
     */
    public static Optional<MonthlyTable> monthly(Curve curve) {
        if (!curve.hasTimestamps()) {
            return Optional.empty();
        }
        return Optional.of(monthly(curve.values(), curve.epochSeconds()));
    }

    /** {@link #monthly(Curve)} on arrays (timestamps non-decreasing, UTC epoch seconds). */
    public static MonthlyTable monthly(double[] values, long[] epochSeconds) {
        List<MonthlyTable.YearRow> rows = new ArrayList<>();
        if (values.length == 0) {
            return new MonthlyTable(rows);
        }
        double monthBase = values[0];
        double yearBase = values[0];
        Month month = Month.of(epochSeconds[0]);
        double[] months = newYear();
        for (int i = 1; i <= values.length; i++) {
            if (i < values.length && month.contains(epochSeconds[i])) {
                continue;
            }
            double last = values[i - 1];
            months[month.month - 1] = change(monthBase, last);
            monthBase = last;
            Month next = i < values.length ? Month.of(epochSeconds[i]) : null;
            if (next == null || next.year != month.year) {
                rows.add(new MonthlyTable.YearRow(month.year, months, change(yearBase, last)));
                yearBase = last;
                months = newYear();
            }
            month = next;
        }
        return new MonthlyTable(rows);
    }

    private static double[] newYear() {
        double[] months = new double[12];
        Arrays.fill(months, Double.NaN);
        return months;
    }

    /** A UTC calendar month and its span in epoch seconds {@code [from, to)}. */
    private record Month(int year, int month, long from, long to) {
        static Month of(long epochSecond) {
            LocalDate d = LocalDate.ofEpochDay(Math.floorDiv(epochSecond, DAY)).withDayOfMonth(1);
            long from = d.toEpochDay() * DAY;
            return new Month(d.getYear(), d.getMonthValue(), from, from + d.lengthOfMonth() * DAY);
        }

        boolean contains(long epochSecond) {
            return epochSecond >= from && epochSecond < to;
        }
    }

    /**
     * Rolling Sharpe ratio over {@code window} returns, aligned with the points: entry {@code i}
     * uses the returns into points {@code i-window+1 .. i}; entries before {@code window} are NaN,
     * so are windows with a non-readable return or no volatility (a constant return has no Sharpe).
     * Annualised by {@code sqrt(periodsPerYear)}, risk-free 0, sample standard deviation.
     *
     * @return an array as long as {@code values}
     */
    public static double[] rollingSharpe(double[] values, int window, double periodsPerYear) {
        if (window < 2) {
            throw new IllegalArgumentException("window must be at least 2: " + window);
        }
        double[] out = new double[values.length];
        Arrays.fill(out, Double.NaN);
        double[] r = simple(values);
        double shift = r.length == 0 || Double.isNaN(r[0]) ? 0 : r[0];
        double sum = 0;
        double sumSq = 0;
        int bad = 0;
        for (int k = 0; k < r.length; k++) {
            if (Double.isNaN(r[k])) {
                bad++;
            } else {
                double d = r[k] - shift;
                sum += d;
                sumSq += d * d;
            }
            if (k >= window) {
                double old = r[k - window];
                if (Double.isNaN(old)) {
                    bad--;
                } else {
                    double d = old - shift;
                    sum -= d;
                    sumSq -= d * d;
                }
            }
            if (k >= window - 1 && bad == 0) {
                double variance = (sumSq - sum * sum / window) / (window - 1);
                out[k + 1] = sharpe(sum / window + shift, variance, periodsPerYear);
            }
        }
        return out;
    }

    /** @return annualised Sharpe from a mean and a variance of periodic returns; NaN without volatility */
    static double sharpe(double mean, double variance, double periodsPerYear) {
        double sd = Math.sqrt(Math.max(0, variance));
        if (sd <= 1e-12 * Math.max(1.0, Math.abs(mean))) {
            return Double.NaN;
        }
        return mean / sd * Math.sqrt(periodsPerYear);
    }
}
