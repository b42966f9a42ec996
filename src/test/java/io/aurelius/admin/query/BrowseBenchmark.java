package io.aurelius.admin.query;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.testing.TestServer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The browse benchmark (issue 3, "Speed"): 1,000,000 strategies and 3,000,000 metric-only backtests (one
 * strategy has 1,000 of them), generated in SQL on first run, then timings of the first page, page 10,000,
 * other sorts, a filtered search and a strategy with 1,000 backtests. "db" is the server's execution time
 * (EXPLAIN ANALYZE of the very statement); "total" is the whole browser call (pool, read-only transaction,
 * statement, mapping). Medians of 15 runs after warm-up. Not a test: it asserts nothing.
 *
 * <p>Run from the project directory:
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=cp.txt
 * java -Xmx512m -cp target/classes:target/test-classes:$(cat cp.txt) io.aurelius.admin.query.BrowseBenchmark [--tune] [--no-walk]
 * </pre>
 * With DB_NAME (and the app's other DB_* / PG* settings) in the environment it uses that database (it fills it
 * only when it has no strategies: give it an empty one); otherwise the tests' private server
 * ({@link TestServer}) and a database {@code aurelius_bench} there, kept between runs. {@code --tune} first
 * builds the optional {@link PerformanceIndexes} (including the trigram ones); {@code --no-walk} seeks to page
 * 10,000 directly instead of paging there (which also records the heap used). Filling takes a few minutes.
 */
public final class BrowseBenchmark {

    static final int STRATEGIES = 1_000_000;
    static final int RUNS = 15;
    static final String BIG = "00000000-0000-0000-0000-000000000001";

    public static void main(String[] args) throws Exception {
        boolean tune = Arrays.asList(args).contains("--tune");
        boolean walk = !Arrays.asList(args).contains("--no-walk");
        ConnectionSettings settings = settings();
        try (Services services = Services.connect(settings)) {
            fill(services);
            if (tune) {
                long t = System.nanoTime();
                new PerformanceIndexes(services.database()).create(true, sql -> System.out.println("  " + sql));
                System.out.printf("performance indexes built in %.1f s%n", (System.nanoTime() - t) / 1e9);
            }
            new BrowseBenchmark(services, walk).run();
        }
    }

    static ConnectionSettings settings() throws SQLException {
        if (System.getenv("DB_NAME") != null) {
            return SettingsResolver.fromSystem().resolve(SettingsResolver.Overrides.none());
        }
        try {
            TestServer.adminSql("CREATE DATABASE aurelius_bench");
        } catch (SQLException e) {
            if (!"42P04".equals(e.getSQLState())) { // exists already
                throw e;
            }
        }
        return TestServer.settings("aurelius_bench");
    }

