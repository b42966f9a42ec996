package io.aurelius.admin.query;

import io.aurelius.admin.results.CurveResult;
import io.aurelius.admin.results.TradeTable;
import java.util.Optional;

/**
 * The read side of the backtest report: the header, then the equity curve (streamed straight into primitive
 * arrays, never through an entity or a String) and the trades, each its own read-only call so the screen can
 * show the header at once and the heavy parts as they arrive.
 */
public interface BacktestReports {

    /** The columns {@link #raw} may show. */
    java.util.List<String> RAW_COLUMNS = java.util.List.of("metrics", "trades", "equity_curve");

    Optional<BacktestReport> report(String id);

    /** The parsed curve, or the problem with it; a missing backtest reads as an empty curve. */
    CurveResult curve(String id);

    /** The trades as a table (a problem sentence when there are none or they are unreadable). */
    TradeTable trades(String id);

    /**
     * One JSON column as text, at most {@code limit} characters.
     *
     * @param column one of {@link #RAW_COLUMNS}
     */
    RawJson raw(String id, String column, int limit);

    /** The newest completed backtest whose curve is an array (for snapshots), if any. */
    Optional<String> newestWithCurve();

    /** Up to {@code limit} of the newest completed backtests whose curve is an array, newest first. */
    java.util.List<String> newestWithCurves(int limit);

    /** The {@code strategies.parameters} JSON text of a strategy, empty when the strategy is gone. */
    Optional<String> strategyParameters(String strategyId);
}
