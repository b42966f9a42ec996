package io.aurelius.admin.ui.validation;

import io.aurelius.admin.ui.strategies.AnalystData;

/**
 * Validations and gate results of every shape the result screens meet, added to {@link AnalystData}: a full
 * validation with "n/a" and string numbers, pending and running ones, windows as an object keyed by name, as a
 * single value and with junk entries, a passed flag that contradicts its stability; gate results with checks
 * keyed by name, string numbers, unknown gate types, results as an array or a string, product readiness as a
 * list. Run after AnalystData.
 */
public final class ResultRows {

    public static final String FULL = "cccccccc-0000-4000-8000-000000000010";
    public static final String PENDING = "cccccccc-0000-4000-8000-000000000011";
    public static final String RUNNING = "cccccccc-0000-4000-8000-000000000012";
    public static final String OBJECT = "cccccccc-0000-4000-8000-000000000013";
    public static final String SCALAR = "cccccccc-0000-4000-8000-000000000014";
    public static final String JUNK = "cccccccc-0000-4000-8000-000000000015";
    public static final String CONTRADICTS = "cccccccc-0000-4000-8000-000000000016";
    public static final String OK = "cccccccc-0000-4000-8000-000000000001";
    public static final String FAILED = "cccccccc-0000-4000-8000-000000000002";
    public static final String BROKEN = "aaaaaaaa-0000-4000-8000-000000000099";
    public static final String BROKEN_NAME = "Broken results <b>tagged</b>";
    public static final String GATE_DEV_KEYED = "eeeeeeee-0000-4000-8000-000000000001";
    public static final String GATE_CRV_STRINGS = "eeeeeeee-0000-4000-8000-000000000002";
    public static final String GATE_PRODUCT_LIST = "eeeeeeee-0000-4000-8000-000000000003";
    public static final String GATE_RISK = "eeeeeeee-0000-4000-8000-000000000004";
    public static final String GATE_CRV_ARRAY = "eeeeeeee-0000-4000-8000-000000000005";
    public static final String GATE_DEV_STRING = "eeeeeeee-0000-4000-8000-000000000006";

    private ResultRows() {
    }

