package io.aurelius.admin.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Rows that are not what DATA-SHAPES.md describes never break a query: on a database the API made (json
 * columns, no indexes, extra columns and tables: {@code schemas/api-init-db.sql}) and on ours (jsonb).
 */
class HostileRowsTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    static final String S = "'hhhhhhhh-0000-0000-0000-000000000001'";

    /** Column-listed, so it fits both schemas; JSON as literals, so it fits json and jsonb. */
    static final String HOSTILE = """
        INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at, updated_at,
                                status) VALUES
         (%1$s, E'<script>alert(1)</script>\\n\\t"q" ''s'' \\\\ 100%%', 'Ελληνικά 中文 עברית 🚀', 'brand_new_type',
          'NaN', '"just a string"', '2025-06-01', '2025-06-01', NULL),
         ('hhhhhhhh-0000-0000-0000-000000000002', 'Infinite', NULL, 'stat_arb', 'Infinity', '[]', '2025-06-02',
          '2025-06-02', ''),
         ('hhhhhhhh-0000-0000-0000-000000000003', 'Negative', NULL, 'stat_arb', '-Infinity', 'null', '2025-06-02',
          '2025-06-02', 'active');
        INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status, metrics,
                               created_at) VALUES
         ('hb1', %1$s, '2023-01-01', '2024-01-01', 1, '["SPY", 1]', 'completed',
          '{"sharpe_ratio": "n/a", "total_return": {"x": 1}, "max_drawdown": [1, 2], "total_trades": true}',
          '2025-06-01 00:00:01'),
         ('hb2', %1$s, '2023-01-01', '2024-01-01', 1, '[]', 'completed', '[1, 2, 3]', '2025-06-01 00:00:02'),
         ('hb3', %1$s, '2023-01-01', '2024-01-01', 1, '"SPY"', NULL, '"text"', '2025-06-01 00:00:03'),
         ('hb4', %1$s, '2023-01-01', '2024-01-01', 1, '{"a": "b"}', 'completed',
          '{"sharpe_ratio": " 1.5 ", "total_return": "1e400", "max_drawdown": 1e400, "total_trades": "0x10"}',
          '2025-06-01 00:00:04'),
         ('hb5', %1$s, '2023-01-01', '2024-01-01', 1, '["Ω", "x\\"y"]', 'completed',
          '{"sharpe_ratio": null, "total_return": "NaN", "max_drawdown": "-3", "total_trades": 42}',
          '2025-06-01 00:00:05'),
         ('hb6', %1$s, '2023-01-01', '2024-01-01', 1, 'null', 'failed', NULL, '2025-06-01 00:00:06'),
         ('hb7', %1$s, '2023-01-01', '2024-01-01', 1, '["SPY"]', 'running', 'null', '2025-06-01 00:00:07');
        INSERT INTO validations (id, strategy_id, start_date, end_date, window_size_days, train_size_days,
                                 initial_capital, status, windows, metrics, created_at) VALUES
         ('hv1', %1$s, 'garbage', '', 0, -1, 0, NULL, '{"not": "a list"}', '"x"', '2025-06-01');
        INSERT INTO gate_results (id, strategy_id, gate_type, passed, timestamp, results) VALUES
         ('hg1', %1$s, 'weird', false, '2025-06-01', '[]'),
         ('hg2', %1$s, 'crv', true, '2025-06-01', '"PASSED"');
        """.formatted(S);

    private Services services;

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

    private StrategyBrowser build(String how) throws Exception {
        if (how.equals("api")) {
            try (InputStream in = getClass().getResourceAsStream("/schemas/api-init-db.sql")) {
                DB.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            // json keeps what jsonb refuses
            DB.sql("INSERT INTO strategies (id, name, strategy_type, confidence, parameters, created_at, updated_at)"
                    + " VALUES ('nul', 'NUL', 'stat_arb', 0, '{\"a\": \"\\u0000\"}', '2025-06-03', '2025-06-03');"
                    + " INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments,"
                    + " metrics, created_at) VALUES ('hb0', 'nul', '', '', 0, '[\"\\u0000\"]',"
                    + " '{\"sharpe_ratio\": \"\\u0000\", \"total_return\": 1}', '2025-06-03')");
        }
        services = Services.connect(DB.settings());
        if (how.equals("ours")) {
            services.schema().init();
        }
        DB.sql(HOSTILE);
        return services.browser();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ours", "api"})
    @Proves(value = Reliability.HOSTILE_JSON, how = "Rows with broken JSON (strings, arrays and null where objects "
            + "belong, NaN, 1e400, NUL in json) on the API's json schema and on jsonb: every sort, page, count, "
            + "search and raw-JSON read of the browser works.")
    void everyMethodWorksOnHostileRows(String how) throws Exception {
        StrategyBrowser b = build(how);
        List<String> ids = new ArrayList<>();
        for (StrategySort sort : StrategySort.values()) {
            for (boolean desc : new boolean[] {false, true}) {
                SortOrder o = new SortOrder(sort, desc);
                List<String> seen = new ArrayList<>();
                StrategyPage p = b.page(null, o, 2, null, true);
                p.rows().forEach(r -> seen.add(r.id()));
                while (p.hasNext()) {
                    p = b.page(null, o, 2, p.last(), true);
                    p.rows().forEach(r -> seen.add(r.id()));
                }
                assertThat(seen).doesNotHaveDuplicates();
                assertThat(b.lastPage(null, o, 2).rows()).hasSizeLessThanOrEqualTo(2);
                if (ids.isEmpty()) {
                    ids.addAll(seen);
                } else {
                    assertThat(seen).as(o.toString()).containsExactlyInAnyOrderElementsOf(ids);
                }
            }
        }
        assertThat(ids).hasSize(how.equals("api") ? 6 : 3);
        assertThat(b.count(null).count()).isEqualTo(ids.size());
        for (String text : List.of("'", "\"", "<script>", "\\", "%", "🚀", "中文", "\n")) {
            assertThat(b.count(new StrategyFilter(null, null, null, null, null, null, text)).count())
                    .as(text).isPositive();
        }
        assertThat(b.types()).contains("brand_new_type", "stat_arb");
        assertThat(b.statuses()).contains("active").doesNotContain("").doesNotContainNull();
        for (String id : ids) {
            assertThat(b.strategy(id)).isPresent();
            for (BacktestRow r : b.backtests(id)) {
                for (String column : List.of("instruments", "metrics", "trades", "equity_curve")) {
                    b.rawJson("backtests", column, r.id());
                }
            }
            b.validations(id).forEach(v -> b.rawJson("validations", "windows", v.id()));
            b.gateResults(id).forEach(g -> assertThat(b.rawJson("gate_results", "results", g.id())).isPresent());
            assertThat(b.rawJson("strategies", "parameters", id)).isPresent();
        }
        assertThat(b.strategy("no such id")).isEmpty();
        assertThat(b.rawJson("strategies", "parameters", "no such id")).isEmpty();
    }

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "An 800,000-character JSON value comes back cut, saying its "
            + "length.")
    void aHugeJsonValueComesBackCutWithItsLengthSaid() throws Exception {
        StrategyBrowser b = build("ours");
        DB.sql("UPDATE backtests SET equity_curve = (SELECT jsonb_agg(100000 + g) FROM generate_series(1, 100000) g)"
                + " WHERE id = 'hb1'");
        String raw = b.rawJson("backtests", "equity_curve", "hb1").orElseThrow();
        assertThat(raw).startsWith("[100001, 100002").endsWith("characters; the rest is not shown)")
                .contains("of 800,000 characters");
        assertThat(raw.length()).isLessThan(SqlStrategyBrowser.RAW_JSON_LIMIT + 100);
        assertThat(b.rawJson("backtests", "metrics", "hb1")).get().asString().doesNotContain("not shown");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ours", "api"})
    @Proves(value = Reliability.HOSTILE_JSON, how = "Unreadable metrics, instruments and parameters come back as "
            + "text marked unreadable, never as errors, on both schemas.")
    void unreadableValuesAreKeptAsText(String how) throws Exception {
        StrategyBrowser b = build(how);
        String id = S.replace("'", "");
        StrategyDetail d = b.strategy(id).orElseThrow();
        assertThat(d.name()).isEqualTo("<script>alert(1)</script>\n\t\"q\" 's' \\ 100%");
        assertThat(d.confidence()).isNaN();
        assertThat(d.status()).isNull();
        assertThat(d.parametersJson()).isEqualTo("\"just a string\"");

        Map<String, BacktestRow> bt = b.backtests(id).stream()
                .collect(Collectors.toMap(BacktestRow::id, Function.identity()));
        assertThat(b.backtests(id)).extracting(BacktestRow::id)
                .containsExactly("hb7", "hb6", "hb5", "hb4", "hb3", "hb2", "hb1");
        assertThat(bt.get("hb1").sharpe()).isEqualTo(new Reading(null, "n/a"));
        assertThat(bt.get("hb1").totalReturn().unreadable()).isTrue();
        assertThat(bt.get("hb1").totalReturn().raw()).contains("\"x\"");
        assertThat(bt.get("hb1").maxDrawdown().unreadable()).isTrue();
        assertThat(bt.get("hb1").totalTrades()).isEqualTo(new Reading(null, "true"));
        assertThat(bt.get("hb1").instruments()).startsWith("[").contains("\"SPY\"", "1");
        for (String absent : List.of("hb2", "hb3", "hb6", "hb7")) {
            BacktestRow r = bt.get(absent);
            assertThat(List.of(r.sharpe(), r.totalReturn(), r.maxDrawdown(), r.totalTrades()))
                    .as(absent).containsOnly(Reading.ABSENT);
        }
        assertThat(bt.get("hb2").instruments()).isEmpty();
        assertThat(bt.get("hb3").instruments()).isEqualTo("\"SPY\"");
        assertThat(bt.get("hb4").instruments()).contains("\"a\"");
        assertThat(bt.get("hb4").sharpe().value()).isEqualTo(1.5);
        assertThat(bt.get("hb4").totalReturn()).isEqualTo(new Reading(null, "1e400"));
        assertThat(bt.get("hb4").maxDrawdown().unreadable()).isTrue();
        assertThat(bt.get("hb4").totalTrades()).isEqualTo(new Reading(null, "0x10"));
        assertThat(bt.get("hb5").instruments()).isEqualTo("Ω, x\"y");
        assertThat(bt.get("hb5").sharpe()).isEqualTo(Reading.ABSENT);
        assertThat(bt.get("hb5").totalReturn()).isEqualTo(new Reading(null, "NaN"));
        assertThat(bt.get("hb5").maxDrawdown().value()).isEqualTo(-3.0);
        assertThat(bt.get("hb5").totalTrades().value()).isEqualTo(42.0);
        assertThat(bt.get("hb6").instruments()).isEqualTo("null");

        ValidationRow v = b.validations(id).get(0);
        assertThat(v.numWindows()).isNull();
        assertThat(v.passed()).isNull();
        assertThat(v.stabilityScore()).isNull();
        assertThat(b.gateResults(id)).extracting(GateRow::gateType).containsExactlyInAnyOrder("weird", "crv");

        StrategyRow row = b.page(new StrategyFilter(Set.of("brand_new_type"), null, null, null, null, null, null),
                null, 10, null, true).rows().get(0);
        assertThat(row.backtests()).isEqualTo(7);
        assertThat(row.validations()).isEqualTo(1);
        assertThat(row.gateResults()).isEqualTo(2);
        assertThat(row.latestGateType()).isEqualTo("crv"); // same timestamp: the larger id (hg2) wins
        assertThat(row.latestGatePassed()).isTrue();

        if (how.equals("api")) {
            BacktestRow seed = b.backtests("11111111-1111-1111-1111-111111111111").stream()
                    .filter(r -> r.id().startsWith("b1")).findFirst().orElseThrow();
            assertThat(seed.totalReturn()).isEqualTo(new Reading(12.5, "12.5"));
            assertThat(seed.sharpe().value()).isEqualTo(1.4);
            assertThat(seed.maxDrawdown().value()).isEqualTo(-8.2);
            assertThat(seed.totalTrades()).isEqualTo(Reading.ABSENT);
            assertThat(seed.instruments()).isEqualTo("SPY");
            BacktestRow nul = b.backtests("nul").get(0);
            assertThat(nul.sharpe().unreadable()).isTrue();
            assertThat(nul.totalReturn().value()).isEqualTo(1.0);
            assertThat(b.rawJson("strategies", "parameters", "nul")).contains("{\"a\": \"\\u0000\"}");
        }
    }
}
