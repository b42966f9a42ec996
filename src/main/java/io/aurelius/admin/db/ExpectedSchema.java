package io.aurelius.admin.db;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The guide's four tables, column by column, as type families (json and jsonb read alike). */
public final class ExpectedSchema {

    /** A family of SQL types the client reads alike. */
    public enum Kind {
        TEXT("text", Set.of("character varying", "text", "character")),
        FLOAT("a floating-point number", Set.of("double precision", "real", "numeric")),
        INTEGER("an integer", Set.of("integer", "bigint", "smallint")),
        BOOLEAN("boolean", Set.of("boolean")),
        JSON("json or jsonb", Set.of("json", "jsonb")),
        TIMESTAMP("a timestamp", Set.of("timestamp without time zone", "timestamp with time zone"));

        private final String words;
        private final Set<String> dataTypes;

        Kind(String words, Set<String> dataTypes) {
            this.words = words;
            this.dataTypes = dataTypes;
        }

        public boolean accepts(String dataType) {
            return dataTypes.contains(dataType);
        }

        public String words() {
            return words;
        }
    }

    public static final List<String> TABLES = List.of("strategies", "backtests", "validations", "gate_results");

    /** Drop order: children before the table they reference. */
    public static final List<String> DROP_ORDER = List.of("gate_results", "validations", "backtests", "strategies");

    public static final List<String> INDEXES = List.of(
            "idx_strategies_type", "idx_strategies_created",
            "idx_backtests_strategy", "idx_backtests_status", "idx_backtests_created",
            "idx_validations_strategy", "idx_validations_status", "idx_validations_created",
            "idx_gate_results_strategy", "idx_gate_results_type", "idx_gate_results_timestamp");

    public static final Map<String, Map<String, Kind>> COLUMNS = new LinkedHashMap<>();

    static {
        Kind t = Kind.TEXT;
        Kind f = Kind.FLOAT;
        Kind i = Kind.INTEGER;
        Kind b = Kind.BOOLEAN;
        Kind j = Kind.JSON;
        Kind ts = Kind.TIMESTAMP;
        COLUMNS.put("strategies", columns("id", t, "name", t, "description", t, "strategy_type", t,
                "confidence", f, "parameters", j, "created_at", ts, "updated_at", ts, "status", t));
        COLUMNS.put("backtests", columns("id", t, "strategy_id", t, "start_date", t, "end_date", t,
                "initial_capital", f, "instruments", j, "status", t, "error_message", t, "metrics", j,
                "trades", j, "equity_curve", j, "created_at", ts, "completed_at", ts, "duration_seconds", f));
        COLUMNS.put("validations", columns("id", t, "strategy_id", t, "start_date", t, "end_date", t,
                "window_size_days", i, "train_size_days", i, "initial_capital", f, "status", t,
                "error_message", t, "windows", j, "metrics", j, "num_windows", i, "avg_train_sharpe", f,
                "avg_test_sharpe", f, "avg_degradation", f, "stability_score", f, "passed", b,
                "created_at", ts, "completed_at", ts, "duration_seconds", f));
        COLUMNS.put("gate_results", columns("id", t, "strategy_id", t, "gate_type", t, "passed", b,
                "timestamp", ts, "results", j, "production_ready", b, "recommendation", t));
    }

    private ExpectedSchema() {
    }

    private static Map<String, Kind> columns(Object... pairs) {
        Map<String, Kind> m = new LinkedHashMap<>();
        for (int k = 0; k < pairs.length; k += 2) {
            m.put((String) pairs[k], (Kind) pairs[k + 1]);
        }
        return m;
    }
}
