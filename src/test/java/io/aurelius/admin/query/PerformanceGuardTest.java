package io.aurelius.admin.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.demo.DemoSpec;
import io.aurelius.admin.demo.Progress;
import io.aurelius.admin.testing.FreshDatabase;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The performance issue's guard in the test suite: on a 50,000-strategy demo data set (150,000 metric-only
 * backtests), what does not depend on the machine's speed. Each list page is one statement at any depth;
 * keyset pages for every plain-column sort read an index with `db tune`'s indexes (EXPLAIN), never scan the
 * table; and the list
 * queries never read the heavy JSON columns (the SQL they prepare is checked).
 */
class PerformanceGuardTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    /** A heavy JSON column read whole (a key extracted in SQL, like metrics -> 'sharpe_ratio', is fine). */
    private static final java.util.regex.Pattern HEAVY = java.util.regex.Pattern.compile(
            "\\b(trades|equity_curve|windows|parameters)\\b|\\b(metrics|results)\\b(?!\\s*->)");

    private static Services services;

    @BeforeAll
    static void load() {
        services = Services.connect(DB.settings());
        services.schema().init();
        services.demo().generate(DemoSpec.of(50_000).withBacktests(3, 0, true), Progress.NONE, () -> false);
        new PerformanceIndexes(services.database()).create(false, line -> { });
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    void walkingTwoHundredPagesDeepIsOneStatementAPageAndNeverRepeatsARow() {
        StrategyBrowser browser = services.browser();
        Set<String> seen = new HashSet<>();
        StrategyPage page = null;
        for (int i = 0; i < 200; i++) {
            StrategyPage from = page;
            long before = services.database().statementCount();
            browserPage(browser, from);
            long statements = services.database().statementCount() - before;
            assertThat(statements).as("page %d", i + 1).isEqualTo(1);
            page = browserPage(browser, from);
            page.rows().forEach(r -> assertThat(seen.add(r.id())).as("row %s twice", r.id()).isTrue());
        }
        assertThat(seen).hasSize(200 * 50);
    }

    private static StrategyPage browserPage(StrategyBrowser browser, StrategyPage from) {
        return browser.page(StrategyFilter.none(), SortOrder.newestFirst(), 50, from == null ? null : from.last(),
                true);
    }

    @Test
    void keysetPagesOfEveryPlainSortReadAnIndexNotTheTable() throws Exception {
        for (SortKey key : List.of(SortKey.NAME, SortKey.TYPE, SortKey.CONFIDENCE, SortKey.CREATED,
                SortKey.UPDATED)) {
            for (boolean ascending : new boolean[] {true, false}) {
                String plan = plan(key, ascending);
                assertThat(plan).as("%s %s", key, ascending ? "ascending" : "descending")
                        .contains("Index").doesNotContain("Seq Scan on strategies");
            }
        }
    }

    /** EXPLAIN of the page after the 10,000th row in that order. */
    private static String plan(SortKey key, boolean ascending) throws Exception {
        return services.database().withConnection(c -> {
            String column = key.sql;
            String cursorSql = "SELECT " + column + ", s.id FROM strategies s ORDER BY 1 " + (ascending ? "ASC" : "DESC")
                    + ", 2 " + (ascending ? "ASC" : "DESC") + " OFFSET 10000 LIMIT 1";
            Object value;
            String id;
            try (PreparedStatement ps = c.prepareStatement(cursorSql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                value = key.coerce(key.read(rs, 1));
                id = rs.getString(2);
            }
            SqlParams params = new SqlParams();
            String sql = PageSql.page(key, StrategyFilter.none(), ascending, params, value, id, 51);
            assertThat(sql).as("the page SQL reads no heavy JSON").doesNotContainPattern(HEAVY);
            StringBuilder out = new StringBuilder();
            try (PreparedStatement ps = c.prepareStatement("EXPLAIN " + sql)) {
                params.bind(c, ps);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.append(rs.getString(1)).append('\n');
                    }
                }
            }
            return out.toString();
        });
    }

    @Test
    void theStrategyDetailListsReadNoHeavyJson() throws Exception {
        String id = services.browser().page(StrategyFilter.none(), SortOrder.newestFirst(), 1, null, true)
                .rows().get(0).id();
        List<String> prepared = services.database().withConnection(c -> {
            List<String> sqls = new ArrayList<>();
            Connection watched = (Connection) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement")) {
                            sqls.add((String) args[0]);
                        }
                        try {
                            return method.invoke(c, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
            c.setAutoCommit(false); // as the browser reads them: in one read-only transaction
            try {
                assertThat(DetailSql.backtests(watched, id)).isNotEmpty();
                DetailSql.validations(watched, id);
                DetailSql.gateResults(watched, id);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            return sqls;
        });
        assertThat(prepared).hasSize(3).allSatisfy(sql -> assertThat(sql).doesNotContainPattern(HEAVY));
        assertThat("SELECT b.metrics::text FROM backtests b").as("the guard itself").containsPattern(HEAVY);
        assertThat("SELECT (b.metrics -> 'total_trades')::text, v.num_windows").doesNotContainPattern(HEAVY);
    }
}
