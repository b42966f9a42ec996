package io.aurelius.admin.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.query.Dashboard.Counted;
import io.aurelius.admin.query.Dashboard.StatusCounts;
import io.aurelius.admin.testing.FreshDatabase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every dashboard panel answers what the guide's plain query answers (the oracle), on our schema (indexes: the
 * loose-scan counts) and on the API's (json, no indexes: the GROUP BY fallback), and on an empty database.
 */
class DashboardQueriesTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    /** Failed runs with messages, a NULL and an unknown status, and a product gate marking production ready. */
    static final String EXTRA = """
        INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                               error_message, created_at)
        SELECT 'fb' || i, md5('s' || i)::uuid::text, '2023-01-01', '2024-01-01', 1, '[]',
               CASE WHEN i = 7 THEN NULL WHEN i = 8 THEN 'queued' ELSE 'failed' END,
               'Engine said ' || i || E': "boom",\\nline two', TIMESTAMP '2025-06-01' + i * INTERVAL '1 minute'
        FROM generate_series(1, 30) i;
        INSERT INTO validations (id, strategy_id, start_date, end_date, window_size_days, train_size_days,
                                 initial_capital, status, error_message, created_at)
        SELECT 'fv' || i, md5('s' || i)::uuid::text, '2023-01-01', '2024-01-01', 90, 180, 1, 'failed',
               'Not enough history ' || i, TIMESTAMP '2025-06-01 00:00:30' + i * INTERVAL '1 minute'
        FROM generate_series(1, 5) i;
        ANALYZE backtests; ANALYZE validations;
        """;

    private Services services;
    private Dashboard dashboard;

    @BeforeEach
    void clean() throws Exception {
        DB.sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    }

    @AfterEach
    void close() {
        if (services != null) {
            services.close();
        }
    }

    private void build(String how, boolean data) throws Exception {
        if (how.equals("api")) {
            try (InputStream in = getClass().getResourceAsStream("/schemas/api-init-db.sql")) {
                DB.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        services = Services.connect(DB.settings());
        if (how.equals("ours")) {
            services.schema().init();
        }
        if (data) {
            DB.sql(BrowseData.sql(400, how.equals("api") ? "json" : "jsonb"));
            DB.sql(EXTRA);
        }
        dashboard = services.dashboard();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ours", "api"})
    void countsAreTheGuidesCounts(String how) throws Exception {
        build(how, true);
        assertThat(map(dashboard.strategiesByType()))
                .isEqualTo(oracle("SELECT strategy_type, count(*) FROM strategies GROUP BY 1"));
        assertThat(dashboard.strategiesByType()).extracting(Counted::count).isSortedAccordingTo((a, b) -> b.compareTo(a));
        StatusCounts bt = dashboard.backtestStatuses();
        assertThat(map(bt.all())).isEqualTo(oracle("SELECT status, count(*) FROM backtests GROUP BY 1"));
        assertThat(bt.of("failed").count()).isGreaterThanOrEqualTo(28); // the API schema brings sample rows
        assertThat(bt.of("pending").count()).isZero();
        assertThat(bt.other()).isGreaterThanOrEqualTo(2); // NULL and 'queued'
        assertThat(bt.estimated()).isFalse();
        assertThat(map(dashboard.validationStatuses().all()))
                .isEqualTo(oracle("SELECT status, count(*) FROM validations GROUP BY 1"));
        Map<String, Long> gates = new HashMap<>();
        dashboard.gateResults().forEach(g -> gates.put(g.gateType() + "/" + g.passed(), g.count()));
        assertThat(gates).isEqualTo(oracle("SELECT gate_type || '/' || passed, count(*) FROM gate_results GROUP BY 1"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ours", "api"})
    void listsAreTheGuidesRows(String how) throws Exception {
        build(how, true);
        assertThat(dashboard.recentBacktests(10)).extracting(Dashboard.RecentBacktest::id).isEqualTo(
                column("SELECT id FROM backtests ORDER BY created_at DESC, id DESC LIMIT 10"));
        List<Dashboard.Failure> failures = dashboard.recentFailures(10);
        assertThat(failures).extracting(Dashboard.Failure::id).isEqualTo(column(
                "SELECT id FROM (SELECT id, created_at FROM backtests WHERE status = 'failed' UNION ALL"
                        + " SELECT id, created_at FROM validations WHERE status = 'failed') f"
                        + " ORDER BY created_at DESC, id DESC LIMIT 10"));
        assertThat(failures.get(0).errorMessage()).contains("\"boom\",\nline two");
        assertThat(failures).allSatisfy(f -> assertThat(f.strategyName()).isNotNull());
        Dashboard.ReadyStrategies ready = dashboard.productionReady(5);
        List<String> readyIds = column("SELECT DISTINCT s.id FROM strategies s JOIN gate_results gr"
                + " ON s.id = gr.strategy_id WHERE gr.gate_type = 'product' AND gr.production_ready = true");
        assertThat(ready.total()).isEqualTo(readyIds.size()).isPositive();
        assertThat(ready.rows()).hasSize(5);
        assertThat(readyIds).containsAll(ready.rows().stream().map(Dashboard.ReadyStrategy::id).toList());
        assertThat(ready.rows()).extracting(Dashboard.ReadyStrategy::readyAt)
                .isSortedAccordingTo((a, b) -> b.compareTo(a));
        assertThat(dashboard.lastActivity().latest()).isEqualTo(
                column("SELECT max(t)::text FROM (SELECT max(created_at) t FROM backtests UNION ALL"
                        + " SELECT max(timestamp) FROM gate_results UNION ALL SELECT max(created_at) FROM validations"
                        + " UNION ALL SELECT max(created_at) FROM strategies) x").get(0).replace(' ', 'T'));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ours", "api"})
    void thePickerFindsByNameTakenLiterallyOrById(String how) throws Exception {
        build(how, true);
        List<Dashboard.StrategyChoice> odd = dashboard.findStrategies("100%", 50);
        assertThat(odd).isNotEmpty().allSatisfy(c -> assertThat(c.name()).contains("100%"));
        assertThat(odd).extracting(Dashboard.StrategyChoice::name).isSorted();
        assertThat(dashboard.findStrategies("_x\\y 'q'", 50)).isNotEmpty();
        String id = column("SELECT md5('s1')::uuid::text").get(0);
        assertThat(dashboard.findStrategies(id, 5)).extracting(Dashboard.StrategyChoice::id).containsExactly(id);
        assertThat(dashboard.findStrategies("", 7)).hasSize(7);
        assertThat(dashboard.findStrategies("no such name at all", 7)).isEmpty();
        Dashboard.StrategyChoice latest = dashboard.latestValidated().orElseThrow();
        assertThat(latest.id()).isEqualTo(column("SELECT strategy_id FROM validations"
                + " ORDER BY created_at DESC, id DESC LIMIT 1").get(0));
        assertThat(dashboard.validations(latest.id())).extracting(ValidationRow::id).isEqualTo(column(
                "SELECT id FROM validations WHERE strategy_id = '" + latest.id() + "' ORDER BY created_at DESC, id DESC"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ours", "api"})
    void anEmptyDatabaseGivesEmptyPanels(String how) throws Exception {
        build(how, false);
        DB.sql("DELETE FROM gate_results; DELETE FROM validations; DELETE FROM backtests; DELETE FROM strategies;");
        assertThat(dashboard.strategiesByType()).isEmpty();
        assertThat(dashboard.backtestStatuses().total()).isZero();
        assertThat(dashboard.validationStatuses().of("failed").count()).isZero();
        assertThat(dashboard.recentBacktests(10)).isEmpty();
        assertThat(dashboard.recentFailures(10)).isEmpty();
        assertThat(dashboard.gateResults()).isEmpty();
        assertThat(dashboard.productionReady(10).total()).isZero();
        assertThat(dashboard.findStrategies("x", 10)).isEmpty();
        assertThat(dashboard.latestValidated()).isEmpty();
        assertThat(dashboard.lastActivity().latest()).isNull();
    }

    @org.junit.jupiter.api.Test
    void countsAboveTheExactLimitAreTheEstimateMarkedSo() throws Exception {
        build("ours", true);
        List<Counted> counts = services.database().withConnection(c -> {
            c.setAutoCommit(true);
            return ValueCounts.of(c, "strategies", "strategy_type", 50);
        });
        Map<String, Long> exact = oracle("SELECT strategy_type, count(*) FROM strategies GROUP BY 1");
        assertThat(counts).hasSize(exact.size()).allSatisfy(c -> {
            assertThat(c.estimated()).isTrue(); // 80 of each type, above 50
            assertThat(c.count()).isGreaterThan(50).isCloseTo(exact.get(c.value()),
                    org.assertj.core.data.Offset.offset(30L));
        });
    }

    private static Map<String, Long> map(List<Counted> counts) {
        Map<String, Long> m = new HashMap<>();
        counts.forEach(c -> m.put(c.value(), c.count()));
        return m;
    }

    private static Map<String, Long> oracle(String sql) throws Exception {
        Map<String, Long> m = new HashMap<>();
        try (Connection c = DB.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                m.put(rs.getString(1), rs.getLong(2));
            }
        }
        return m;
    }

    private static List<String> column(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DB.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }
}