    static void fill(Services services) {
        services.schema().init();
        long have = services.database().withConnection(c -> one(c, "SELECT count(*) FROM strategies"));
        if (have >= STRATEGIES) {
            return;
        }
        System.out.println("filling: 1,000,000 strategies, 3,000,000 backtests (a few minutes) ...");
        long t = System.nanoTime();
        services.database().withConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute(FILL);
                for (String table : List.of("strategies", "backtests", "validations", "gate_results")) {
                    st.execute("VACUUM ANALYZE " + table); // one by one: VACUUM refuses a multi-statement string
                }
            }
            return null;
        });
        System.out.printf("filled in %.0f s%n", (System.nanoTime() - t) / 1e9);
    }

    static final String FILL = """
        INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,
                                updated_at, status)
        SELECT CASE WHEN i = 1 THEN '00000000-0000-0000-0000-000000000001' ELSE md5('s' || i)::uuid::text END,
               (ARRAY['Momentum','Pairs','Carry','Breakout','Reversion','Vol'])[1 + i % 6] || ' ' || (i % 100000),
               CASE WHEN i % 4 = 0 THEN NULL ELSE 'Generated strategy number ' || i END,
               (ARRAY['ts_momentum','pairs_trading','stat_arb','ml_classifier','volatility_trading',
                      'mean_reversion','trend_following','market_neutral'])[1 + i % 8],
               (i % 1000) / 1000.0, '{"lookback": 20, "vol_target": 0.15, "position_size": 0.1}',
               TIMESTAMP '2023-01-01' + (i * 61) * INTERVAL '1 second',
               TIMESTAMP '2023-01-01' + (i * 61 + i % 86400) * INTERVAL '1 second',
               CASE WHEN i % 50 = 0 THEN 'archived' WHEN i % 997 = 0 THEN NULL ELSE 'active' END
        FROM generate_series(1, 1000000) i;
        INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status, metrics,
                               created_at, completed_at, duration_seconds)
        SELECT md5('b' || i || '-' || k)::uuid::text,
               CASE WHEN i = 1 THEN '00000000-0000-0000-0000-000000000001' ELSE md5('s' || i)::uuid::text END,
               '2022-01-01', '2023-12-31', 100000, '["SPY"]', 'completed',
               jsonb_build_object('sharpe_ratio', round((random() * 3)::numeric, 3),
                                  'total_return', round((random() * 40 - 10)::numeric, 2),
                                  'max_drawdown', -round((random() * 30)::numeric, 2),
                                  'total_trades', (random() * 500)::int, 'win_rate', 55.5),
               TIMESTAMP '2024-01-01' + (i + k) * INTERVAL '1 second',
               TIMESTAMP '2024-01-01' + (i + k + 30) * INTERVAL '1 second', 30
        FROM generate_series(1, 1000000) i, generate_series(1, CASE WHEN i = 1 THEN 1000 ELSE 3 END) k;
        INSERT INTO validations (id, strategy_id, start_date, end_date, window_size_days, train_size_days,
                                 initial_capital, status, num_windows, avg_train_sharpe, avg_test_sharpe,
                                 avg_degradation, stability_score, passed, created_at)
        SELECT md5('v' || i)::uuid::text, md5('s' || i)::uuid::text, '2022-01-01', '2023-12-31', 90, 180, 100000,
               'completed', 4, 1.2, 0.8, 0.3, 60 + i % 40, i % 40 >= 15, TIMESTAMP '2024-02-01'
        FROM generate_series(2, 1000000, 3) i;
        INSERT INTO gate_results (id, strategy_id, gate_type, passed, timestamp, results)
        SELECT md5('g' || i || '-' || k)::uuid::text, md5('s' || i)::uuid::text,
               (ARRAY['dev','crv','product'])[k], (i + k) % 4 <> 0, TIMESTAMP '2024-03-01' + k * INTERVAL '1 day',
               '{"gate_status": "PASSED"}'
        FROM generate_series(2, 1000000, 2) i, generate_series(1, 1 + i % 3) k;
        """;

    private final Services services;
    private final StrategyBrowser browser;

    private final boolean walk;

    BrowseBenchmark(Services services, boolean walk) {
        this.services = services;
        this.walk = walk;
        this.browser = services.browser();
    }

    static long one(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void run() {
        SortOrder newest = SortOrder.newestFirst();
        StrategyFilter none = StrategyFilter.none();
        System.out.println("count(): " + browser.count(none));
        page("first page, newest first, 50 rows", none, newest, null);

        StrategyPage p;
        if (walk) {
            long maxHeap = usedHeap();
            long t = System.nanoTime();
            p = browser.page(none, newest, 50, null, true);
            for (int i = 2; i <= 10_000; i++) {
                p = browser.page(none, newest, 50, p.last(), true);
                if (i % 500 == 0) {
                    maxHeap = Math.max(maxHeap, usedHeap());
                }
            }
            System.out.printf("walked to page 10,000 by keyset in %.1f s (%.2f ms a page); heap used at most %d MB"
                            + " (max %d MB)%n", (System.nanoTime() - t) / 1e9,
                    (System.nanoTime() - t) / 1e6 / 10_000, maxHeap >> 20, Runtime.getRuntime().maxMemory() >> 20);
        } else { // --no-walk: find page 10,000's first row directly (OFFSET here only, to place the cursor)
            Cursor at = services.database().withConnection(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT created_at, id"
                        + " FROM strategies ORDER BY created_at DESC, id DESC OFFSET 499950 LIMIT 1")) {
                    rs.next();
                    return new Cursor(newest, rs.getObject(1, java.time.LocalDateTime.class), rs.getString(2));
                }
            });
            p = browser.page(none, newest, 50, at, true);
        }
        Cursor deep = p.first();
        page("page 10,000 (seek from its cursor), newest first", none, newest,
                new Cursor(newest, deep.sortValue(), deep.id()), true);
        StrategyPage last = browser.lastPage(none, newest, 50);
        time("last page, newest first", () -> browser.lastPage(none, newest, 50));
        page("page before the last page", none, newest, last.first(), false);

        for (StrategySort s : List.of(StrategySort.NAME, StrategySort.CONFIDENCE, StrategySort.TYPE,
                StrategySort.STATUS, StrategySort.UPDATED)) {
            SortOrder o = new SortOrder(s, false);
            StrategyPage first = browser.page(none, o, 50, null, true);
            page("first page by " + s, none, o, null);
            page("a later page by " + s, none, o, first.last());
        }
        for (StrategySort s : List.of(StrategySort.BACKTESTS, StrategySort.LATEST_GATE)) {
            page("first page by " + s + " (every strategy's count)", none, new SortOrder(s, true), null, true, 3);
        }

        StrategyFilter search = new StrategyFilter(Set.of("ts_momentum", "stat_arb", "pairs_trading"), Set.of("active"),
                0.2, 0.9, null, null, "momentum 123");
        page("filtered search (types, status, confidence, text)", search, newest, null);
        time("count() of that search", () -> browser.count(search));
        StrategyFilter text = new StrategyFilter(null, null, null, null, null, null, "number 4242");
        page("text search only ('number 4242')", text, newest, null);
        StrategyFilter dates = new StrategyFilter(null, null, null, null, java.time.LocalDate.of(2023, 6, 1),
                java.time.LocalDate.of(2023, 6, 30), null);
        page("created in June 2023", dates, new SortOrder(StrategySort.NAME, false), null);
        time("count() of June 2023", () -> browser.count(dates));

        time("strategy with 1,000 backtests: header + 3 tabs", () -> {
            browser.strategy(BIG);
            int n = browser.backtests(BIG).size();
            browser.validations(BIG);
            browser.gateResults(BIG);
            return n;
        });
        time("  of which backtests(1,000 rows)", () -> browser.backtests(BIG));
        System.out.printf("types() %s; statuses() %s%n", browser.types(), browser.statuses());
        time("types()", browser::types);
        time("statuses()", browser::statuses);
    }

    void page(String label, StrategyFilter f, SortOrder o, Cursor cursor) {
        page(label, f, o, cursor, true);
    }

    void page(String label, StrategyFilter f, SortOrder o, Cursor cursor, boolean forward) {
        page(label, f, o, cursor, forward, RUNS);
    }

    void page(String label, StrategyFilter f, SortOrder o, Cursor cursor, boolean forward, int runs) {
        double db = dbTime(f, o, cursor, forward, runs);
        double total = median(runs, () -> browser.page(f, o, 50, cursor, forward));
        System.out.printf(Locale.ROOT, "%-58s db %8.1f ms   total %8.1f ms%n", label, db, total);
    }

    void time(String label, Supplier<?> work) {
        System.out.printf(Locale.ROOT, "%-58s             total %8.1f ms%n", label, median(RUNS, work));
    }

    static double median(int runs, Supplier<?> work) {
        work.get();
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        ms.sort(null);
        return ms.get(ms.size() / 2);
    }

    /** The server's execution time of the page statement (EXPLAIN ANALYZE, median). */
    double dbTime(StrategyFilter f, SortOrder o, Cursor cursor, boolean forward, int runs) {
        SortKey key = SortKey.of(o.column());
        SqlParams params = new SqlParams();
        String sql = PageSql.page(key, f, o.descending() != forward, params,
                cursor == null ? null : key.coerce(cursor.sortValue()), cursor == null ? null : cursor.id(), 51);
        return services.database().withConnection(c -> {
            List<Double> ms = new ArrayList<>();
            for (int i = 0; i <= runs; i++) {
                try (PreparedStatement ps = c.prepareStatement("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)) {
                    params.bind(c, ps);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        var m = java.util.regex.Pattern.compile("\"Execution Time\":\\s*([0-9.]+)")
                                .matcher(rs.getString(1));
                        if (i > 0 && m.find()) {
                            ms.add(Double.parseDouble(m.group(1)));
                        }
                    }
                }
            }
            ms.sort(null);
            return ms.get(ms.size() / 2);
        });
    }

    static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }
}
