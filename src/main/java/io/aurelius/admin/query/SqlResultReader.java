package io.aurelius.admin.query;

import io.aurelius.admin.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link ResultReader} in SQL: one statement per call (two for a gate history), {@code json} and {@code jsonb}
 * alike; JSON columns over {@link #JSON_LIMIT} characters stay in the database.
 */
public final class SqlResultReader implements ResultReader {

    private static final String VALIDATION = "SELECT v.id, v.strategy_id, s.name, v.start_date, v.end_date,"
            + " v.window_size_days, v.train_size_days, v.initial_capital, v.status, v.error_message, v.num_windows,"
            + " v.avg_train_sharpe, v.avg_test_sharpe, v.avg_degradation, v.stability_score, v.passed, v.created_at,"
            + " v.completed_at, v.duration_seconds,"
            + " CASE WHEN length(v.windows::text) <= " + JSON_LIMIT + " THEN v.windows::text END,"
            + " COALESCE(length(v.windows::text), 0),"
            + " CASE WHEN length(v.metrics::text) <= " + JSON_LIMIT + " THEN v.metrics::text END"
            + " FROM validations v LEFT JOIN strategies s ON s.id = v.strategy_id WHERE v.id = ?";
    private static final String GATES = "SELECT g.id, g.gate_type, g.passed, g.production_ready, g.recommendation,"
            + " g.timestamp, CASE WHEN length(g.results::text) <= " + JSON_LIMIT + " THEN g.results::text END,"
            + " COALESCE(length(g.results::text), 0)"
            + " FROM gate_results g WHERE g.strategy_id = ?"
            + " ORDER BY g.timestamp, CASE lower(g.gate_type) WHEN 'dev' THEN 0 WHEN 'crv' THEN 1"
            + " WHEN 'product' THEN 2 ELSE 3 END, g.id";

    private final Database db;

    public SqlResultReader(Database db) {
        this.db = db;
    }

    @Override
    public Optional<ValidationDetail> validation(String id) {
        return ReadOnlyJdbc.read(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(VALIDATION)) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(validation(rs)) : Optional.<ValidationDetail>empty();
                }
            }
        });
    }

    private static ValidationDetail validation(ResultSet rs) throws SQLException {
        return new ValidationDetail(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), (Integer) rs.getObject(6), (Integer) rs.getObject(7), (Double) rs.getObject(8),
                rs.getString(9), rs.getString(10), (Integer) rs.getObject(11), (Double) rs.getObject(12),
                (Double) rs.getObject(13), (Double) rs.getObject(14), (Double) rs.getObject(15),
                (Boolean) rs.getObject(16), rs.getObject(17, LocalDateTime.class),
                rs.getObject(18, LocalDateTime.class), (Double) rs.getObject(19), rs.getString(20), rs.getLong(21),
                rs.getString(22));
    }

    @Override
    public Optional<String> newestValidation() {
        return ReadOnlyJdbc.read(db, c -> first(c,
                "SELECT id FROM validations ORDER BY created_at DESC, id DESC LIMIT 1", null));
    }

    @Override
    public Optional<GateHistory> gateHistory(String strategyId) {
        return ReadOnlyJdbc.read(db, c -> {
            Optional<String> name = first(c, "SELECT name FROM strategies WHERE id = ?", strategyId);
            List<GateDetail> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(GATES)) {
                ps.setString(1, strategyId);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new GateDetail(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                                (Boolean) rs.getObject(4), rs.getString(5), rs.getObject(6, LocalDateTime.class),
                                rs.getString(7), rs.getLong(8)));
                    }
                }
            }
            if (name.isEmpty() && rows.isEmpty()) {
                return Optional.<GateHistory>empty();
            }
            return Optional.of(new GateHistory(strategyId, name.orElse(null), rows));
        });
    }

    @Override
    public Optional<String> strategyWithGates() {
        return ReadOnlyJdbc.read(db, c -> {
            Optional<String> all = first(c, "SELECT strategy_id FROM gate_results GROUP BY strategy_id"
                    + " HAVING count(DISTINCT lower(gate_type)) FILTER (WHERE lower(gate_type) IN ('dev', 'crv',"
                    + " 'product')) = 3 ORDER BY max(timestamp) DESC, strategy_id LIMIT 1", null);
            return all.isPresent() ? all
                    : first(c, "SELECT strategy_id FROM gate_results ORDER BY timestamp DESC, id LIMIT 1", null);
        });
    }

    private static Optional<String> first(Connection c, String sql, String parameter) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (parameter != null) {
                ps.setString(1, parameter);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
