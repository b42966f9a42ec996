package io.aurelius.admin.ui.strategies;

import io.aurelius.admin.query.BacktestRow;
import io.aurelius.admin.query.Cursor;
import io.aurelius.admin.query.GateRow;
import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.query.StrategyDetail;
import io.aurelius.admin.query.StrategyFilter;
import io.aurelius.admin.query.StrategyPage;
import io.aurelius.admin.query.StrategyRow;
import io.aurelius.admin.query.Total;
import io.aurelius.admin.query.ValidationRow;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * An in-memory fake of our own StrategyBrowser interface, for ViewModel logic only (paging arithmetic, supersede,
 * persistence); the screens' robot tests use the real SQL browser on PostgreSQL. Rows are "Strategy 001".. in
 * list order; the text filter keeps names containing the text; the cursor holds a row index.
 */
final class FakeBrowser implements StrategyBrowser {

    private final List<StrategyRow> all = new ArrayList<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();
    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile boolean estimated;

    FakeBrowser(int n) {
        for (int i = 1; i <= n; i++) {
            all.add(new StrategyRow("id-" + i, String.format("Strategy %03d", i), i % 2 == 0 ? "stat_arb" : "ts_momentum",
                    "active", i / 1000.0, LocalDateTime.of(2026, 1, 1, 0, 0).plusHours(i),
                    LocalDateTime.of(2026, 1, 2, 0, 0), i % 3, 0, 0, null, null));
        }
    }

    /** Page queries whose search text is {@code text} wait until {@link #release}. */
    void hold(String text) {
        holds.put(text, new CountDownLatch(1));
    }

    void release(String text) {
        holds.get(text).countDown();
    }

    private List<StrategyRow> matching(StrategyFilter f) {
        String text = f.text();
        if (text != null && holds.containsKey(text)) {
            try {
                holds.get(text).await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return all.stream().filter(r -> text == null || r.name().contains(text))
                .filter(r -> f.types().isEmpty() || f.types().contains(r.type())).toList();
    }

    @Override
    public StrategyPage page(StrategyFilter filter, SortOrder order, int size, Cursor cursor, boolean forward) {
        calls.add("page " + (cursor == null ? "first" : (forward ? "after " : "before ") + cursor.sortValue())
                + (filter.text() == null ? "" : " text=" + filter.text()) + " sort=" + order.column()
                + (order.descending() ? " desc" : " asc") + " size=" + size);
        List<StrategyRow> rows = matching(filter);
        int from;
        if (cursor == null) {
            from = 0;
        } else if (forward) {
            from = (Integer) cursor.sortValue() + 1;
        } else {
            from = Math.max(0, (Integer) cursor.sortValue() - size);
        }
        return slice(rows, order, from, size);
    }

    private static StrategyPage slice(List<StrategyRow> rows, SortOrder order, int from, int size) {
        int to = Math.min(rows.size(), from + size);
        List<StrategyRow> part = from >= to ? List.of() : rows.subList(from, to);
        return new StrategyPage(part, part.isEmpty() ? null : new Cursor(order, from, part.get(0).id()),
                part.isEmpty() ? null : new Cursor(order, to - 1, part.get(part.size() - 1).id()), from > 0,
                to < rows.size());
    }

    @Override
    public StrategyPage lastPage(StrategyFilter filter, SortOrder order, int size) {
        calls.add("last");
        List<StrategyRow> rows = matching(filter);
        return slice(rows, order, Math.max(0, rows.size() - size), size);
    }

    @Override
    public Total count(StrategyFilter filter) {
        calls.add("count");
        return new Total(matching(filter).size(), estimated);
    }

    @Override
    public List<String> types() {
        return List.of("stat_arb", "ts_momentum");
    }

    @Override
    public List<String> statuses() {
        return List.of("active");
    }

    @Override
    public Optional<StrategyDetail> strategy(String id) {
        return Optional.empty();
    }

    @Override
    public List<BacktestRow> backtests(String strategyId) {
        return List.of();
    }

    @Override
    public List<ValidationRow> validations(String strategyId) {
        return List.of();
    }

    @Override
    public List<GateRow> gateResults(String strategyId) {
        return List.of();
    }

    @Override
    public Optional<String> rawJson(String table, String column, String id) {
        return Optional.empty();
    }
}
