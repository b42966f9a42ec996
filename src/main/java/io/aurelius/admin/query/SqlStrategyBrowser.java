package io.aurelius.admin.query;

import io.aurelius.admin.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The SQL implementation of {@link StrategyBrowser}: every call is one read-only transaction of a fixed number
 * of plain JDBC statements (one, rarely two, queries; see {@link PageSql} for
 * the keyset page). Works on {@code json} and {@code jsonb}
 * columns alike and never reads trades, equity curves or windows.
 */
public final class SqlStrategyBrowser implements StrategyBrowser {

    /** Counts up to this are exact; above it {@link #count} returns the planner's estimate. */
    public static final int EXACT_COUNT_LIMIT = 10_000;

    /** The most characters of one JSON value {@link #rawJson} returns. */
    static final int RAW_JSON_LIMIT = 262_144;
    /** The JSON columns {@link #rawJson} may read, per table. */
    static final Map<String, Set<String>> JSON_COLUMNS = Map.of(
            "strategies", Set.of("parameters"),
            "backtests", Set.of("instruments", "metrics", "trades", "equity_curve"),
            "validations", Set.of("windows", "metrics"),
            "gate_results", Set.of("results"));

    private final Database db;

    public SqlStrategyBrowser(Database db) {
        this.db = db;
    }

    // --- the list -----------------------------------------------------------------------------------

    @Override
    public StrategyPage page(StrategyFilter filter, SortOrder order, int size, Cursor cursor, boolean forward) {
        checkSize(size);
        SortOrder o = order == null ? SortOrder.newestFirst() : order;
        if (cursor != null && !o.equals(cursor.order())) {
            throw new IllegalArgumentException("The cursor belongs to another sort order (" + cursor.order()
                    + ", not " + o + "): start again from the first page");
        }
        StrategyFilter f = filter == null ? StrategyFilter.none() : filter;
        return jdbc(c -> {
            if (cursor == null && !forward) {
                return read(c, f, o, size, null, false);
            }
            StrategyPage p = read(c, f, o, size, cursor, forward);
            if (!forward && cursor != null && p.rows().size() < size) {
                // reached the start going back: show a full first page instead of a short one
                return read(c, f, o, size, null, true);
            }
            return p;
        });
    }

    @Override
    public StrategyPage lastPage(StrategyFilter filter, SortOrder order, int size) {
        checkSize(size);
        SortOrder o = order == null ? SortOrder.newestFirst() : order;
        StrategyFilter f = filter == null ? StrategyFilter.none() : filter;
        return jdbc(c -> read(c, f, o, size, null, false));
    }

