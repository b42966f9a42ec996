package io.aurelius.admin.ui.backtest;

/**
 * Backtests for the report tests, made with SQL on a strategy of their own: a three-year dated curve of
 * {timestamp, equity} objects with string values and 1,200 string-valued fills (more than a page), a plain
 * numeric curve, every broken curve shape DATA-SHAPES.md warns of, a failed and a pending backtest.
 */
final class ReportData {

    static final String STRATEGY = "eeeeeeee-0000-4000-8000-000000000001";
    static final String DATED = "dddddddd-0000-4000-8000-000000000001";
    static final String NUMBERS = "dddddddd-0000-4000-8000-000000000002";
    static final String OBJECT = "dddddddd-0000-4000-8000-000000000003";
    static final String NA = "dddddddd-0000-4000-8000-000000000004";
    static final String NESTED = "dddddddd-0000-4000-8000-000000000005";
    static final String ONE = "dddddddd-0000-4000-8000-000000000006";
    static final String EMPTY = "dddddddd-0000-4000-8000-000000000007";
    static final String FAILED = "dddddddd-0000-4000-8000-000000000008";
    static final String PENDING = "dddddddd-0000-4000-8000-000000000009";
    static final String SOME_NA = "dddddddd-0000-4000-8000-000000000010";

    static final int DATED_POINTS = 756;
    static final int DATED_TRADES = 1200;
    static final int NUMBER_POINTS = 300;
    static final String ERROR = "Engine crashed: division by zero in position sizing";
    /** 2020-01-01T21:00:00Z: daily closes from here. */
    static final long START = 1577912400L;

    private ReportData() {
    }

