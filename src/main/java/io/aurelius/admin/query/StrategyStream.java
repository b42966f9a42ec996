package io.aurelius.admin.query;

import io.aurelius.admin.db.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;

/**
 * Every row of the strategies list for a filter and sort (the rows {@link StrategyBrowser#page} shows, all pages,
 * in the same order), read through a server-side cursor: one statement in a read-only transaction with a fetch
 * size, so a million rows pass through without being held in memory. The counts and the latest gate are
 * aggregated for the matching strategies as {@link PageSql} does (index lookups or one hash join, never a scan
 * per row), and no JSON column is read.
 */
public final class StrategyStream {

    /** Rows the driver fetches per round trip. */
    static final int FETCH_SIZE = 1000;

    /** Receives the rows one by one, in order. */
    @FunctionalInterface
    public interface RowSink {
        void accept(StrategyRow row) throws IOException;
    }

    private final ReadOnlyJdbc jdbc;

    public StrategyStream(Database db) {
        this.jdbc = new ReadOnlyJdbc(db, 0);
    }

    /**
     * Sends every matching row to {@code sink}; returns how many. Stops with a {@link CancelledException} as soon
     * as {@code cancel} is requested (a running statement is cancelled on the server), and passes the sink's
     * IOException on as an {@link UncheckedIOException}.
     */
    public long forEach(StrategyFilter filter, SortOrder order, Cancel cancel, RowSink sink) {
        StrategyFilter f = filter == null ? StrategyFilter.none() : filter;
        SortOrder o = order == null ? SortOrder.newestFirst() : order;
        SqlParams params = new SqlParams();
        String sql = sql(f, o, params);
        return jdbc.run("Reading the strategies", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setFetchSize(FETCH_SIZE);
                ps.setQueryTimeout(0); // an export may take long; the user can cancel it
                params.bind(c, ps);
                Runnable unhook = cancel.whenRequested(() -> cancelQuietly(ps));
                try (ResultSet rs = ps.executeQuery()) {
                    long n = 0;
                    while (!cancel.requested() && rs.next()) {
                        sink.accept(row(rs));
                        n++;
                    }
                    if (cancel.requested()) {
                        throw new CancelledException("Stopped after " + n + " rows, as asked.");
                    }
                    return n;
                } catch (SQLException e) {
                    if (cancel.requested()) {
                        throw new CancelledException("Stopped before the rows arrived, as asked.");
                    }
                    throw e;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                } finally {
                    unhook.run();
                }
            }
        });
    }

    /** The statement: the list's columns for every matching row, in the list's order (ties broken by id). */
    static String sql(StrategyFilter f, SortOrder o, SqlParams params) {
        SortKey key = SortKey.of(o.column());
        String dir = o.descending() ? "DESC" : "ASC";
        StringBuilder b = new StringBuilder("SELECT ").append(PageSql.ROW_COLUMNS)
                .append(", COALESCE(bc.n, 0), COALESCE(vc.n, 0), COALESCE(gc.n, 0), lg.gate_type, lg.passed")
                .append(" FROM strategies s");
        // the subqueries' filters come before the outer WHERE in the text, so their values are bound first
        b.append(" LEFT JOIN (").append(PageSql.counts("backtests", matching(f, params)))
                .append(") bc ON bc.strategy_id = s.id");
        b.append(" LEFT JOIN (").append(PageSql.counts("validations", matching(f, params)))
                .append(") vc ON vc.strategy_id = s.id");
        b.append(" LEFT JOIN (").append(PageSql.counts("gate_results", matching(f, params)))
                .append(") gc ON gc.strategy_id = s.id");
        b.append(" LEFT JOIN (").append(PageSql.latestGate(matching(f, params), ", " + SortKey.GATE_RANK
                + " AS rank")).append(") lg ON lg.strategy_id = s.id");
        b.append(" WHERE ").append(FilterSql.where(f, params));
        String keyExpr = switch (key) {
            case BACKTESTS -> "COALESCE(bc.n, 0)";
            case VALIDATIONS -> "COALESCE(vc.n, 0)";
            case GATE_RESULTS -> "COALESCE(gc.n, 0)";
            case LATEST_GATE -> "COALESCE(lg.rank, 0)";
            default -> key.sql;
        };
        return b.append(" ORDER BY ").append(keyExpr).append(' ').append(dir).append(", s.id ").append(dir)
                .toString();
    }

    /** The ids of the matching strategies, as a subquery (null: no filter, all of them). */
    private static String matching(StrategyFilter f, SqlParams params) {
        return f.isEmpty() ? null : "SELECT s.id FROM strategies s WHERE " + FilterSql.where(f, params);
    }

    private static StrategyRow row(ResultSet rs) throws SQLException {
        return new StrategyRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getDouble(5),
                rs.getObject(6, LocalDateTime.class), rs.getObject(7, LocalDateTime.class), rs.getLong(8),
                rs.getLong(9), rs.getLong(10), rs.getString(11), (Boolean) rs.getObject(12));
    }

    private static void cancelQuietly(PreparedStatement ps) {
        try {
            ps.cancel();
        } catch (SQLException | RuntimeException e) {
            // the statement finished or closed meanwhile: the row loop sees the request
        }
    }
}
