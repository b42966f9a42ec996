package io.aurelius.admin.demo;

import java.sql.SQLException;
import java.util.SplittableRandom;
import java.util.function.BooleanSupplier;

/**
 * Writes backtest rows in every status. Completed rows carry metrics; unless metric-only they also carry fills
 * and an equity curve, whose shape follows the path that made them: the engine path stores string-valued fills,
 * a {@code {timestamp, equity}} object curve and a nested {@code engine} object in the metrics; the simple path
 * stores numbers. Hostile strategies' backtests each carry one kind of breakage ({@link Quirk}).
 */
final class BacktestRows {

    /** Trades and curve come before metrics so the metrics can be measured from them while streaming. */
    static final String COPY = "COPY backtests (id, strategy_id, start_date, end_date, initial_capital, instruments,"
            + " status, error_message, trades, equity_curve, metrics, created_at, completed_at, duration_seconds)"
            + " FROM STDIN";

    enum Kind { REGULAR, BUSY, HUGE }

    /** The kinds of breakage, one per hostile backtest. */
    enum Quirk { NONE, METRICS_AS_STRINGS, MIXED_CURVE, CURVE_OBJECT, TRADES_OBJECT, INSTRUMENTS_OBJECT, NULLS }

    private static final double[] CAPITALS = {100_000, 100_000, 250_000, 1_000_000, 50_000};

    private BacktestRows() {
    }

    /**
     * @param k the backtest's number within its strategy (REGULAR), or within the busy strategy (BUSY)
     */
    static void write(CopyWriter w, DemoSpec spec, StrategyCore s, Kind kind, long k, Outcomes outcomes,
                      BooleanSupplier cancelled) throws SQLException {
        SplittableRandom r = switch (kind) {
            case REGULAR -> DemoRandom.stream(spec.seed(), DemoRandom.BACKTEST,
                    s.index() * spec.backtestsPerStrategy() + k);
            case BUSY -> DemoRandom.stream(spec.seed(), DemoRandom.BUSY, k);
            case HUGE -> DemoRandom.stream(spec.seed(), DemoRandom.HUGE, 0);
        };
        Quirk quirk = kind == Kind.REGULAR && s.hostile()
                ? Quirk.values()[1 + (int) ((s.hostileOrdinal() * (long) spec.backtestsPerStrategy() + k) % 6)]
                : Quirk.NONE;
        String id = DemoRandom.uuid(r);
        int st = r.nextInt(100);
        String status = kind != Kind.REGULAR || quirk != Quirk.NONE || st < 80 ? "completed"
                : st < 88 ? "failed" : st < 93 ? "running" : "pending";
        boolean completed = status.equals("completed");
        boolean full = kind != Kind.REGULAR || !spec.metricOnly() || quirk.ordinal() >= 2 && quirk.ordinal() <= 4;
        int wanted = switch (kind) {
            case REGULAR -> spec.curvePoints();
            case BUSY -> spec.busyCurvePoints();
            case HUGE -> spec.hugeCurvePoints();
        };
        int points = quirk != Quirk.NONE && full ? 40 + r.nextInt(40) : wanted > 0 ? wanted : 253 + r.nextInt(505);
        boolean intraday = points > 10_000;
        int days = intraday ? (points + DemoDates.BARS_PER_DAY - 1) / DemoDates.BARS_PER_DAY : points;
        double capital = CAPITALS[r.nextInt(CAPITALS.length)];
        String[] symbols = s.pairs() ? DemoRandom.pick(r, Words.PAIRS)
                : r.nextInt(4) == 0 ? new String[] {"SPY", "QQQ", "IWM"}
                : new String[] {Words.SYMBOLS[(int) (s.index() % Words.SYMBOLS.length)]};
        long room = Math.max(DemoDates.DAY, Math.min(120 * DemoDates.DAY, DemoDates.NOW - DemoDates.DAY - s.createdAt()));
        long created = s.createdAt() + 1 + r.nextLong(room);
        long endDay = DemoDates.businessDayOnOrBefore(Math.floorDiv(created, DemoDates.DAY) - 1 - r.nextInt(20));
        long startDay = DemoDates.addBusinessDays(endDay, -(days - 1));
        boolean engine = kind == Kind.HUGE || r.nextInt(10) < 6;
        double mu = 0.07 + 0.12 * r.nextGaussian();
        double sigma = DemoRandom.between(r, 0.08, 0.30);
        long curveSeed = r.nextLong();
        long tradeSeed = r.nextLong();

        w.text(id).text(s.id()).date(startDay).date(endDay).decimal(capital, 2);
        instruments(w, symbols, quirk);
        w.text(status);
        w.text(status.equals("failed") ? DemoRandom.pick(r, Words.BACKTEST_ERRORS) : null);
        Metrics m = null;
        if (completed && full && quirk != Quirk.NULLS) {
            w.json();
            Trades t = Trades.write(w, new SplittableRandom(tradeSeed), symbols, startDay, days, capital,
                    DemoRandom.between(r, 0.05, 0.25), mu / 50, engine, quirk == Quirk.TRADES_OBJECT);
            w.json();
            Curve.Shape shape = quirk == Quirk.MIXED_CURVE ? Curve.Shape.MIXED
                    : engine ? Curve.Shape.OBJECTS : Curve.Shape.NUMBERS;
            if (quirk == Quirk.CURVE_OBJECT) {
                w.startObject().name("equity");
            }
            Curve c = Curve.write(w, new SplittableRandom(curveSeed), points, shape, intraday, startDay, capital,
                    mu, sigma, cancelled);
            if (quirk == Quirk.CURVE_OBJECT) {
                w.name("note").str("curve stored as an object by an old API version").endObject();
            }
            m = Metrics.measured(c, t);
        } else {
            w.nul().nul();
            if (completed) {
                m = Metrics.synthetic(r, days, capital, mu, sigma);
            }
        }
        if (m == null) {
            w.nul();
        } else {
            m.write(w, r, engine, quirk, created);
            if (kind == Kind.REGULAR) {
                outcomes.record(s.index(), m.sharpe(), m.maxDrawdown(), m.totalReturn());
            }
        }
        w.timestamp(created);
        if (status.equals("completed") || status.equals("failed")) {
            double duration = kind == Kind.HUGE ? DemoRandom.between(r, 120, 300)
                    : 0.4 + days / 400.0 + DemoRandom.between(r, 0, 40);
            w.timestamp(created + (long) Math.ceil(duration));
            if (quirk == Quirk.NULLS) {
                w.nul();
            } else {
                w.decimal(duration, 3);
            }
        } else {
            w.nul().nul();
        }
        w.endRow();
    }

    private static void instruments(CopyWriter w, String[] symbols, Quirk quirk) throws SQLException {
        w.json();
        if (quirk == Quirk.INSTRUMENTS_OBJECT) {
            w.startObject().name("symbol").str(symbols[0]).name("exchange").str("ARCA").endObject();
            return;
        }
        w.startArray();
        for (String sym : symbols) {
            w.str(sym);
        }
        w.endArray();
    }
}