    private StrategyPage read(Connection c, StrategyFilter f, SortOrder o, int size, Cursor cursor, boolean forward)
            throws SQLException {
        SortKey key = SortKey.of(o.column());
        boolean ascending = o.descending() != forward; // reading backwards flips the direction
        SqlParams params = new SqlParams();
        Object value = cursor == null ? null : key.coerce(cursor.sortValue());
        String sql = PageSql.page(key, f, ascending, params, value, cursor == null ? null : cursor.id(), size + 1);
        List<StrategyRow> rows = new ArrayList<>(size + 1);
        List<Object> keys = new ArrayList<>(size + 1);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            params.bind(c, ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(row(rs));
                    keys.add(key.read(rs, 13));
                }
            }
        }
        boolean more = rows.size() > size;
        if (more) {
            rows.remove(size);
            keys.remove(size);
        }
        if (!forward) {
            Collections.reverse(rows);
            Collections.reverse(keys);
        }
        boolean hasPrevious = forward ? cursor != null : more;
        boolean hasNext = forward ? more : cursor != null;
        if (rows.isEmpty()) {
            return new StrategyPage(List.of(), null, null, hasPrevious, hasNext);
        }
        Cursor first = new Cursor(o, keys.get(0), rows.get(0).id());
        Cursor last = new Cursor(o, keys.get(keys.size() - 1), rows.get(rows.size() - 1).id());
        return new StrategyPage(List.copyOf(rows), first, last, hasPrevious, hasNext);
    }

    private static StrategyRow row(ResultSet rs) throws SQLException {
        return new StrategyRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                rs.getObject(6, LocalDateTime.class), rs.getObject(7, LocalDateTime.class), rs.getLong(8),
                rs.getLong(9), rs.getLong(10), rs.getString(11), (Boolean) rs.getObject(12));
    }

    private static void checkSize(int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("A page holds 1 to " + MAX_PAGE_SIZE + " rows, not " + size);
        }
    }

    @Override
    public Total count(StrategyFilter filter) {
        StrategyFilter f = filter == null ? StrategyFilter.none() : filter;
        return jdbc(c -> {
            SqlParams params = new SqlParams();
            String where = FilterSql.where(f, params);
            long exact = single(c, "SELECT count(*) FROM (SELECT 1 FROM strategies s WHERE " + where
                    + " LIMIT " + (EXACT_COUNT_LIMIT + 1) + ") x", params);
            if (exact <= EXACT_COUNT_LIMIT) {
                return new Total(exact, false);
            }
            long estimate = planRows(c, "EXPLAIN (FORMAT JSON) SELECT 1 FROM strategies s WHERE " + where, params);
            return new Total(Math.max(estimate, EXACT_COUNT_LIMIT + 1L), true);
        });
    }

    private static long single(Connection c, String sql, SqlParams params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            params.bind(c, ps);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** The top plan node's row estimate, read from EXPLAIN's JSON ({@code "Plan Rows": n}). */
    private static long planRows(Connection c, String sql, SqlParams params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            params.bind(c, ps);
            try (ResultSet rs = ps.executeQuery()) {
                StringBuilder plan = new StringBuilder();
                while (rs.next()) {
                    plan.append(rs.getString(1));
                }
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)")
                        .matcher(plan);
                return m.find() ? (long) Double.parseDouble(m.group(1)) : 0L;
            }
        }
    }

    @Override
    public List<String> types() {
        return jdbc(c -> DistinctValues.of(c, "strategy_type", "s.strategy_type", null));
    }

    @Override
    public List<String> statuses() {
        return jdbc(c -> DistinctValues.of(c, "status", "COALESCE(s.status, '')",
                PerformanceIndexes.STATUS_INDEX));
    }

    // --- one strategy -------------------------------------------------------------------------------

    @Override
    public Optional<StrategyDetail> strategy(String id) {
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, name, description, strategy_type, status,"
                    + " confidence, created_at, updated_at, parameters::text FROM strategies WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new StrategyDetail(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getDouble(6), rs.getObject(7, LocalDateTime.class),
                            rs.getObject(8, LocalDateTime.class), rs.getString(9)));
                }
            }
        });
    }

    @Override
    public List<BacktestRow> backtests(String strategyId) {
        return jdbc(c -> DetailSql.backtests(c, strategyId));
    }

    @Override
    public List<ValidationRow> validations(String strategyId) {
        return jdbc(c -> DetailSql.validations(c, strategyId));
    }

    @Override
    public List<GateRow> gateResults(String strategyId) {
        return jdbc(c -> DetailSql.gateResults(c, strategyId));
    }

    @Override
    public Optional<String> rawJson(String table, String column, String id) {
        Set<String> columns = JSON_COLUMNS.get(table);
        if (columns == null || !columns.contains(column)) {
            throw new IllegalArgumentException("No JSON column " + table + "." + column + " to show (known: "
                    + JSON_COLUMNS + ")");
        }
        // table and column come from the fixed list above, never from the caller's text
        // a 10^6-point curve is tens of megabytes: only its beginning crosses the network and reaches a text area
        String sql = "SELECT left(" + column + "::text, " + RAW_JSON_LIMIT + "), length(" + column + "::text)"
                + " FROM " + table + " WHERE id = ?";
        return jdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<String>empty();
                    }
                    String text = rs.getString(1);
                    long length = rs.getLong(2);
                    return Optional.ofNullable(text == null || length <= RAW_JSON_LIMIT ? text
                            : text + "\n… (the first " + String.format("%,d", RAW_JSON_LIMIT) + " of "
                            + String.format("%,d", length) + " characters; the rest is not shown)");
                }
            }
        });
    }

    // --- plumbing -----------------------------------------------------------------------------------

    /** Runs JDBC work in one read-only transaction; driver errors become one-sentence DatabaseExceptions. */
    private <R> R jdbc(Database.SqlFunction<Connection, R> work) {
        return db.readJdbc(work); // JIT is off for the whole connection (see Database)
    }
}
