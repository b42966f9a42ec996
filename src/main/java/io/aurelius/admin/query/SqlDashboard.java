package io.aurelius.admin.query;

import io.aurelius.admin.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The SQL behind {@link Dashboard}: one read-only transaction per panel, projections only, user text only as
 * bind values. Each statement is meant to be served by the guide's indexes (created_at and status of the
 * result tables, strategy_type) or, on big databases, by the {@link PerformanceIndexes} that {@code db tune}
 * adds; a statement timeout keeps a panel that is slow anyway from holding a connection for long.
 */
public final class SqlDashboard implements Dashboard {

    /** How long one panel's statement may run before it is stopped. */
    public static final int TIMEOUT_SECONDS = 15;
    /** At most this many characters of an error message are read. */
    static final int MESSAGE_CHARS = 500;

    private final ReadOnlyJdbc jdbc;

    public SqlDashboard(Database db) {
        this.jdbc = new ReadOnlyJdbc(db, TIMEOUT_SECONDS);
    }

    @Override
    public List<Counted> strategiesByType() {
        return jdbc.run("Counting strategies by type", c -> ValueCounts.of(c, "strategies", "strategy_type"));
    }

    @Override
    public StatusCounts backtestStatuses() {
        return jdbc.run("Counting backtests by status",
                c -> new StatusCounts(ValueCounts.of(c, "backtests", "status")));
    }

    @Override
    public StatusCounts validationStatuses() {
        return jdbc.run("Counting validations by status",
                c -> new StatusCounts(ValueCounts.of(c, "validations", "status")));
    }

    @Override
    public List<RecentBacktest> recentBacktests(int limit) {
        checkLimit(limit);
        return jdbc.run("Reading the recent backtests", c -> {
            Savepoint before = c.setSavepoint();
            try {
                List<RecentBacktest> rows = recentBacktests(c, limit, true);
                c.releaseSavepoint(before);
                return rows;
            } catch (SQLException e) {
                if (e.getSQLState() == null || !e.getSQLState().startsWith("22")) {
                    throw e;
                }
                // metrics PostgreSQL stores but cannot read out ("\u0000" in a string): show the rows without them
                c.rollback(before);
                return recentBacktests(c, limit, false);
            }
        });
    }

