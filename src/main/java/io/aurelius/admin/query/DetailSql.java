package io.aurelius.admin.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The strategy detail tabs, one statement each, newest first. Metrics are cut out of the JSON in SQL
 * ({@code metrics -> 'sharpe_ratio'}, which works on json and jsonb alike and on non-objects gives NULL), so
 * a backtest's trades, equity curve and the rest of its metrics never leave the database. A json value
 * PostgreSQL stores but cannot read out ({@code \u0000} in a string) fails that statement; then, inside a
 * savepoint, the same rows are read again with whole metrics, picked apart in Java.
 */
final class DetailSql {

    private DetailSql() {
    }

    static List<BacktestRow> backtests(Connection c, String strategyId) throws SQLException {
        Savepoint before = c.setSavepoint();
        try {
            List<BacktestRow> rows = backtests(c, strategyId, true);
            c.releaseSavepoint(before);
            return rows;
        } catch (SQLException e) {
            if (e.getSQLState() == null || !e.getSQLState().startsWith("22")) {
                throw e;
            }
            // a json column PostgreSQL can parse but not read (e.g. "\u0000" in a string): read these metrics
            // whole and pick the members out here instead
            c.rollback(before);
            return backtests(c, strategyId, false);
        }
    }

    /** The backtests tab's statement (one bind value: the strategy id). */
    static String backtestsSql(boolean inSql) {
        String metrics = inSql
                ? "(b.metrics -> 'sharpe_ratio')::text, (b.metrics -> 'total_return')::text,"
                + " (b.metrics -> 'max_drawdown')::text, (b.metrics -> 'total_trades')::text"
                : "b.metrics::text, NULL, NULL, NULL";
        return "SELECT b.id, b.start_date, b.end_date, b.initial_capital, b.instruments::text, b.status,"
                + " b.error_message, " + metrics + ", b.duration_seconds, b.created_at, b.completed_at"
                + " FROM backtests b WHERE b.strategy_id = ? ORDER BY b.created_at DESC, b.id DESC";
    }

    private static List<BacktestRow> backtests(Connection c, String strategyId, boolean inSql) throws SQLException {
        String sql = backtestsSql(inSql);
        List<BacktestRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, strategyId);
            ps.setFetchSize(2000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String m = rs.getString(8);
                    rows.add(new BacktestRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getDouble(4),
                            Readings.instruments(rs.getString(5)), rs.getString(6), rs.getString(7),
                            inSql ? Readings.of(m) : Readings.member(m, "sharpe_ratio"),
                            inSql ? Readings.of(rs.getString(9)) : Readings.member(m, "total_return"),
                            inSql ? Readings.of(rs.getString(10)) : Readings.member(m, "max_drawdown"),
                            inSql ? Readings.of(rs.getString(11)) : Readings.member(m, "total_trades"),
                            (Double) rs.getObject(12), rs.getObject(13, LocalDateTime.class),
                            rs.getObject(14, LocalDateTime.class)));
                }
            }
        }
        return rows;
    }

    static List<ValidationRow> validations(Connection c, String strategyId) throws SQLException {
        String sql = "SELECT v.id, v.start_date, v.end_date, v.window_size_days, v.train_size_days, v.status,"
                + " v.error_message, v.num_windows, v.avg_train_sharpe, v.avg_test_sharpe, v.avg_degradation,"
                + " v.stability_score, v.passed, v.created_at"
                + " FROM validations v WHERE v.strategy_id = ? ORDER BY v.created_at DESC, v.id DESC";
        List<ValidationRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, strategyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new ValidationRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4),
                            rs.getInt(5), rs.getString(6), rs.getString(7), (Integer) rs.getObject(8),
                            (Double) rs.getObject(9), (Double) rs.getObject(10), (Double) rs.getObject(11),
                            (Double) rs.getObject(12), (Boolean) rs.getObject(13),
                            rs.getObject(14, LocalDateTime.class)));
                }
            }
        }
        return rows;
    }

    static List<GateRow> gateResults(Connection c, String strategyId) throws SQLException {
        String sql = "SELECT g.id, g.gate_type, g.passed, g.production_ready, g.recommendation, g.timestamp"
                + " FROM gate_results g WHERE g.strategy_id = ? ORDER BY g.timestamp DESC, g.id DESC";
        List<GateRow> rows = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, strategyId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.add(new GateRow(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                            (Boolean) rs.getObject(4), rs.getString(5), rs.getObject(6, LocalDateTime.class)));
                }
            }
        }
        return rows;
    }
}
