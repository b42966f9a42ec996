package io.aurelius.admin.query;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.aurelius.admin.db.Database;
import io.aurelius.admin.results.Curve;
import io.aurelius.admin.results.CurveParser;
import io.aurelius.admin.results.CurveResult;
import io.aurelius.admin.results.Json;
import io.aurelius.admin.results.TradeTable;
import io.aurelius.admin.results.Trades;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Optional;

/**
 * {@link BacktestReports} in plain JDBC, one read-only transaction per call, json and jsonb alike. The curve
 * comes as the column's UTF-8 bytes straight into {@link CurveParser} (no String, no tree, no entity). Inside
 * {@link Cancel#around} every call stops on request: the statement on the server, the curve's parse between chunks.
 */
public final class SqlBacktestReports implements BacktestReports {

    /** Raw JSON at most this long is indented for reading; longer text is shown as stored. */
    private static final int PRETTY_LIMIT = 2_000_000;
    /** How many of the newest completed backtests {@link #newestWithCurve} looks at. */
    private static final int NEWEST_LOOKED_AT = 200;

    private final Database db;

    public SqlBacktestReports(Database db) {
        this.db = db;
    }

    @Override
    public Optional<BacktestReport> report(String id) {
        String sql = "SELECT b.id, b.strategy_id, s.name, b.start_date, b.end_date, b.initial_capital,"
                + " b.instruments::text, b.status, b.error_message, b.metrics::text, b.created_at, b.completed_at,"
                + " b.duration_seconds FROM backtests b LEFT JOIN strategies s ON s.id = b.strategy_id"
                + " WHERE b.id = ?";
        return db.readJdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new BacktestReport(rs.getString(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getDouble(6), Readings.instruments(rs.getString(7)),
                            rs.getString(8), rs.getString(9), rs.getString(10), rs.getObject(11, LocalDateTime.class),
                            rs.getObject(12, LocalDateTime.class), (Double) rs.getObject(13)));
                }
            }
        });
    }

    @Override
    public CurveResult curve(String id) {
        return db.readJdbc(c -> {
            Optional<Curve> fast = CurveColumn.read(c, id);
            if (fast.isPresent()) {
                return fast.get();
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT equity_curve::text FROM backtests WHERE id = ?")) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return CurveParser.parse((String) null);
                    }
                    try (InputStream in = rs.getBinaryStream(1)) {
                        return in == null ? CurveParser.parse((String) null) : CurveParser.parse(Cancel.checked(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
            }
        });
    }

    @Override
    public TradeTable trades(String id) {
        String json = db.readJdbc(c -> text(c, "SELECT trades::text FROM backtests WHERE id = ?", id));
        Cancel.checkpoint();
        return Trades.parse(json);
    }

    @Override
    public RawJson raw(String id, String column, int limit) {
        if (!RAW_COLUMNS.contains(column)) {
            throw new IllegalArgumentException("No JSON column backtests." + column + " to show (known: "
                    + RAW_COLUMNS + ")");
        }
        // the column name comes from the fixed list above, never from the caller's text
        String sql = "SELECT left(" + column + "::text, ?), length(" + column + "::text) FROM backtests WHERE id = ?";
        return db.readJdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, limit);
                ps.setString(2, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || rs.getString(1) == null) {
                        return new RawJson("null", 0, false);
                    }
                    String text = rs.getString(1);
                    long total = rs.getLong(2);
                    boolean cut = total > text.length();
                    return new RawJson(cut || total > PRETTY_LIMIT ? text : pretty(text), total, cut);
                }
            }
        });
    }

    @Override
    public Optional<String> newestWithCurve() {
        String sql = "SELECT id FROM (SELECT id, created_at, equity_curve FROM backtests"
                + " WHERE status = 'completed' AND equity_curve IS NOT NULL ORDER BY created_at DESC, id DESC"
                + " LIMIT " + NEWEST_LOOKED_AT + ") b WHERE left(ltrim(equity_curve::text), 1) = '['"
                + " ORDER BY created_at DESC, id DESC LIMIT 1";
        return db.readJdbc(c -> Optional.ofNullable(text(c, sql, null)));
    }

    @Override
    public java.util.List<String> newestWithCurves(int limit) {
        String sql = "SELECT id FROM (SELECT id, created_at, equity_curve FROM backtests"
                + " WHERE status = 'completed' AND equity_curve IS NOT NULL ORDER BY created_at DESC, id DESC"
                + " LIMIT " + NEWEST_LOOKED_AT + ") b WHERE left(ltrim(equity_curve::text), 1) = '['"
                + " ORDER BY created_at DESC, id DESC LIMIT ?";
        return db.readJdbc(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    java.util.List<String> ids = new java.util.ArrayList<>();
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                    return ids;
                }
            }
        });
    }

    @Override
    public Optional<String> strategyParameters(String strategyId) {
        if (strategyId == null) {
            return Optional.empty();
        }
        return db.readJdbc(c -> Optional.ofNullable(text(c, "SELECT parameters::text FROM strategies WHERE id = ?",
                strategyId)));
    }

    private static String text(Connection c, String sql, String id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setString(1, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static String pretty(String json) {
        try {
            return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(Json.read(json));
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
