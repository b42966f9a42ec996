package io.aurelius.admin.demo;

import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Streams an equity curve (a random walk with drift, volatility and occasional stress regimes that make real
 * drawdowns) into a JSON column and measures it on the way: the metrics written after it are computed from
 * exactly the stored (cent-rounded) values. Never holds the curve in memory.
 */
final class Curve {

    enum Shape { NUMBERS, OBJECTS, MIXED }

    double first;
    double last;
    private double peak;
    /** Most negative (equity / running peak - 1), as a fraction. */
    double maxDrawdown;
    long returns;
    private double sum;
    private double sumSq;
    private double downSq;
    private final double barsPerYear;

    private Curve(double barsPerYear) {
        this.barsPerYear = barsPerYear;
    }

    /**
     * @param startDay first business day; daily points close at 16:00 New York, minute bars run 09:30-16:00
     */
    static Curve write(CopyWriter w, SplittableRandom r, int points, Shape shape, boolean intraday, long startDay,
                       double capital, double mu, double sigma, BooleanSupplier cancelled) throws SQLException {
        double perYear = intraday ? 252.0 * DemoDates.BARS_PER_DAY : 252.0;
        Curve c = new Curve(perYear);
        double dt = 1 / perYear;
        double volStep = sigma * Math.sqrt(dt);
        double stressChance = 3.0 / perYear; // about three stress episodes a year
        int stressLeft = 0;
        double eq = capital;
        long day = startDay;
        int bar = 0;
        w.startArray();
        for (int p = 0; p < points; p++) {
            if (p > 0) {
                if (stressLeft == 0 && r.nextDouble() < stressChance) {
                    stressLeft = (5 + r.nextInt(30)) * (intraday ? DemoDates.BARS_PER_DAY : 1);
                }
                double drift = stressLeft > 0 ? -1.2 : mu;
                double vol = stressLeft > 0 ? volStep * 1.8 : volStep;
                if (stressLeft > 0) {
                    stressLeft--;
                }
                double ret = drift * dt + vol * r.nextGaussian();
                double next = Math.max(0.01 * capital, Math.round(eq * (1 + ret) * 100) / 100.0);
                c.step(eq, next);
                eq = next;
                if (intraday) {
                    if (++bar == DemoDates.BARS_PER_DAY) {
                        bar = 0;
                        day = DemoDates.addBusinessDays(day, 1);
                    }
                } else {
                    day = DemoDates.addBusinessDays(day, 1);
                }
                if ((p & 0xFFFF) == 0 && cancelled.getAsBoolean()) {
                    throw new CancellationException("cancelled");
                }
            } else {
                c.first = eq;
                c.peak = eq;
            }
            long ts = day * DemoDates.DAY + (intraday ? DemoDates.MARKET_OPEN + 60L * bar : 21 * 3600);
            switch (shape) {
                case NUMBERS -> w.num(eq, 2);
                case OBJECTS -> w.startObject().name("timestamp").num(ts).name("equity").numStr(eq, 2).endObject();
                case MIXED -> mixed(w, p, eq, ts);
            }
        }
        w.endArray();
        c.last = eq;
        return c;
    }

    /** A hostile curve: numbers, numeric strings, "n/a", nulls and objects in one array. */
    private static void mixed(CopyWriter w, int p, double eq, long ts) throws SQLException {
        switch (p % 5) {
            case 0 -> w.num(eq, 2);
            case 1 -> w.numStr(eq, 2);
            case 2 -> w.str(p == 2 ? "n/a" : null);
            case 3 -> w.startObject().name("timestamp").num(ts).name("equity").num(eq, 2).endObject();
            default -> w.num(eq, 4);
        }
    }

    private void step(double prev, double next) {
        double ret = next / prev - 1;
        returns++;
        sum += ret;
        sumSq += ret * ret;
        if (ret < 0) {
            downSq += ret * ret;
        }
        if (next > peak) {
            peak = next;
        }
        maxDrawdown = Math.min(maxDrawdown, next / peak - 1);
    }

    double totalReturnPct() {
        return (last / first - 1) * 100;
    }

    double sharpe() {
        if (returns < 2) {
            return 0;
        }
        double mean = sum / returns;
        double var = (sumSq - returns * mean * mean) / (returns - 1);
        return var <= 0 ? 0 : mean / Math.sqrt(var) * Math.sqrt(barsPerYear);
    }

    double sortino() {
        if (returns < 2 || downSq == 0) {
            return sharpe();
        }
        double mean = sum / returns;
        return mean / Math.sqrt(downSq / returns) * Math.sqrt(barsPerYear);
    }

    double maxDrawdownPct() {
        return maxDrawdown * 100;
    }

    double calmar() {
        double years = Math.max(returns / barsPerYear, 1.0 / 252);
        double annual = Math.pow(last / first, 1 / years) - 1;
        return maxDrawdown == 0 ? 0 : annual / -maxDrawdown;
    }
}
