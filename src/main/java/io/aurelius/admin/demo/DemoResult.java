package io.aurelius.admin.demo;

import java.time.Duration;
import java.util.Map;

/**
 * What a generate run wrote.
 *
 * @param rows                 rows per table, in load order
 * @param bytes                COPY bytes sent
 * @param busyStrategyId       the strategy holding the extra full backtests (null if none were asked for)
 * @param hugeCurveBacktestId  the backtest with the huge curve (null if none)
 * @param cleared              rows of earlier demo data that --replace removed, 0 if none
 */
public record DemoResult(DemoSpec spec, Map<String, Long> rows, long bytes, Duration elapsed, String busyStrategyId,
                         String hugeCurveBacktestId, long cleared) {

    public long totalRows() {
        return rows.values().stream().mapToLong(Long::longValue).sum();
    }

    public double rowsPerSecond() {
        double s = elapsed.toNanos() / 1e9;
        return s <= 0 ? 0 : totalRows() / s;
    }
}
