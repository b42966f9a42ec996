package io.aurelius.admin.query;

import java.time.LocalDateTime;

/**
 * One backtest in a strategy's Backtests tab; metrics extracted in SQL, never the trades or curve.
 *
 * @param instruments the symbols joined with ", ", or the raw JSON when it is not an array of strings
 */
public record BacktestRow(String id, String startDate, String endDate, double initialCapital, String instruments,
                          String status, String errorMessage, Reading sharpe, Reading totalReturn,
                          Reading maxDrawdown, Reading totalTrades, Double durationSeconds,
                          LocalDateTime createdAt, LocalDateTime completedAt) {
}
