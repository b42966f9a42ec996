package io.aurelius.admin.query;

/**
 * Realistic browse data made with SQL (generate_series): strategies with many ties (names, confidence, dates),
 * null and empty statuses, names with LIKE metacharacters and quotes, and some results per strategy. The ids are
 * md5-based, so id order is unrelated to creation order.
 */
final class BrowseData {

    private BrowseData() {
    }

    /** Inserts {@code n} strategies and their results into the four tables; {@code json}: the columns' type. */
    static String sql(int n, String json) {
        return """
            INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,
                                    updated_at, status)
            SELECT md5('s' || i)::uuid::text,
                   CASE WHEN i % 97 = 0 THEN 'Odd 100% _x\\y ''q'' "dq" #' || i
                        WHEN i % 89 = 0 THEN 'Strategy 100 percent x' || i
                        ELSE 'Strategy ' || (i % 500) END,
                   CASE WHEN i % 3 = 0 THEN NULL
                        WHEN i % 83 = 0 THEN 'Has 50%_off and back\\slash'
                        ELSE 'Description of ' || i END,
                   (ARRAY['ts_momentum','pairs_trading','stat_arb','ml_classifier','volatility_trading'])[1 + i % 5],
                   (i % 100) / 100.0,
                   '{"lookback": 20, "vol_target": 0.15}',
                   TIMESTAMP '2025-01-01' + (i % 400) * INTERVAL '1 day' + (i % 7) * INTERVAL '1 hour',
                   TIMESTAMP '2025-01-01' + (i % 400) * INTERVAL '1 day' + (i % 11) * INTERVAL '1 day',
                   CASE i % 10 WHEN 0 THEN NULL WHEN 1 THEN 'archived' WHEN 2 THEN 'paused' ELSE 'active' END
            FROM generate_series(1, {N}) i;

            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                                   metrics, created_at)
            SELECT md5('b' || i || '-' || k)::uuid::text, md5('s' || i)::uuid::text, '2023-01-01', '2024-01-01',
                   100000, '["SPY", "QQQ"]', 'completed',
                   ('{"sharpe_ratio": ' || (k * 0.5) || ', "total_return": "' || k || '.5", "max_drawdown": -'
                    || k || ', "total_trades": ' || (10 * k) || '}')::{JSON},
                   TIMESTAMP '2025-03-01' + k * INTERVAL '1 hour'
            FROM generate_series(1, {N}) i, generate_series(1, i % 5) k
            WHERE i % 4 <> 0;

            INSERT INTO validations (id, strategy_id, start_date, end_date, window_size_days, train_size_days,
                                     initial_capital, status, num_windows, avg_train_sharpe, avg_test_sharpe,
                                     avg_degradation, stability_score, passed, created_at)
            SELECT md5('v' || i || '-' || k)::uuid::text, md5('s' || i)::uuid::text, '2022-01-01', '2024-01-01',
                   90, 180, 100000, 'completed', 4, 1.2, 0.8, 0.33, 70 + k * 5, k >= 2,
                   TIMESTAMP '2025-04-01' + k * INTERVAL '1 hour'
            FROM generate_series(1, {N}) i, generate_series(1, i % 3) k;

            INSERT INTO gate_results (id, strategy_id, gate_type, passed, timestamp, results, production_ready,
                                      recommendation)
            SELECT md5('g' || i || '-' || k)::uuid::text, md5('s' || i)::uuid::text,
                   (ARRAY['dev','crv','product','custom'])[k], (i + k) % 3 <> 0,
                   TIMESTAMP '2025-05-01' + CASE WHEN i % 13 = 0 THEN 0 ELSE k END * INTERVAL '1 day',
                   '{"gate_status": "PASSED"}', CASE WHEN k = 3 THEN (i % 2 = 0) END,
                   CASE WHEN k = 3 THEN 'deploy' END
            FROM generate_series(1, {N}) i, generate_series(1, (i % 11) % 5) k;
            ANALYZE strategies; ANALYZE backtests; ANALYZE validations; ANALYZE gate_results;
            """.replace("{N}", Integer.toString(n)).replace("{JSON}", json);
    }
}