    private static List<RecentBacktest> recentBacktests(Connection c, int limit, boolean metrics)
            throws SQLException {
        String m = metrics ? "(b.metrics -> 'sharpe_ratio')::text, (b.metrics -> 'total_return')::text"
                : "NULL, NULL";
        String sql = "SELECT b.id, b.strategy_id, s.name, b.status, b.start_date, b.end_date, " + m
                + ", b.created_at, b.duration_seconds FROM (SELECT x.id, x.strategy_id, x.status, x.start_date,"
                + " x.end_date, x.metrics, x.created_at, x.duration_seconds FROM backtests x"
                + " ORDER BY x.created_at DESC, x.id DESC LIMIT ?) b"
                + " LEFT JOIN strategies s ON s.id = b.strategy_id ORDER BY b.created_at DESC, b.id DESC";
        List<RecentBacktest> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new RecentBacktest(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), Readings.of(rs.getString(7)),
                            Readings.of(rs.getString(8)), rs.getObject(9, LocalDateTime.class),
                            (Double) rs.getObject(10)));
                }
            }
        }
        return out;
    }

    @Override
    public List<Failure> recentFailures(int limit) {
        checkLimit(limit);
        String one = "SELECT %1$s AS kind, x.id, x.strategy_id, left(x.error_message, " + MESSAGE_CHARS + ") AS msg,"
                + " x.created_at FROM %2$s x WHERE x.status = 'failed' ORDER BY x.created_at DESC, x.id DESC LIMIT ?";
        String sql = "SELECT f.kind, f.id, f.strategy_id, s.name, f.msg, f.created_at FROM (("
                + String.format(one, "'backtest'", "backtests") + ") UNION ALL ("
                + String.format(one, "'validation'", "validations") + ")) f"
                + " LEFT JOIN strategies s ON s.id = f.strategy_id ORDER BY f.created_at DESC, f.id DESC LIMIT ?";
        return jdbc.run("Reading the recent failures", c -> {
            List<Failure> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, limit);
                ps.setInt(2, limit);
                ps.setInt(3, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Failure(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getObject(6, LocalDateTime.class)));
                    }
                }
            }
            return out;
        });
    }

    @Override
    public List<GateCount> gateResults() {
        return jdbc.run("Counting gate results", c -> {
            List<GateCount> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT g.gate_type, g.passed, count(*)"
                    + " FROM gate_results g GROUP BY g.gate_type, g.passed ORDER BY 1, 2");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new GateCount(rs.getString(1), rs.getBoolean(2), rs.getLong(3)));
                }
            }
            return out;
        });
    }

    /** The guide's condition for a production-ready verdict. */
    private static final String READY = "g.gate_type = 'product' AND g.production_ready = true";

    @Override
    public ReadyStrategies productionReady(int limit) {
        checkLimit(limit);
        String rows = "SELECT s.id, s.name, s.strategy_type, r.ready_at FROM (SELECT g.strategy_id,"
                + " max(g.timestamp) AS ready_at FROM gate_results g WHERE " + READY + " GROUP BY g.strategy_id"
                + " ORDER BY ready_at DESC, g.strategy_id LIMIT ?) r JOIN strategies s ON s.id = r.strategy_id"
                + " ORDER BY r.ready_at DESC, s.id";
        String total = "SELECT count(DISTINCT g.strategy_id) FROM gate_results g WHERE " + READY;
        return jdbc.run("Reading the production-ready strategies", c -> {
            List<ReadyStrategy> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(rows)) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new ReadyStrategy(rs.getString(1), rs.getString(2), rs.getString(3),
                                rs.getObject(4, LocalDateTime.class)));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(total); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new ReadyStrategies(List.copyOf(out), rs.getLong(1));
            }
        });
    }

    @Override
    public List<StrategyChoice> findStrategies(String text, int limit) {
        checkLimit(limit);
        String t = text == null ? "" : StrategyFilter.withoutNul(text).strip();
        String sql = t.isEmpty()
                ? "SELECT s.id, s.name, s.strategy_type FROM strategies s ORDER BY s.created_at DESC, s.id DESC"
                + " LIMIT ?"
                // no ORDER BY: a common word stops the scan after a few rows (the matches are sorted here)
                : "SELECT s.id, s.name, s.strategy_type FROM strategies s WHERE s.id = ? OR s.name ILIKE ? ESCAPE '\\'"
                + " LIMIT ?";
        return jdbc.run("Looking up strategies", c -> {
            List<StrategyChoice> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (!t.isEmpty()) {
                    ps.setString(i++, t);
                    ps.setString(i++, "%" + FilterSql.escapeLike(t) + "%");
                }
                ps.setInt(i, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new StrategyChoice(rs.getString(1), rs.getString(2), rs.getString(3)));
                    }
                }
            }
            if (!t.isEmpty()) {
                out.sort(java.util.Comparator.comparing((StrategyChoice x) -> x.name() == null ? "" : x.name())
                        .thenComparing(StrategyChoice::id));
            }
            return out;
        });
    }

    @Override
    public Optional<StrategyChoice> latestValidated() {
        String sql = "SELECT s.id, s.name, s.strategy_type FROM (SELECT v.strategy_id FROM validations v"
                + " ORDER BY v.created_at DESC, v.id DESC LIMIT 1) l JOIN strategies s ON s.id = l.strategy_id";
        return jdbc.run("Finding the latest validated strategy", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new StrategyChoice(rs.getString(1), rs.getString(2), rs.getString(3)))
                        : Optional.<StrategyChoice>empty();
            }
        });
    }

    @Override
    public List<ValidationRow> validations(String strategyId) {
        return jdbc.run("Reading the strategy's validations", c -> DetailSql.validations(c, strategyId));
    }

    @Override
    public Activity lastActivity() {
        String sql = "SELECT (SELECT max(created_at) FROM strategies), (SELECT max(created_at) FROM backtests),"
                + " (SELECT max(created_at) FROM validations), (SELECT max(timestamp) FROM gate_results)";
        return jdbc.run("Reading the last activity", c -> {
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new Activity(rs.getObject(1, LocalDateTime.class), rs.getObject(2, LocalDateTime.class),
                        rs.getObject(3, LocalDateTime.class), rs.getObject(4, LocalDateTime.class));
            }
        });
    }

    private static void checkLimit(int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("A dashboard panel shows 1 to 1000 rows, not " + limit);
        }
    }
}
