package io.aurelius.admin.demo;

import java.sql.SQLException;
import java.util.SplittableRandom;

/**
 * A completed backtest's metrics object: the nine keys of DATA-SHAPES.md, rounded as stored, plus (engine path)
 * a nested {@code engine} object with the run's identity, parity check and provenance, and now and then keys the
 * client does not know.
 */
record Metrics(double totalReturn, double sharpe, double sortino, double maxDrawdown, double winRate,
               double profitFactor, long totalTrades, double avgTrade, double calmar) {

    static final String[] KEYS = {"total_return", "sharpe_ratio", "sortino_ratio", "max_drawdown", "win_rate",
        "profit_factor", "total_trades", "avg_trade", "calmar_ratio"};

    /** Measured from the stored curve and fills. */
    static Metrics measured(Curve c, Trades t) {
        return rounded(c.totalReturnPct(), c.sharpe(), c.sortino(), c.maxDrawdownPct(), t.winRatePct(),
                t.profitFactor(), t.fills, t.avgTrade(), c.calmar());
    }

    /** Plausible numbers for a metric-only backtest over the given business days. */
    static Metrics synthetic(SplittableRandom r, int days, double capital, double mu, double sigma) {
        double years = days / 252.0;
        double sharpe = mu / sigma + 0.15 * r.nextGaussian();
        double total = (Math.pow(Math.max(0.05, 1 + mu), years) - 1) * 100;
        double dd = -Math.min(95, sigma * 100 * DemoRandom.between(r, 0.5, 1.4) * Math.sqrt(years));
        double sortino = sharpe * DemoRandom.between(r, 1.2, 1.7);
        double calmar = mu * 100 / -dd;
        int roundTrips = Math.max(1, (int) (days / 20.0 * DemoRandom.between(r, 0.5, 1.5)));
        double win = Math.max(5, Math.min(95, 50 + 12 * sharpe + 6 * r.nextGaussian()));
        double pf = Math.exp(0.35 * sharpe + 0.1 * r.nextGaussian());
        double avg = capital * total / 100 / roundTrips;
        return rounded(total, sharpe, sortino, dd, win, pf, 2L * roundTrips, avg, calmar);
    }

    private static Metrics rounded(double total, double sharpe, double sortino, double dd, double win, double pf,
                                   long trades, double avg, double calmar) {
        return new Metrics(DemoRandom.round(total, 2), DemoRandom.round(sharpe, 3), DemoRandom.round(sortino, 3),
                DemoRandom.round(Math.min(dd, 0), 2), DemoRandom.round(win, 2), DemoRandom.round(pf, 3), trades,
                DemoRandom.round(avg, 2), DemoRandom.round(calmar, 3));
    }

    void write(CopyWriter w, SplittableRandom r, boolean engine, BacktestRows.Quirk quirk, long created)
            throws SQLException {
        w.json().startObject();
        if (quirk == BacktestRows.Quirk.METRICS_AS_STRINGS) {
            w.name("total_return").numStr(totalReturn, 2).name("sharpe_ratio").str("n/a")
                    .name("sortino_ratio").numStr(sortino, 3).name("max_drawdown").str(maxDrawdown + "%")
                    .name("win_rate").numStr(winRate, 2).name("profit_factor").str("inf")
                    .name("total_trades").numStr(totalTrades).name("avg_trade").str("")
                    .name("calmar_ratio").str("n/a");
        } else if (quirk == BacktestRows.Quirk.NULLS) {
            w.name("total_return").num(totalReturn, 2).name("sharpe_ratio").jnull().name("sortino_ratio").jnull()
                    .name("max_drawdown").num(maxDrawdown, 2).name("win_rate").jnull().name("profit_factor").jnull()
                    .name("total_trades").num(totalTrades).name("avg_trade").jnull().name("calmar_ratio").jnull();
        } else {
            w.name("total_return").num(totalReturn, 2).name("sharpe_ratio").num(sharpe, 3)
                    .name("sortino_ratio").num(sortino, 3).name("max_drawdown").num(maxDrawdown, 2)
                    .name("win_rate").num(winRate, 2).name("profit_factor").num(profitFactor, 3)
                    .name("total_trades").num(totalTrades).name("avg_trade").num(avgTrade, 2)
                    .name("calmar_ratio").num(calmar, 3);
        }
        if (r.nextInt(20) == 0) {
            w.name("exposure").num(DemoRandom.between(r, 0.2, 1.0), 3);
            w.name("turnover").num(DemoRandom.between(r, 1, 40), 2);
            w.name("benchmark").str("SPY");
        }
        if (engine) {
            engine(w, r, created);
        }
        w.endObject();
    }

    private static void engine(CopyWriter w, SplittableRandom r, long created) throws SQLException {
        boolean parityOk = r.nextInt(50) != 0;
        w.name("engine").startObject();
        w.name("run_identity").startObject()
                .name("run_id").str(DemoRandom.uuid(r))
                .name("engine").str("aurelius-engine")
                .name("engine_version").str("1." + r.nextInt(6) + "." + r.nextInt(10))
                .name("config_hash").str("sha256:" + DemoRandom.hex(r, 16))
                .endObject();
        w.name("parity_check").startObject()
                .name("reference").str("vectorized")
                .bool("passed", parityOk)
                .name("max_abs_diff").num(parityOk ? r.nextDouble() * 1e-5 : 0.001 + r.nextDouble() * 0.01, 8)
                .name("tolerance").num(0.0001, 4)
                .endObject();
        w.name("provenance").startObject()
                .name("data_source").str(r.nextBoolean() ? "polygon" : "yfinance")
                .name("dataset_version").isoDate(Math.floorDiv(created, DemoDates.DAY) - 1 - r.nextInt(30))
                .name("code_commit").str(DemoRandom.hex(r, 7))
                .name("generated_at").isoTime(created)
                .endObject();
        w.endObject();
    }
}