    static String sql() {
        return """
            INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,
                                    updated_at, status) VALUES
            ('{S}', 'Report test strategy', 'Backtests of every shape.', 'ts_momentum', 0.7, '{"lookback": 20}',
             TIMESTAMP '2026-04-01 09:00', TIMESTAMP '2026-04-01 09:00', 'active');

            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                                   error_message, metrics, trades, equity_curve, created_at, completed_at,
                                   duration_seconds)
            SELECT '{DATED}', '{S}', '2020-01-01', '2022-12-31', 100000, '["SPY", "QQQ"]', 'completed', NULL,
             '{"total_return": 31.4159, "sharpe_ratio": "1.23", "sortino_ratio": 1.8, "max_drawdown": -9.87,
               "win_rate": 55.5, "profit_factor": 1.45, "total_trades": 1200, "avg_trade": "12.5",
               "calmar_ratio": "n/a", "engine": {"run_id": "r-42", "parity_check": {"passed": true, "tolerance": 0.0001}},
               "tags": ["a", "b"]}',
             (SELECT jsonb_agg(jsonb_build_object('timestamp', ({START} + i * 86400)::text, 'symbol',
                     CASE WHEN i % 2 = 0 THEN 'SPY' ELSE 'QQQ' END, 'side', CASE WHEN i % 3 = 0 THEN 'sell' ELSE 'buy' END,
                     'quantity', (10 + i % 7)::text, 'price', (300 + (i * 37 % 1000) / 10.0)::text,
                     'commission', '1.0') ORDER BY i) FROM generate_series(0, {TRADES} - 1) i),
             (SELECT jsonb_agg(jsonb_build_object('timestamp', {START} + i * 86400,
                     'equity', round((100000 * (1 + 0.0004 * i) * (1 + 0.06 * sin(i / 25.0)))::numeric, 2)::text)
                     ORDER BY i) FROM generate_series(0, {POINTS} - 1) i),
             TIMESTAMP '2026-04-02 10:00', TIMESTAMP '2026-04-02 10:02', 125.4;

            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                                   error_message, metrics, trades, equity_curve, created_at, completed_at,
                                   duration_seconds)
            SELECT '{NUMBERS}', '{S}', '2021-01-01', '2021-12-31', 50000, '["KO", "PEP"]', 'completed', NULL,
             '{"total_return": 4.2, "sharpe_ratio": 0.8, "total_trades": 12}', NULL,
             (SELECT jsonb_agg(round((50000 + i * 10 + 800 * sin(i / 7.0))::numeric, 2) ORDER BY i)
                FROM generate_series(0, {NPOINTS} - 1) i),
             TIMESTAMP '2026-04-02 11:00', TIMESTAMP '2026-04-02 11:00', 3.2;

            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                                   error_message, metrics, trades, equity_curve, created_at, completed_at,
                                   duration_seconds) VALUES
            ('{OBJECT}', '{S}', '2019-01-01', '2019-12-31', 100000, '["SPY"]', 'completed', NULL,
             '{"total_return": 1.5, "sharpe_ratio": 0.3}', '{"t1": {"price": "10"}}',
             '{"equity": [100000, 100100], "note": "old API"}', TIMESTAMP '2026-04-02 09:03', NULL, NULL),
            ('{NA}', '{S}', '2019-01-01', '2019-12-31', 100000, '["SPY"]', 'completed', NULL,
             '{"total_return": "n/a"}', NULL, '["n/a", null, "x"]', TIMESTAMP '2026-04-02 09:04', NULL, NULL),
            ('{NESTED}', '{S}', '2019-01-01', '2019-12-31', 100000, '["SPY"]', 'completed', NULL,
             NULL, NULL, '[[1, 100000], [2, 100100]]', TIMESTAMP '2026-04-02 09:05', NULL, NULL),
            ('{ONE}', '{S}', '2019-01-01', '2019-12-31', 100000, '["SPY"]', 'completed', NULL,
             NULL, NULL, '[100000]', TIMESTAMP '2026-04-02 09:06', NULL, NULL),
            ('{EMPTY}', '{S}', '2019-01-01', '2019-12-31', 100000, '["SPY"]', 'completed', NULL,
             NULL, NULL, '[]', TIMESTAMP '2026-04-02 09:07', NULL, NULL),
            ('{SOME_NA}', '{S}', '2019-01-01', '2019-12-31', 100000, '["SPY"]', 'completed', NULL,
             NULL, NULL, '[100000, "n/a", 100200, null, 100150]', TIMESTAMP '2026-04-02 09:08', NULL, NULL),
            ('{FAILED}', '{S}', '2018-01-01', '2018-12-31', 100000, '["SPY"]', 'failed', '{ERROR}',
             NULL, NULL, NULL, TIMESTAMP '2026-04-02 09:01', TIMESTAMP '2026-04-02 09:01', 0.5),
            ('{PENDING}', '{S}', '2023-01-01', '2023-12-31', 100000, '["SPY"]', 'pending', NULL,
             NULL, NULL, NULL, TIMESTAMP '2026-04-02 09:02', NULL, NULL);
            """.replace("{S}", STRATEGY).replace("{DATED}", DATED).replace("{NUMBERS}", NUMBERS)
                .replace("{OBJECT}", OBJECT).replace("{NA}", NA).replace("{NESTED}", NESTED).replace("{ONE}", ONE)
                .replace("{EMPTY}", EMPTY).replace("{SOME_NA}", SOME_NA).replace("{FAILED}", FAILED)
                .replace("{PENDING}", PENDING).replace("{ERROR}", ERROR).replace("{START}", Long.toString(START))
                .replace("{TRADES}", Integer.toString(DATED_TRADES)).replace("{POINTS}", Integer.toString(DATED_POINTS))
                .replace("{NPOINTS}", Integer.toString(NUMBER_POINTS));
    }

    /** A dated curve of {@code points} points for completing the pending backtest. */
    static String completePending(int points) {
        return ("UPDATE backtests SET status = 'completed', completed_at = TIMESTAMP '2026-04-02 12:00',"
                + " metrics = '{\"total_return\": 2.0}', equity_curve = (SELECT jsonb_agg(jsonb_build_object("
                + "'timestamp', {START} + i * 86400, 'equity', (100000 + i)::text) ORDER BY i)"
                + " FROM generate_series(0, " + (points - 1) + ") i) WHERE id = '{PENDING}'")
                .replace("{START}", Long.toString(START)).replace("{PENDING}", PENDING);
    }
}
