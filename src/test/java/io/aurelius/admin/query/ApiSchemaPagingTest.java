package io.aurelius.admin.query;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * On a database the API made (json columns, no indexes but the primary keys) with 12,000 strategies: paging,
 * the estimated total above the exact-count threshold, json metrics, and the optional performance indexes.
 */
class ApiSchemaPagingTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    static final int N = 12_000;

    static Services services;
    static StrategyBrowser browser;
    static Map<String, Oracle.Expected> expected;

    @BeforeAll
    static void fill() throws Exception {
        try (InputStream in = ApiSchemaPagingTest.class.getResourceAsStream("/schemas/api-init-db.sql")) {
            DB.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        DB.sql(BrowseData.sql(N, "json"));
        services = Services.connect(DB.settings());
        browser = services.browser();
        try (Connection c = DB.connect()) {
            expected = Oracle.expected(c);
        }
    }

    @AfterAll
    static void close() {
        services.close();
    }

    void walkMatchesOracle(SortOrder order) throws Exception {
        List<String> ids = Walks.ids(Walks.walk(browser, StrategyFilter.none(), order, 1000), expected);
        try (Connection c = DB.connect()) {
            assertThat(ids).containsExactlyElementsOf(Oracle.ids(c, "TRUE", order));
        }
    }

    @Test
    void pagingOnJsonColumnsWithoutIndexes() throws Exception {
        walkMatchesOracle(SortOrder.newestFirst());
        walkMatchesOracle(new SortOrder(StrategySort.LATEST_GATE, false));
        walkMatchesOracle(new SortOrder(StrategySort.STATUS, true));
    }

    @Test
    void totalsAboveTheThresholdAreEstimates() {
        Total all = browser.count(StrategyFilter.none());
        assertThat(all.estimated()).isTrue();
        assertThat(all.count()).isBetween((long) (N * 0.8), (long) (N * 1.2));
        Total some = browser.count(new StrategyFilter(Set.of("stat_arb"), null, null, null, null, null, null));
        assertThat(some).isEqualTo(new Total(N / 5, false));
    }

    @Test
    void metricsOfJsonColumns() {
        String strategy = browser.page(new StrategyFilter(null, null, null, null, null, null, "Description of 3"),
                new SortOrder(StrategySort.BACKTESTS, true), 1, null, true).rows().get(0).id();
        List<BacktestRow> rows = browser.backtests(strategy);
        assertThat(rows).isNotEmpty();
        BacktestRow newest = rows.get(0);
        double k = rows.size();
        assertThat(newest.sharpe()).isEqualTo(new Reading(k * 0.5, String.valueOf(k * 0.5)));
        assertThat(newest.totalReturn().value()).isEqualTo(k + 0.5);
        assertThat(newest.maxDrawdown().value()).isEqualTo(-k);
        assertThat(newest.totalTrades().value()).isEqualTo(10 * k);
        assertThat(newest.instruments()).isEqualTo("SPY, QQQ");
    }

    @Test
    void performanceIndexesAreOptionalAndIdempotent() {
        PerformanceIndexes indexes = new PerformanceIndexes(services.database());
        assertThat(indexes.missing()).hasSize(PerformanceIndexes.INDEXES.size());
        assertThat(indexes.create(false, sql -> { })).hasSize(PerformanceIndexes.INDEXES.size());
        assertThat(indexes.missing()).isEmpty();
        assertThat(indexes.create(false, sql -> { })).isEmpty();
        assertThat(browser.statuses()).containsExactly("active", "archived", "paused");
        assertThat(browser.types()).contains("ts_momentum", "pairs_trading", "stat_arb");
    }
}