    public static String sql() {
        String s = """
            INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,
                                    updated_at, status) VALUES
            ('{BROKEN}', '{BROKEN_NAME}', 'Results in every odd shape.', 'stat_arb', 0.5, '{}',
             TIMESTAMP '2026-03-10 08:00', TIMESTAMP '2026-03-10 08:00', 'active');

            INSERT INTO validations (id, strategy_id, start_date, end_date, window_size_days, train_size_days,
                                     initial_capital, status, error_message, windows, metrics, num_windows,
                                     avg_train_sharpe, avg_test_sharpe, avg_degradation, stability_score, passed,
                                     created_at, completed_at, duration_seconds) VALUES
            ('{FULL}', '{MOMENTUM}', '2016-01-01', '2024-12-31', 126, 504, 250000, 'completed', NULL,
             '[{"window_id": 1, "train_start": "2016-01-01", "train_end": "2017-05-18", "test_start": "2017-05-19",
                "test_end": "2017-09-21", "train_sharpe": 1.62, "test_sharpe": 1.21, "train_return": 18.4,
                "test_return": 4.1, "train_drawdown": -8.2, "test_drawdown": -3.9, "degradation": 0.2531,
                "regime": "bull"},
               {"window_id": 2, "train_start": "2016-07-01", "train_end": "2017-11-16", "test_start": "2017-11-17",
                "test_end": "2018-03-22", "train_sharpe": 1.41, "test_sharpe": "n/a", "train_return": "12.5",
                "test_return": -2.2, "train_drawdown": -9.9, "test_drawdown": -11.3, "degradation": null,
                "regime": "chop"},
               {"window_id": 3, "train_start": "2017-01-01", "train_end": "2018-05-18", "test_start": "2018-05-19",
                "test_end": "2018-09-21", "train_sharpe": 0.95, "test_sharpe": -0.31, "train_return": 9.7,
                "test_return": -3.4, "train_drawdown": -12.5, "test_drawdown": -7.7, "degradation": 1.3263},
               {"window_id": 4, "train_start": "2017-07-01", "train_end": "2018-11-16", "test_start": "2018-11-17",
                "test_end": "2019-03-22", "train_sharpe": 1.12, "test_sharpe": 0.98, "train_return": 13.1,
                "test_return": 3.3, "train_drawdown": -10.1, "test_drawdown": -4.2, "degradation": 0.125}]',
             '{"num_windows": 4, "stability_score": 62.5}', 4, 1.275, 0.6267, 0.5681, 62.5, false,
             TIMESTAMP '2026-03-06 12:00', TIMESTAMP '2026-03-06 12:31', 1860.5),
            ('{PENDING}', '{MOMENTUM}', '2020-01-01', '2024-12-31', 63, 252, 100000, 'pending', NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP '2026-03-07 09:00', NULL, NULL),
            ('{RUNNING}', '{BROKEN}', '2020-01-01', '2024-12-31', 63, 252, 100000, 'running', NULL, NULL, NULL,
             NULL, NULL, NULL, NULL, NULL, NULL, TIMESTAMP '2026-03-10 09:00', NULL, NULL),
            ('{OBJECT}', '{BROKEN}', '2019-01-01', '2023-12-31', 90, 365, 100000, 'completed', NULL,
             '{"window_1": {"train_sharpe": 1.1, "test_sharpe": 0.9}, "window_2": {"train_sharpe": 0.8,
               "test_sharpe": {"value": 0.4}}}', NULL, 2, 0.95, 0.9, 0.18, 80, true,
             TIMESTAMP '2026-03-10 10:00', TIMESTAMP '2026-03-10 10:05', 300),
            ('{SCALAR}', '{BROKEN}', '2019-01-01', '2023-12-31', 90, 365, 100000, 'completed', NULL,
             '"not computed"', '[]', NULL, NULL, NULL, NULL, NULL, NULL,
             TIMESTAMP '2026-03-10 11:00', TIMESTAMP '2026-03-10 11:01', 60),
            ('{JUNK}', '{BROKEN}', '2019-01-01', '2023-12-31', 90, 365, 100000, 'completed', NULL,
             '[{"window_id": 1, "train_sharpe": 1.0, "test_sharpe": 0.5}, 42, "n/a", null]', NULL, 4, 1.0, 0.5,
             0.5, 25, false, TIMESTAMP '2026-03-10 12:00', TIMESTAMP '2026-03-10 12:01', 61),
            ('{CONTRADICTS}', '{BROKEN}', '2019-01-01', '2023-12-31', 90, 365, 100000, 'completed', NULL,
             '[{"window_id": 1, "train_sharpe": 1.0, "test_sharpe": 0.8}]', NULL, 1, 1.0, 0.8, 0.2, 60, true,
             TIMESTAMP '2026-03-10 13:00', TIMESTAMP '2026-03-10 13:01', 62);

            INSERT INTO gate_results (id, strategy_id, gate_type, passed, timestamp, results, production_ready,
                                      recommendation) VALUES
            ('{G1}', '{BROKEN}', 'dev', false, TIMESTAMP '2026-03-10 09:00',
             '{"checks": {"lookahead": {"check_name": "lookahead", "passed": false, "description": "No future data",
               "message": "uses close of t+1"}, "costs": true}, "gate_status": "FAILED"}', NULL, NULL),
            ('{G6}', '{BROKEN}', 'dev', true, TIMESTAMP '2026-03-10 09:30', '"n/a"', NULL, NULL),
            ('{G2}', '{BROKEN}', 'crv', true, TIMESTAMP '2026-03-10 10:00',
             '{"min_sharpe_threshold": "1.0", "actual_sharpe": "1.234", "max_drawdown_threshold": -20,
               "actual_drawdown": "n/a", "min_return_threshold": 5, "actual_return": 12.5, "return_pass": false,
               "gate_status": "PASSED", "reviewer": {"name": "desk"}}', NULL, NULL),
            ('{G5}', '{BROKEN}', 'crv', false, TIMESTAMP '2026-03-10 10:30', '[1, 2, 3]', NULL, NULL),
            ('{G3}', '{BROKEN}', 'product', true, TIMESTAMP '2026-03-10 11:00',
             '{"recommendation": "APPROVE", "readiness": {"score": "high", "checks": [{"name": "risk_review",
               "passed": true}, {"name": "capacity", "passed": "n/a"}]}}', true,
             E'Deploy with 25% of the target allocation;\\nreview after 30 days.'),
            ('{G4}', '{BROKEN}', 'risk', true, TIMESTAMP '2026-03-10 12:00',
             '{"var_95": 0.021, "limits": {"gross": 2.0, "net": [0.5, 1.0]}, "gate_status": "PASSED"}', NULL, NULL);
            """;
        return s.replace("{MOMENTUM}", AnalystData.MOMENTUM).replace("{BROKEN}", BROKEN)
                .replace("{BROKEN_NAME}", BROKEN_NAME).replace("{FULL}", FULL).replace("{PENDING}", PENDING)
                .replace("{RUNNING}", RUNNING).replace("{OBJECT}", OBJECT).replace("{SCALAR}", SCALAR)
                .replace("{JUNK}", JUNK).replace("{CONTRADICTS}", CONTRADICTS)
                .replace("{G1}", GATE_DEV_KEYED).replace("{G2}", GATE_CRV_STRINGS)
                .replace("{G3}", GATE_PRODUCT_LIST).replace("{G4}", GATE_RISK).replace("{G5}", GATE_CRV_ARRAY)
                .replace("{G6}", GATE_DEV_STRING);
    }

    /** The SQL as a file, for filling a demo database with psql. */
    public static void main(String[] args) throws java.io.IOException {
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[0]), AnalystData.sql() + "\n" + sql());
    }
}
