package io.aurelius.admin.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The distinct values of one strategies column, in one statement. When an index can serve it, a "loose index
 * scan" (a recursive CTE that jumps from one value to the next: one index probe per distinct value, so
 * milliseconds on a million rows); otherwise a plain DISTINCT (a scan of the table). A first small statement
 * asks the catalog which applies, so it suits databases built by the API (no indexes) and by us alike. (One
 * statement with both branches behind one-time filters still paid for starting parallel workers.)
 */
final class DistinctValues {

    private DistinctValues() {
    }

    /**
     * @param column    the strategies column, from a fixed list (never user text)
     * @param expr      the NOT NULL expression over {@code strategies s} whose values are wanted
     * @param indexName the name of an index on {@code expr} made by {@link PerformanceIndexes}, or null when an
     *                  index whose first column is {@code column} serves {@code expr}
     */
    static List<String> of(Connection c, String column, String expr, String indexName) throws SQLException {
        String indexed = indexName != null
                ? "EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = to_regclass('strategies')"
                + " AND i.indexrelid = to_regclass('" + indexName + "'))"
                : "EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                + " AND a.attnum = i.indkey[0] WHERE i.indrelid = to_regclass('strategies')"
                + " AND i.indpred IS NULL AND a.attname = '" + column + "')";
        boolean loose;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + indexed); ResultSet rs = ps.executeQuery()) {
            loose = rs.next() && rs.getBoolean(1);
        }
        String e = expr.replace("s.", "t.");
        String sql = loose
                ? "WITH RECURSIVE loose AS (SELECT (SELECT min(" + e + ") FROM strategies t) AS v"
                + " UNION ALL SELECT (SELECT min(" + e + ") FROM strategies t WHERE " + e + " > loose.v)"
                + " FROM loose WHERE loose.v IS NOT NULL)"
                + " SELECT v FROM loose WHERE v IS NOT NULL AND v <> '' ORDER BY 1"
                : "SELECT DISTINCT " + e + " FROM strategies t WHERE " + e + " <> '' ORDER BY 1";
        List<String> values = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
