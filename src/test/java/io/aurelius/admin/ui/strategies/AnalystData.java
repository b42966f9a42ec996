package io.aurelius.admin.ui.strategies;

/**
 * Realistic analyst data made with SQL: a few named strategies with results of every shape DATA-SHAPES.md
 * describes (metrics as numbers, as numeric strings and "n/a", failed rows with an error message, nested
 * parameters, dev/crv/product gates), hostile names (markup, quotes, newlines, tabs, non-Latin text, a
 * {@code %_'"} name for search), and {@code FILLER} generated strategies of several types and statuses to page
 * through. The schema must exist.
 */
public final class AnalystData {

    public static final String MOMENTUM = "aaaaaaaa-0000-4000-8000-000000000001";
    public static final String PAIRS = "aaaaaaaa-0000-4000-8000-000000000002";
    public static final String MARKUP = "aaaaaaaa-0000-4000-8000-000000000003";
    public static final String LINES = "aaaaaaaa-0000-4000-8000-000000000004";
    public static final String SCRIPTS = "aaaaaaaa-0000-4000-8000-000000000005";
    public static final String LITERAL = "aaaaaaaa-0000-4000-8000-000000000006";
    public static final String MOMENTUM_BT_OK = "bbbbbbbb-0000-4000-8000-000000000001";
    public static final String MOMENTUM_BT_STRINGS = "bbbbbbbb-0000-4000-8000-000000000002";
    public static final String MOMENTUM_BT_FAILED = "bbbbbbbb-0000-4000-8000-000000000003";

    public static final String MARKUP_NAME = "<b>Bold</b> & \"quoted\" 'single' <script>alert(1)</script>";
    public static final String LINES_NAME = "Line one\nLine two\tafter a tab";
    public static final String SCRIPTS_NAME = "動量戦略 — Импульс — مومنتوم";
    public static final String LITERAL_NAME = "Literal 100%_'\" mix";
    public static final int NAMED = 6;
    public static final int FILLER = 240;

    private AnalystData() {
    }

