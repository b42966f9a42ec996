package io.aurelius.admin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A small generate on a fresh schema meets DATA-SHAPES.md, checked in SQL. */
class DemoDataShapesTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    static final DemoSpec SPEC = DemoSpec.of(200).withSeed(1234).withLargeCurves(5, 300, 25_000);
    /** Rows of hostile strategies are excluded where a check is about well-formed rows. */
    static final String SANE = " strategy_id NOT IN (SELECT jsonb_array_elements_text(hostile_strategy_ids)"
            + " FROM aurelius_demo)";
    static DemoResult result;
    static final List<Double> fractions = new ArrayList<>();
    private static Connection c;

    @BeforeAll
    static void generate() throws SQLException {
        try (Services s = Services.connect(DB.settings())) {
            s.schema().init();
            result = new DemoData(s.database()).generate(SPEC, (t, n, total, f) -> fractions.add(f), () -> false);
        }
        c = DB.connect();
    }

    @AfterAll
    static void close() throws SQLException {
        c.close();
    }

    static long count(String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static List<String> strings(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    @Test
    void exactCountsAndProgress() throws SQLException {
        assertThat(count("SELECT count(*) FROM strategies")).isEqualTo(200);
        assertThat(count("SELECT count(*) FROM backtests")).isEqualTo(200 * 3 + 5 + 1);
        assertThat(count("SELECT count(*) FROM validations")).isEqualTo(100);
        assertThat(count("SELECT count(*) FROM gate_results")).isEqualTo(200);
        assertThat(result.rows()).containsEntry("backtests", 606L).containsEntry("gate_results", 200L);
        assertThat(fractions).isSortedAccordingTo(Double::compare).last().isEqualTo(1.0);
        assertThat(count("SELECT count(*) FROM aurelius_demo WHERE seed = 1234 AND spec->>'strategies' = '200'"))
                .isEqualTo(1);
        assertThat(count("SELECT count(*) FROM strategies WHERE NOT " + DemoRandom.SQL_IS_DEMO)).isZero();
        // the guide's 11 indexes, dropped for the bulk load, are back
        assertThat(count("SELECT count(*) FROM pg_indexes WHERE schemaname = current_schema()"
                + " AND indexname LIKE 'idx\\_%'")).isEqualTo(11);
    }

    @Test
    void strategiesCoverEveryTypeAndStatus() throws SQLException {
        assertThat(strings("SELECT DISTINCT strategy_type FROM strategies")).contains(Words.TYPES);
        assertThat(strings("SELECT DISTINCT status FROM strategies")).contains("active", "archived");
        assertThat(count("SELECT count(*) FROM strategies WHERE status = 'active'")).isGreaterThan(140);
        assertThat(count("SELECT count(*) FROM strategies WHERE jsonb_typeof(parameters) <> 'object'"
                + " OR NOT parameters ?& array['lookback', 'vol_target', 'position_size']")).isZero();
        assertThat(count("SELECT count(*) FROM strategies WHERE parameters ? 'stop_loss'")).isPositive();
        assertThat(count("SELECT count(*) FROM strategies WHERE id NOT IN (SELECT jsonb_array_elements_text("
                + "hostile_strategy_ids) FROM aurelius_demo) AND jsonb_typeof(parameters->'lookback') <> 'number'"))
                .isZero();
    }

    @Test
    void backtestsInEveryStatusFailedOnesWithoutMetrics() throws SQLException {
        assertThat(strings("SELECT DISTINCT status FROM backtests"))
                .containsExactlyInAnyOrder("pending", "running", "completed", "failed");
        assertThat(count("SELECT count(*) FROM backtests WHERE status = 'failed'")).isPositive();
        assertThat(count("SELECT count(*) FROM backtests WHERE status = 'failed' AND (error_message IS NULL"
                + " OR metrics IS NOT NULL OR trades IS NOT NULL OR equity_curve IS NOT NULL)")).isZero();
        assertThat(count("SELECT count(*) FROM backtests WHERE status IN ('pending', 'running') AND (metrics IS NOT"
                + " NULL OR completed_at IS NOT NULL OR error_message IS NOT NULL)")).isZero();
        assertThat(count("SELECT count(*) FROM backtests WHERE status = 'completed' AND (metrics IS NULL OR NOT"
                + " metrics ?& array['total_return', 'sharpe_ratio', 'sortino_ratio', 'max_drawdown', 'win_rate',"
                + " 'profit_factor', 'total_trades', 'avg_trade', 'calmar_ratio'])")).isZero();
        assertThat(count("SELECT count(*) FROM backtests WHERE status = 'completed' AND" + SANE
                + " AND ((metrics->>'max_drawdown')::float8 > 0 OR jsonb_typeof(instruments) <> 'array')")).isZero();
        assertThat(count("SELECT count(*) FROM backtests WHERE metrics->'engine' ?& array['run_identity',"
                + " 'parity_check', 'provenance']")).isPositive();
        assertThat(count("SELECT count(*) FROM backtests WHERE (metrics->>'max_drawdown')::float8 < -10 AND"
                + SANE)).isPositive();
    }

    @Test
    void bothCurveShapesAreDailyParseableAndMatchTheMetrics() throws SQLException {
        String completed = "FROM backtests WHERE status = 'completed' AND equity_curve IS NOT NULL AND" + SANE;
        assertThat(count("SELECT count(*) " + completed + " AND jsonb_typeof(equity_curve->0) = 'number'"))
                .isPositive();
        assertThat(count("SELECT count(*) " + completed + " AND jsonb_typeof(equity_curve->0) = 'object'"))
                .isPositive();
        // every element parses: numbers, or {timestamp: epoch seconds, equity: numeric string}
        assertThat(count("SELECT count(*) " + completed + " AND EXISTS (SELECT 1 FROM jsonb_array_elements(equity_curve)"
                + " e WHERE NOT (jsonb_typeof(e) = 'number' OR (jsonb_typeof(e->'timestamp') = 'number'"
                + " AND jsonb_typeof(e->'equity') = 'string' AND (e->>'equity') ~ '^[0-9]+\\.[0-9]{2}$')))")).isZero();
        // one point per business day from start_date to end_date (daily curves)
        assertThat(count("SELECT count(*) " + completed + " AND jsonb_array_length(equity_curve) <= 10000"
                + " AND jsonb_array_length(equity_curve) <> (SELECT count(*) FROM generate_series(start_date::date,"
                + " end_date::date, '1 day') d WHERE extract(isodow FROM d) < 6)")).isZero();
        // timestamps rise and stay within the period
        assertThat(count("SELECT count(*) " + completed + " AND jsonb_typeof(equity_curve->0) = 'object' AND"
                + " (to_timestamp((equity_curve->0->>'timestamp')::bigint) AT TIME ZONE 'UTC')::date <> start_date::date"))
                .isZero();
        // total return and max drawdown are those of the stored curve
        assertThat(count("SELECT count(*) FROM (SELECT b.metrics, array_agg(coalesce(e.value->>'equity', e.value #>> '{}')"
                + "::float8 ORDER BY e.ord) v FROM backtests b, jsonb_array_elements(b.equity_curve) WITH ORDINALITY"
                + " e(value, ord) WHERE b.status = 'completed' AND b.equity_curve IS NOT NULL AND b." + SANE.strip()
                + " GROUP BY b.id, b.metrics) x WHERE abs((metrics->>'total_return')::float8 - (v[array_length(v, 1)]"
                + " / v[1] - 1) * 100) > 0.006")).isZero();
        assertThat(count("SELECT count(*) " + completed + " AND (metrics->>'total_trades')::int <>"
                + " jsonb_array_length(trades)")).isZero();
        assertThat(count("SELECT count(*) " + completed + " AND jsonb_typeof(trades->0->'price') = 'string'"))
                .isPositive();
        assertThat(count("SELECT count(*) " + completed + " AND NOT trades->0 ?& array['timestamp', 'symbol', 'side',"
                + " 'quantity', 'price', 'commission']")).isZero();
    }

    @Test
    void busyStrategyAndHugeCurve() throws SQLException {
        assertThat(count("SELECT count(*) FROM backtests WHERE strategy_id = '" + result.busyStrategyId() + "'"))
                .isEqualTo(5 + 3);
        assertThat(count("SELECT jsonb_array_length(equity_curve) FROM backtests WHERE id = '"
                + result.hugeCurveBacktestId() + "'")).isEqualTo(25_000);
        assertThat(count("SELECT (equity_curve->1->>'timestamp')::bigint - (equity_curve->0->>'timestamp')::bigint"
                + " FROM backtests WHERE id = '" + result.hugeCurveBacktestId() + "'")).isEqualTo(60);
    }

    @Test
    void validationsPassAtStability75AndSummariesMatchWindows() throws SQLException {
        assertThat(strings("SELECT DISTINCT status FROM validations")).contains("completed", "failed");
        assertThat(count("SELECT count(*) FROM validations WHERE stability_score IS NOT NULL"
                + " AND passed <> (stability_score >= 75)")).isZero();
        assertThat(count("SELECT count(*) FROM validations WHERE passed")).isPositive();
        assertThat(count("SELECT count(*) FROM validations WHERE NOT passed")).isPositive();
        assertThat(count("SELECT count(*) FROM validations WHERE status = 'failed' AND (error_message IS NULL"
                + " OR metrics IS NOT NULL OR windows IS NOT NULL)")).isZero();
        assertThat(count("SELECT count(*) FROM validations v WHERE status = 'completed' AND" + SANE + " AND ("
                + " num_windows <> jsonb_array_length(windows)"
                + " OR abs(avg_train_sharpe - (SELECT avg((w->>'train_sharpe')::float8) FROM jsonb_array_elements(windows) w)) > 0.001"
                + " OR abs(avg_test_sharpe - (SELECT avg((w->>'test_sharpe')::float8) FROM jsonb_array_elements(windows) w)) > 0.001"
                + " OR abs(avg_degradation - (SELECT avg((w->>'degradation')::float8) FROM jsonb_array_elements(windows) w)) > 0.001"
                + " OR (metrics->>'stability_score')::float8 <> stability_score OR (metrics->>'passed')::boolean <> passed"
                + " OR (windows->0->>'test_start')::date <> (windows->0->>'train_end')::date + 1)")).isZero();
    }

    @Test
    void gateVerdictsFollowEachOtherAndTheNumbers() throws SQLException {
        assertThat(strings("SELECT DISTINCT gate_type FROM gate_results")).containsExactlyInAnyOrder("dev", "crv",
                "product");
        assertThat(count("SELECT count(*) FROM gate_results WHERE passed <> (results->>'gate_status' = 'PASSED')"))
                .isZero();
        assertThat(count("SELECT count(*) FROM gate_results g WHERE gate_type = 'crv' AND NOT EXISTS (SELECT 1 FROM"
                + " gate_results d WHERE d.strategy_id = g.strategy_id AND d.gate_type = 'dev' AND d.passed"
                + " AND d.timestamp <= g.timestamp)")).isZero();
        assertThat(count("SELECT count(*) FROM gate_results g WHERE gate_type = 'product' AND NOT EXISTS (SELECT 1"
                + " FROM gate_results d WHERE d.strategy_id = g.strategy_id AND d.gate_type = 'crv' AND d.passed"
                + " AND d.timestamp <= g.timestamp)")).isZero();
        assertThat(count("SELECT count(*) FROM gate_results WHERE gate_type = 'crv' AND ("
                + " ((results->>'actual_sharpe')::float8 >= (results->>'min_sharpe_threshold')::float8)"
                + "   <> (results->>'sharpe_pass')::boolean"
                + " OR ((results->>'actual_drawdown')::float8 >= (results->>'max_drawdown_threshold')::float8)"
                + "   <> (results->>'drawdown_pass')::boolean"
                + " OR passed <> ((results->>'sharpe_pass')::boolean AND (results->>'drawdown_pass')::boolean"
                + "   AND (results->>'return_pass')::boolean))")).isZero();
        assertThat(count("SELECT count(*) FROM gate_results g WHERE gate_type = 'crv' AND" + SANE
                + " AND EXISTS (SELECT 1 FROM backtests b WHERE b.strategy_id = g.strategy_id AND b.status = 'completed')"
                + " AND NOT EXISTS (SELECT 1 FROM backtests b WHERE b.strategy_id = g.strategy_id"
                + " AND b.metrics->>'sharpe_ratio' = g.results->>'actual_sharpe')")).isZero();
        assertThat(count("SELECT count(*) FROM gate_results WHERE gate_type = 'product' AND (production_ready IS NULL"
                + " OR production_ready <> passed OR recommendation IS NULL)")).isZero();
        assertThat(count("SELECT count(*) FROM gate_results WHERE gate_type <> 'product' AND (production_ready IS NOT"
                + " NULL OR recommendation IS NOT NULL)")).isZero();
        assertThat(count("SELECT count(*) FROM gate_results WHERE gate_type = 'dev' AND NOT passed")).isPositive();
        assertThat(count("SELECT count(*) FROM gate_results WHERE gate_type = 'crv' AND NOT passed")).isPositive();
    }

    @Test
    void timestampsAreOrdered() throws SQLException {
        assertThat(count("SELECT count(*) FROM strategies WHERE updated_at < created_at"
                + " OR created_at > '2025-11-20'")).isZero();
        for (String t : List.of("backtests", "validations")) {
            assertThat(count("SELECT count(*) FROM " + t + " x JOIN strategies s ON s.id = x.strategy_id"
                    + " WHERE x.created_at <= s.created_at OR x.completed_at <= x.created_at"
                    + " OR x.end_date::date >= x.created_at::date OR x.start_date >= x.end_date")).isZero();
        }
        assertThat(count("SELECT count(*) FROM gate_results g JOIN strategies s ON s.id = g.strategy_id"
                + " WHERE g.timestamp <= s.created_at")).isZero();
    }

    @Test
    void hostileRowsArePresent() throws SQLException {
        assertThat(count("SELECT jsonb_array_length(hostile_strategy_ids) FROM aurelius_demo")).isGreaterThanOrEqualTo(3);
        assertThat(count("SELECT count(*) FROM strategies WHERE name LIKE '%' || chr(10) || '%'")).isPositive();
        assertThat(count("SELECT count(*) FROM strategies WHERE name LIKE '%' || chr(9) || '%'")).isPositive();
        assertThat(count("SELECT count(*) FROM strategies WHERE name LIKE '%\"%' AND name LIKE '%<b>%'")).isPositive();
        assertThat(count("SELECT count(*) FROM strategies WHERE name ~ '[А-яぁ-ん一-龯]'")).isPositive();
        assertThat(count("SELECT count(*) FROM strategies WHERE parameters->>'lookback' = 'n/a'")).isPositive();
        assertThat(count("SELECT count(*) FROM strategies WHERE jsonb_typeof(parameters->'lookback') = 'string'"
                + " AND parameters->>'lookback' <> 'n/a'")).isPositive();
        assertThat(count("SELECT count(*) FROM backtests WHERE metrics->>'sharpe_ratio' = 'n/a'")).isPositive();
        assertThat(count("SELECT count(*) FROM backtests WHERE jsonb_typeof(equity_curve) = 'object'")).isPositive();
        assertThat(count("SELECT count(*) FROM backtests WHERE jsonb_typeof(trades) = 'object'")).isPositive();
        assertThat(count("SELECT count(*) FROM backtests WHERE jsonb_typeof(instruments) = 'object'")).isPositive();
        assertThat(count("SELECT count(*) FROM backtests WHERE status = 'completed' AND metrics->'sharpe_ratio'"
                + " = 'null'::jsonb")).isPositive();
        assertThat(count("SELECT count(*) FROM backtests WHERE jsonb_typeof(equity_curve) = 'array' AND (SELECT"
                + " count(DISTINCT jsonb_typeof(e)) FROM jsonb_array_elements(equity_curve) e) > 2")).isPositive();
        assertThat(count("SELECT count(*) FROM validations WHERE jsonb_typeof(windows) = 'object'"
                + " OR windows->1->>'test_sharpe' = 'n/a'")).isPositive();
        assertThat(count("SELECT count(*) FROM gate_results WHERE jsonb_typeof(results->'checks') = 'object'"))
                .isPositive();
    }
}
