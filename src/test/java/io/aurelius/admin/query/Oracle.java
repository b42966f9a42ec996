package io.aurelius.admin.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The expected answers, by plain SQL written independently of the browser: one ORDER BY over the whole
 * table (no paging), counts by GROUP BY and the latest gate by DISTINCT ON.
 */
final class Oracle {

    record Expected(long backtests, long validations, long gateResults, String latestType, Boolean latestPassed) {
    }

    private static final String FROM = """
        FROM strategies s
        LEFT JOIN (SELECT strategy_id, count(*) AS n FROM backtests GROUP BY 1) bc ON bc.strategy_id = s.id
        LEFT JOIN (SELECT strategy_id, count(*) AS n FROM validations GROUP BY 1) vc ON vc.strategy_id = s.id
        LEFT JOIN (SELECT strategy_id, count(*) AS n FROM gate_results GROUP BY 1) gc ON gc.strategy_id = s.id
        LEFT JOIN (SELECT DISTINCT ON (strategy_id) strategy_id, gate_type, passed FROM gate_results
                   ORDER BY strategy_id, timestamp DESC, id DESC) lg ON lg.strategy_id = s.id
        """;

    private Oracle() {
    }

    static String key(StrategySort sort) {
        return switch (sort) {
            case NAME -> "s.name";
            case TYPE -> "s.strategy_type";
            case STATUS -> "COALESCE(s.status, '')";
            case CONFIDENCE -> "s.confidence";
            case CREATED -> "s.created_at";
            case UPDATED -> "s.updated_at";
            case BACKTESTS -> "COALESCE(bc.n, 0)";
            case VALIDATIONS -> "COALESCE(vc.n, 0)";
            case GATE_RESULTS -> "COALESCE(gc.n, 0)";
            case LATEST_GATE -> "CASE WHEN lg.gate_type IS NULL THEN 0 WHEN lg.gate_type = 'dev' THEN 3"
                    + " WHEN lg.gate_type = 'crv' THEN 5 WHEN lg.gate_type = 'product' THEN 7 ELSE 1 END"
                    + " + CASE WHEN lg.passed THEN 1 ELSE 0 END";
        };
    }

    /** Ids in the order the list must show them; {@code where} is literal SQL over {@code s}. */
    static List<String> ids(Connection c, String where, SortOrder order) throws SQLException {
        String dir = order.descending() ? " DESC" : " ASC";
        String sql = "SELECT s.id " + FROM + " WHERE " + where + " ORDER BY " + key(order.column()) + dir
                + ", s.id" + dir;
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }

    static Map<String, Expected> expected(Connection c) throws SQLException {
        String sql = "SELECT s.id, COALESCE(bc.n, 0), COALESCE(vc.n, 0), COALESCE(gc.n, 0), lg.gate_type, lg.passed "
                + FROM;
        Map<String, Expected> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.put(rs.getString(1), new Expected(rs.getLong(2), rs.getLong(3), rs.getLong(4), rs.getString(5),
                        (Boolean) rs.getObject(6)));
            }
        }
        return out;
    }
}