    public static String sql() {
        return """
            INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,
                                    updated_at, status) VALUES
            ('{MOMENTUM}', 'Momentum SPY 12-1', 'Twelve-month momentum skipping the last month, vol-targeted.',
             'ts_momentum', 0.82,
             '{"lookback": 252, "vol_target": 0.15, "position_size": 0.1, "stop_loss": 0.05, "take_profit": "0.2",
               "universe": {"symbols": ["SPY", "QQQ", "IWM"], "rebalance": "monthly"}, "notes": null}',
             TIMESTAMP '2026-03-01 09:00', TIMESTAMP '2026-03-05 10:30', 'active'),
            ('{PAIRS}', 'Pairs KO/PEP', 'Cointegrated soft-drink pair.', 'pairs_trading', 0.64,
             '{"lookback": 60, "entry_z": 2.0, "exit_z": 0.5}', TIMESTAMP '2026-02-20 12:00',
             TIMESTAMP '2026-02-21 12:00', 'archived'),
            ('{MARKUP}', '{MARKUP_NAME}', '<i>not italic</i> &amp; <a href="x">not a link</a>', 'stat_arb', 0.51,
             '{"lookback": 20}', TIMESTAMP '2026-02-10 08:00', TIMESTAMP '2026-02-10 08:00', 'active'),
            ('{LINES}', E'Line one\\nLine two\\tafter a tab', E'first line\\nsecond line', 'mean_reversion', 0.47,
             '[1, "two", {"three": 3}]', TIMESTAMP '2026-02-05 08:00', TIMESTAMP '2026-02-05 08:00', 'active'),
            ('{SCRIPTS}', '{SCRIPTS_NAME}', 'Non-Latin text: 日本語, русский, العربية.', 'trend_following', 0.93,
             '{"lookback": 100, "vol_target": "n/a"}', TIMESTAMP '2026-01-15 08:00', TIMESTAMP '2026-01-16 08:00',
             'active'),
            ('{LITERAL}', 'Literal 100%_''" mix', 'Search must match %, _ and quotes literally.',
             'market_neutral', 0.35, '{}', TIMESTAMP '2026-01-10 08:00', TIMESTAMP '2026-01-10 08:00', 'paused');

            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                                   error_message, metrics, trades, equity_curve, created_at, completed_at,
                                   duration_seconds) VALUES
            ('{BT_OK}', '{MOMENTUM}', '2020-01-01', '2024-12-31', 100000, '["SPY", "QQQ", "IWM"]', 'completed', NULL,
             '{"total_return": 48.3712, "sharpe_ratio": 1.4211, "sortino_ratio": 1.9, "max_drawdown": -12.845,
               "win_rate": 54.2, "profit_factor": 1.6, "total_trades": 1284, "avg_trade": 37.6, "calmar_ratio": 0.8,
               "provenance": {"engine": "vectorbt", "version": "0.26"}}',
             '[{"timestamp": 1577836800, "symbol": "SPY", "side": "buy", "quantity": "10", "price": "321.5",
                "commission": "1.0"}]',
             '[{"timestamp": 1577836800, "equity": "100000"}, {"timestamp": 1577923200, "equity": "100450.5"}]',
             TIMESTAMP '2026-03-02 10:00', TIMESTAMP '2026-03-02 10:02', 125.4),
            ('{BT_STRINGS}', '{MOMENTUM}', '2018-01-01', '2019-12-31', 250000.5, '["SPY"]', 'completed', NULL,
             '{"total_return": "12.5", "sharpe_ratio": "n/a", "max_drawdown": "-8.25", "total_trades": "312"}',
             NULL, '[100000, 100100, 99950]', TIMESTAMP '2026-03-03 10:00', TIMESTAMP '2026-03-03 10:00', 8.2),
            ('{BT_FAILED}', '{MOMENTUM}', '2015-01-01', '2016-12-31', 100000, '{"symbol": "SPY"}', 'failed',
             'Data feed returned no bars for SPY in 2015-01', NULL, NULL, NULL, TIMESTAMP '2026-03-04 10:00',
             NULL, NULL),
            ('bbbbbbbb-0000-4000-8000-000000000004', '{PAIRS}', '2019-01-01', '2023-12-31', 50000, '["KO", "PEP"]',
             'completed', NULL, '{"total_return": -3.2, "sharpe_ratio": -0.21, "max_drawdown": -15.7,
             "total_trades": 88}', NULL, NULL, TIMESTAMP '2026-02-20 13:00', TIMESTAMP '2026-02-20 13:05', 4210.0);

            INSERT INTO validations (id, strategy_id, start_date, end_date, window_size_days, train_size_days,
                                     initial_capital, status, error_message, windows, metrics, num_windows,
                                     avg_train_sharpe, avg_test_sharpe, avg_degradation, stability_score, passed,
                                     created_at, completed_at, duration_seconds) VALUES
            ('cccccccc-0000-4000-8000-000000000001', '{MOMENTUM}', '2018-01-01', '2024-12-31', 90, 365, 100000,
             'completed', NULL,
             '[{"window_id": 1, "train_start": "2018-01-01", "train_end": "2018-12-31", "test_start": "2019-01-01",
                "test_end": "2019-03-31", "train_sharpe": 1.5, "test_sharpe": 1.1, "degradation": 0.27}]',
             '{"stability_score": 81.5}', 8, 1.52, 1.11, 0.27, 81.5, true, TIMESTAMP '2026-03-04 12:00',
             TIMESTAMP '2026-03-04 12:10', 600),
            ('cccccccc-0000-4000-8000-000000000002', '{MOMENTUM}', '2010-01-01', '2017-12-31', 60, 250, 100000,
             'failed', 'Window 3 had no trades', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL,
             TIMESTAMP '2026-03-04 13:00', NULL, NULL);

            INSERT INTO gate_results (id, strategy_id, gate_type, passed, timestamp, results, production_ready,
                                      recommendation) VALUES
            ('dddddddd-0000-4000-8000-000000000001', '{MOMENTUM}', 'dev', true, TIMESTAMP '2026-03-05 09:00',
             '{"checks": [{"check_name": "sharpe", "passed": true, "description": "Sharpe above 1",
               "message": "1.42"}], "gate_status": "PASSED"}', NULL, NULL),
            ('dddddddd-0000-4000-8000-000000000002', '{MOMENTUM}', 'crv', false, TIMESTAMP '2026-03-05 09:30',
             '{"min_sharpe_threshold": 1.5, "actual_sharpe": 1.42, "sharpe_pass": false, "gate_status": "FAILED"}',
             NULL, NULL),
            ('dddddddd-0000-4000-8000-000000000003', '{PAIRS}', 'dev', true, TIMESTAMP '2026-02-21 09:00',
             '{"gate_status": "PASSED"}', NULL, NULL),
            ('dddddddd-0000-4000-8000-000000000004', '{PAIRS}', 'crv', true, TIMESTAMP '2026-02-21 10:00',
             '{"gate_status": "PASSED"}', NULL, NULL),
            ('dddddddd-0000-4000-8000-000000000005', '{PAIRS}', 'product', true, TIMESTAMP '2026-02-21 11:00',
             '{"recommendation": "deploy with half size"}', true, 'Deploy with half size; watch the spread.');

            INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,
                                    updated_at, status)
            SELECT 'ffffffff-0000-4000-8000-' || lpad(i::text, 12, '0'),
                   'Filler ' || lpad(i::text, 3, '0'),
                   'Generated strategy number ' || i,
                   (ARRAY['ts_momentum','pairs_trading','stat_arb','ml_classifier','volatility_trading'])[1 + i % 5],
                   round(((i * 37) % 100) / 100.0, 2),
                   '{"lookback": 20, "vol_target": 0.15}',
                   TIMESTAMP '2025-06-01' + i * INTERVAL '13 hours',
                   TIMESTAMP '2025-06-01' + i * INTERVAL '13 hours' + INTERVAL '2 days',
                   CASE WHEN i % 7 = 0 THEN 'archived' ELSE 'active' END
            FROM generate_series(1, {FILLER}) i;

            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                                   metrics, created_at)
            SELECT md5('fb' || i || '-' || k)::uuid::text, 'ffffffff-0000-4000-8000-' || lpad(i::text, 12, '0'),
                   '2022-01-01', '2024-01-01', 100000, '["SPY"]', 'completed',
                   ('{"sharpe_ratio": ' || (k * 0.4) || ', "total_return": ' || (k * 3) || '}')::jsonb,
                   TIMESTAMP '2025-09-01' + k * INTERVAL '1 hour'
            FROM generate_series(1, {FILLER}) i, generate_series(1, i % 4) k;

            INSERT INTO gate_results (id, strategy_id, gate_type, passed, timestamp, results)
            SELECT md5('fg' || i)::uuid::text, 'ffffffff-0000-4000-8000-' || lpad(i::text, 12, '0'),
                   (ARRAY['dev','crv','product'])[1 + i % 3], i % 2 = 0, TIMESTAMP '2025-10-01', '{}'
            FROM generate_series(1, {FILLER}) i WHERE i % 5 = 0;
            ANALYZE strategies; ANALYZE backtests; ANALYZE validations; ANALYZE gate_results;
            """.replace("{MOMENTUM}", MOMENTUM).replace("{PAIRS}", PAIRS).replace("{MARKUP}", MARKUP)
                .replace("{LINES}", LINES).replace("{SCRIPTS}", SCRIPTS).replace("{LITERAL}", LITERAL)
                .replace("{BT_OK}", MOMENTUM_BT_OK).replace("{BT_STRINGS}", MOMENTUM_BT_STRINGS)
                .replace("{BT_FAILED}", MOMENTUM_BT_FAILED)
                .replace("{MARKUP_NAME}", MARKUP_NAME.replace("'", "''")).replace("{SCRIPTS_NAME}", SCRIPTS_NAME)
                .replace("{FILLER}", Integer.toString(FILLER));
    }

    /** The SQL as a file, for filling a demo database with psql. */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), sql());
    }
}
