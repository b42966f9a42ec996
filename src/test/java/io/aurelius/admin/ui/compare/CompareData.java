package io.aurelius.admin.ui.compare;

/** Two strategies and four backtests for the Compare tests: numbers, dated objects (two), a broken curve. */
final class CompareData {

    static final String S1 = "cccccccc-0000-4000-8000-000000000001";
    static final String S2 = "cccccccc-0000-4000-8000-000000000002";
    /** Strategy S1, a plain array of numbers. */
    static final String NUMBERS = "cccccccc-1000-4000-8000-000000000001";
    /** Strategy S2, objects with timestamps. */
    static final String DATED = "cccccccc-1000-4000-8000-000000000002";
    /** Strategy S2, objects with timestamps, same period as DATED. */
    static final String DATED2 = "cccccccc-1000-4000-8000-000000000003";
    /** Strategy S1, a curve stored as an object. */
    static final String BROKEN = "cccccccc-1000-4000-8000-000000000004";

    private CompareData() {
    }

    static String sql() {
        return """
            INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,
                                    updated_at, status) VALUES
            ('%s', 'Alpha', 'a', 'ts_momentum', 0.7, '{"lookback": 20, "risk": {"stop_loss": 0.05}, "pos": 1}',
             TIMESTAMP '2026-04-01 09:00', TIMESTAMP '2026-04-01 09:00', 'active'),
            ('%s', 'Beta', 'b', 'ts_momentum', 0.7, '{"lookback": 40, "risk": {"stop_loss": 0.05}, "pos": 1}',
             TIMESTAMP '2026-04-01 09:00', TIMESTAMP '2026-04-01 09:00', 'active');
            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                                  metrics, equity_curve, created_at) VALUES
            ('%s', '%s', '2021-01-01', '2021-12-31', 50000, '["SPY"]', 'completed',
             '{"total_return": 21, "sharpe_ratio": 1.2, "total_trades": 12}', '[50000, 55000, 60500]',
             TIMESTAMP '2026-04-02 09:00'),
            ('%s', '%s', '2021-01-01', '2021-12-31', 50000, '["SPY"]', 'completed',
             '{"total_return": 10, "sharpe_ratio": 0.9, "total_trades": 12}',
             '[{"timestamp": 1609459200, "equity": "200"}, {"timestamp": 1609545600, "equity": 220}]',
             TIMESTAMP '2026-04-02 09:01'),
            ('%s', '%s', '2021-01-01', '2021-12-31', 50000, '["SPY"]', 'completed',
             '{"total_return": 5, "sharpe_ratio": 0.9, "total_trades": 12}',
             '[{"timestamp": 1609459200, "equity": 400}, {"timestamp": 1609545600, "equity": 300}]',
             TIMESTAMP '2026-04-02 09:02'),
            ('%s', '%s', '2021-01-01', '2021-12-31', 50000, '["SPY"]', 'completed', NULL,
             '{"note": "stored as an object"}', TIMESTAMP '2026-04-02 09:03');
            """.formatted(S1, S2, NUMBERS, S1, DATED, S2, DATED2, S2, BROKEN, S1).formatted(S1, S2, NUMBERS, S1, DATED, S2, DATED2, S2, BROKEN, S1);
    }
}
