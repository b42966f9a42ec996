package io.aurelius.admin.demo;

/**
 * What to generate. Counts are exact.
 *
 * @param strategies           strategies to write
 * @param backtestsPerStrategy backtests per strategy (every status; completed ones carry metrics)
 * @param curvePoints          points per equity curve of those backtests: 0 = daily over a 1 to 3 year period,
 *                             else exactly this many daily points (the period is sized to fit)
 * @param metricOnly           those backtests carry metrics but no trades and no equity curve
 * @param seed                 same seed, same rows (ids included)
 * @param validations          validations in all, spread evenly over the strategies
 * @param gateResults          gate results in all (dev, then crv after a passed dev, then product after a passed
 *                             crv), spread evenly over the strategies
 * @param busyBacktests        extra completed backtests with trades and curves, all on the first strategy
 *                             ("a strategy with 1,000 backtests")
 * @param busyCurvePoints      curve points of each of those (0 = daily over 1 to 3 years)
 * @param hugeCurvePoints      0 = none; else one extra completed backtest on the second strategy with a curve of
 *                             this many points (minute bars when longer than 10,000)
 * @param hostile              include deliberately broken rows (DATA-SHAPES.md "Hostile and broken data")
 * @param force                write even when the AURELIUS tables hold rows that are not demo data
 * @param replace              clear earlier demo data first
 */
public record DemoSpec(long strategies, int backtestsPerStrategy, int curvePoints, boolean metricOnly, long seed,
                       long validations, long gateResults, int busyBacktests, int busyCurvePoints,
                       int hugeCurvePoints, boolean hostile, boolean force, boolean replace) {

    public static final long DEFAULT_SEED = 42;
    public static final long DEFAULT_STRATEGIES = 10_000;

    public DemoSpec {
        if (strategies < 1) {
            throw new IllegalArgumentException("Demo data needs at least 1 strategy.");
        }
        if (backtestsPerStrategy < 0 || validations < 0 || gateResults < 0 || busyBacktests < 0) {
            throw new IllegalArgumentException("Demo row counts cannot be negative.");
        }
        if (curvePoints < 0 || curvePoints == 1 || busyCurvePoints < 0 || busyCurvePoints == 1
                || hugeCurvePoints < 0 || hugeCurvePoints == 1) {
            throw new IllegalArgumentException("A curve needs 0 (automatic) or at least 2 points.");
        }
        if (hugeCurvePoints > 0 && strategies < 2) {
            throw new IllegalArgumentException("The huge-curve backtest needs at least 2 strategies.");
        }
    }

    /**
     * The default data set for n strategies: 3 backtests each with trades and daily curves, one validation per
     * two strategies, about one gate result per strategy, a few hostile rows.
     */
    public static DemoSpec of(long strategies) {
        return new DemoSpec(strategies, 3, 0, false, DEFAULT_SEED, Math.max(1, strategies / 2), strategies,
                0, 0, 0, true, false, false);
    }

    /** The benchmark data set of issue 7. */
    public static DemoSpec benchmark() {
        return new DemoSpec(1_000_000, 3, 0, true, 7, 100_000, 300_000, 1_000, 2_520, 1_000_000, true, false,
                false);
    }

    public DemoSpec withSeed(long s) {
        return new DemoSpec(strategies, backtestsPerStrategy, curvePoints, metricOnly, s, validations, gateResults,
                busyBacktests, busyCurvePoints, hugeCurvePoints, hostile, force, replace);
    }

    public DemoSpec withBacktests(int perStrategy, int points, boolean onlyMetrics) {
        return new DemoSpec(strategies, perStrategy, points, onlyMetrics, seed, validations, gateResults,
                busyBacktests, busyCurvePoints, hugeCurvePoints, hostile, force, replace);
    }

    public DemoSpec withValidationsAndGates(long v, long g) {
        return new DemoSpec(strategies, backtestsPerStrategy, curvePoints, metricOnly, seed, v, g,
                busyBacktests, busyCurvePoints, hugeCurvePoints, hostile, force, replace);
    }

    public DemoSpec withLargeCurves(int busy, int busyPoints, int hugePoints) {
        return new DemoSpec(strategies, backtestsPerStrategy, curvePoints, metricOnly, seed, validations,
                gateResults, busy, busyPoints, hugePoints, hostile, force, replace);
    }

    public DemoSpec withHostile(boolean h) {
        return new DemoSpec(strategies, backtestsPerStrategy, curvePoints, metricOnly, seed, validations,
                gateResults, busyBacktests, busyCurvePoints, hugeCurvePoints, h, force, replace);
    }

    public DemoSpec withSafety(boolean forceIt, boolean replaceIt) {
        return new DemoSpec(strategies, backtestsPerStrategy, curvePoints, metricOnly, seed, validations,
                gateResults, busyBacktests, busyCurvePoints, hugeCurvePoints, hostile, forceIt, replaceIt);
    }

    /** Backtest rows in all. */
    public long backtests() {
        return strategies * backtestsPerStrategy + busyBacktests + (hugeCurvePoints > 0 ? 1 : 0);
    }

    /** The same data (same rows): everything but force and replace. */
    public boolean sameDataAs(DemoSpec o) {
        return withSafety(false, false).equals(o.withSafety(false, false));
    }
}
