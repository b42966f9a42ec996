package io.aurelius.admin.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Keyset paging of the strategies list on our own schema (jsonb, the guide's indexes) with 3,000 strategies. */
class KeysetPagingTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    static final int N = 3000;

    static Services services;
    static StrategyBrowser browser;
    static Map<String, Oracle.Expected> expected;

    @BeforeAll
    static void fill() throws Exception {
        services = Services.connect(DB.settings());
        services.schema().init();
        DB.sql(BrowseData.sql(N, "jsonb"));
        try (Connection c = DB.connect()) {
            expected = Oracle.expected(c);
        }
        browser = services.browser();
    }

    @AfterAll
    static void close() {
        services.close();
    }

    static List<String> oracle(String where, SortOrder order) throws Exception {
        try (Connection c = DB.connect()) {
            return Oracle.ids(c, where, order);
        }
    }

    static List<StrategyPage> walk(StrategyFilter filter, SortOrder order, int size) {
        return Walks.walk(browser, filter, order, size);
    }

    static List<String> ids(List<StrategyPage> pages) {
        return Walks.ids(pages, expected);
    }

    @ParameterizedTest
    @EnumSource(StrategySort.class)
    void pagingForwardVisitsEveryRowOnceInOrder(StrategySort sort) throws Exception {
        for (boolean desc : new boolean[] {false, true}) {
            SortOrder order = new SortOrder(sort, desc);
            List<StrategyPage> pages = walk(StrategyFilter.none(), order, 97);
            assertThat(ids(pages)).as(order.toString()).containsExactlyElementsOf(oracle("TRUE", order));
            assertThat(pages).allSatisfy(p -> assertThat(p.rows()).hasSizeLessThanOrEqualTo(97));
            assertThat(pages.get(pages.size() - 1).hasNext()).isFalse();
        }
    }

    @ParameterizedTest
    @EnumSource(value = StrategySort.class, names = {"NAME", "STATUS", "CREATED", "CONFIDENCE", "LATEST_GATE"})
    void pagingBackwardMirrorsForward(StrategySort sort) {
        for (boolean desc : new boolean[] {false, true}) {
            SortOrder order = new SortOrder(sort, desc);
            List<StrategyPage> forward = walk(StrategyFilter.none(), order, 250);
            StrategyPage p = forward.get(forward.size() - 1);
            for (int i = forward.size() - 2; i >= 0; i--) {
                p = browser.page(StrategyFilter.none(), order, 250, p.first(), false);
                assertThat(p.rows()).isEqualTo(forward.get(i).rows());
                assertThat(p.hasNext()).isTrue();
                assertThat(p.hasPrevious()).isEqualTo(i > 0);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = StrategySort.class, names = {"TYPE", "CREATED", "BACKTESTS", "UPDATED"})
    void lastPageAndWalkingBackToTheStart(StrategySort sort) throws Exception {
        SortOrder order = new SortOrder(sort, true);
        List<String> all = oracle("TRUE", order);
        StrategyPage last = browser.lastPage(StrategyFilter.none(), order, 200);
        assertThat(last.hasNext()).isFalse();
        assertThat(last.hasPrevious()).isTrue();
        assertThat(last.rows()).extracting(StrategyRow::id).containsExactlyElementsOf(all.subList(N - 200, N));
        List<String> seen = new ArrayList<>(last.rows().stream().map(StrategyRow::id).toList());
        StrategyPage p = last;
        while (p.hasPrevious()) {
            p = browser.page(StrategyFilter.none(), order, 200, p.first(), false);
            List<String> ids = p.rows().stream().map(StrategyRow::id).toList();
            int at = all.indexOf(ids.get(0));
            assertThat(ids).containsExactlyElementsOf(all.subList(at, at + ids.size()));
            ids.stream().filter(id -> !seen.contains(id)).forEach(seen::add);
        }
        assertThat(p.rows()).extracting(StrategyRow::id).containsExactlyElementsOf(all.subList(0, 200));
        assertThat(seen).hasSize(N).containsExactlyInAnyOrderElementsOf(all);
    }

    static void assertFilter(StrategyFilter filter, String where, SortOrder order) throws Exception {
        List<String> want = oracle(where, order);
        assertThat(ids(walk(filter, order, 71))).as(where).containsExactlyElementsOf(want);
        assertThat(browser.count(filter)).isEqualTo(new Total(want.size(), false));
    }

    static StrategyFilter filter(Set<String> types, Set<String> statuses, Double min, Double max, LocalDate from,
                                 LocalDate to, String text) {
        return new StrategyFilter(types, statuses, min, max, from, to, text);
    }

    @Test
    void eachFilterAloneAndCombined() throws Exception {
        SortOrder byName = new SortOrder(StrategySort.NAME, false);
        SortOrder newest = SortOrder.newestFirst();
        assertFilter(filter(Set.of("stat_arb", "ml_classifier"), null, null, null, null, null, null),
                "s.strategy_type IN ('stat_arb', 'ml_classifier')", newest);
        assertFilter(filter(null, Set.of("archived"), null, null, null, null, null), "s.status = 'archived'", byName);
        assertFilter(filter(null, Set.of(""), null, null, null, null, null), "s.status IS NULL", newest);
        assertFilter(filter(null, null, 0.25, 0.5, null, null, null), "s.confidence BETWEEN 0.25 AND 0.5",
                new SortOrder(StrategySort.CONFIDENCE, true));
        assertFilter(filter(null, null, null, null, LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 3), null),
                "s.created_at >= '2025-02-01' AND s.created_at < '2025-02-04'", newest);
        assertFilter(filter(Set.of("ts_momentum"), Set.of("active", "paused"), 0.1, 0.9, LocalDate.of(2025, 1, 15),
                        LocalDate.of(2025, 9, 1), "strategy 1"),
                "s.strategy_type = 'ts_momentum' AND s.status IN ('active', 'paused') AND s.confidence BETWEEN 0.1"
                        + " AND 0.9 AND s.created_at >= '2025-01-15' AND s.created_at < '2025-09-02'"
                        + " AND (s.name ILIKE '%strategy 1%' OR s.description ILIKE '%strategy 1%')",
                new SortOrder(StrategySort.GATE_RESULTS, true));
        assertFilter(filter(Set.of("no_such_type"), null, null, null, null, null, null), "FALSE", newest);
    }

    @Test
    @Proves(value = Reliability.HOSTILE_TEXT, how = "Search text with %, _, \\, single and double quotes matches "
            + "literally (checked against a plain-SQL oracle), never as a pattern.")
    void textSearchMatchesPercentUnderscoreBackslashAndQuotesLiterally() throws Exception {
        SortOrder o = SortOrder.newestFirst();
        String odd = "strpos(s.name, 'Odd 100% _x\\y ''q'' \"dq\" #') = 1";
        assertFilter(filter(null, null, null, null, null, null, "odd 100%"), odd, o);
        assertFilter(filter(null, null, null, null, null, null, "100% _X\\Y 'Q'"), odd, o);
        assertFilter(filter(null, null, null, null, null, null, "\"dq\""), odd, o);
        assertFilter(filter(null, null, null, null, null, null, "50%_off"), "s.description LIKE 'Has 50\\%\\_off%'",
                o);
        assertFilter(filter(null, null, null, null, null, null, "\\"),
                "strpos(s.name, '\\') > 0 OR strpos(s.description, '\\') > 0", o);
        assertFilter(filter(null, null, null, null, null, null, "%"),
                "strpos(s.name, '%') > 0 OR strpos(s.description, '%') > 0", o);
        assertFilter(filter(null, null, null, null, null, null, "_"),
                "strpos(s.name, '_') > 0 OR strpos(s.description, '_') > 0", o);
        assertThat(browser.count(filter(null, null, null, null, null, null, "100%")).count())
                .isEqualTo(oracle(odd, o).size()).isPositive();
    }

    @Test
    void onePageIsOneStatementWhateverItsSize() {
        for (SortOrder order : List.of(SortOrder.newestFirst(), new SortOrder(StrategySort.BACKTESTS, false),
                new SortOrder(StrategySort.LATEST_GATE, true))) {
            StrategyPage first = browser.page(StrategyFilter.none(), order, 10, null, true);
            long small = statements(() -> browser.page(StrategyFilter.none(), order, 10, first.last(), true));
            long large = statements(() -> browser.page(StrategyFilter.none(), order, 500, first.last(), true));
            long huge = statements(() -> browser.page(StrategyFilter.none(), order, 1000, null, true));
            // one statement per page, whatever its size (JIT is off per connection)
            assertThat(large).isEqualTo(small).isEqualTo(huge).isEqualTo(1);
        }
        assertThat(statements(() -> browser.lastPage(StrategyFilter.none(), SortOrder.newestFirst(), 500)))
                .isEqualTo(1);
        assertThat(statements(() -> browser.count(StrategyFilter.none()))).isLessThanOrEqualTo(3);
        assertThat(statements(() -> browser.backtests(expected.keySet().iterator().next()))).isEqualTo(1);
    }

    static long statements(Runnable r) {
        long before = services.database().statementCount();
        r.run();
        return services.database().statementCount() - before;
    }

    @Test
    void typesStatusesAndCounts() {
        assertThat(browser.types()).containsExactly("ml_classifier", "pairs_trading", "stat_arb", "ts_momentum",
                "volatility_trading");
        assertThat(browser.statuses()).containsExactly("active", "archived", "paused");
        assertThat(browser.count(StrategyFilter.none())).isEqualTo(new Total(N, false));
    }

    @Test
    void badArguments() {
        StrategyPage p = browser.page(StrategyFilter.none(), SortOrder.newestFirst(), 10, null, true);
        assertThatThrownBy(() -> browser.page(null, new SortOrder(StrategySort.NAME, false), 10, p.last(), true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> browser.page(null, null, 0, null, true)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> browser.page(null, null, StrategyBrowser.MAX_PAGE_SIZE + 1, null, true))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> browser.rawJson("strategies; drop table x", "parameters", "1"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> browser.rawJson("strategies", "name", "1"))
                .isInstanceOf(IllegalArgumentException.class);
        // a cursor that went through text (e.g. saved) still works
        Cursor c = new Cursor(p.last().order(), p.last().sortValue().toString(), p.last().id());
        assertThat(browser.page(null, null, 10, c, true).rows())
                .isEqualTo(browser.page(null, null, 10, p.last(), true).rows());
    }

    /** The plan of the page statement the browser would run (same SQL, same binds). */
    static String plan(SortOrder order, Cursor cursor, int size) throws Exception {
        SortKey key = SortKey.of(order.column());
        SqlParams params = new SqlParams();
        String sql = PageSql.page(key, StrategyFilter.none(), !order.descending(), params,
                cursor == null ? null : cursor.sortValue(), cursor == null ? null : cursor.id(), size + 1);
        StringBuilder out = new StringBuilder();
        try (Connection c = DB.connect(); var ps = c.prepareStatement("EXPLAIN " + sql)) {
            params.bind(c, ps);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.append(rs.getString(1)).append('\n');
                }
            }
        }
        return out.toString();
    }

    @Test
    void theDefaultFirstPageAndADeepPageUseTheCreatedIndex() throws Exception {
        SortOrder newest = SortOrder.newestFirst();
        StrategyPage first = browser.page(StrategyFilter.none(), newest, 50, null, true);
        List<StrategyPage> pages = walk(StrategyFilter.none(), newest, 50);
        Cursor deep = pages.get(pages.size() - 3).last();
        for (String plan : List.of(plan(newest, null, 50), plan(newest, first.last(), 50), plan(newest, deep, 50))) {
            assertThat(plan).contains("idx_strategies_created").doesNotContain("Seq Scan on strategies");
        }
        String byType = plan(new SortOrder(StrategySort.TYPE, false), null, 50);
        assertThat(byType).contains("idx_strategies_type").doesNotContain("Seq Scan on strategies");
    }
}
