package io.aurelius.admin.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How many rows hold each value of one column, fast on tables of millions of rows. Where an index leads with
 * the column, the values come from a loose index scan (one probe per value) and each is counted by an
 * index-only range scan that stops after {@link #EXACT_LIMIT} rows; a value with more is given as the
 * planner's estimate, marked so. (A plain GROUP BY compares every row's text under the collation: on 3M rows
 * it took 0.6 s where this takes 0.05 s.) Without such an index, or with very many values, one GROUP BY.
 */
final class ValueCounts {

    /** Counts up to this are exact. */
    static final long EXACT_LIMIT = 500_000;
    /** More distinct values than this are counted by one GROUP BY. */
    static final int MAX_VALUES = 200;
    private static final Pattern PLAN_ROWS = Pattern.compile("\"Plan Rows\":\\s*([0-9.eE+]+)");

    private ValueCounts() {
    }

    /**
     * @param table  a table name from a fixed list (never user text)
     * @param column a column of it, likewise
     * @return every value (NULL as null) with its count, most first
     */
    static List<Dashboard.Counted> of(Connection c, String table, String column) throws SQLException {
        return of(c, table, column, EXACT_LIMIT);
    }

    /** The same, counting exactly up to {@code exactLimit} per value. */
    static List<Dashboard.Counted> of(Connection c, String table, String column, long exactLimit)
            throws SQLException {
        List<Dashboard.Counted> out = indexed(c, table, column) ? probed(c, table, column, exactLimit) : null;
        if (out == null) {
            out = grouped(c, table, column);
        }
        out.sort(Comparator.comparingLong(Dashboard.Counted::count).reversed()
                .thenComparing(x -> x.value() == null ? "" : x.value()));
        return out;
    }

    private static boolean indexed(Connection c, String table, String column) throws SQLException {
        String sql = "SELECT EXISTS (SELECT 1 FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid"
                + " AND a.attnum = i.indkey[0] WHERE i.indrelid = to_regclass(?) AND i.indisvalid"
                + " AND i.indpred IS NULL AND a.attname = ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, table);
            ps.setString(2, column);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    /** The loose scan and capped counts; null when there are too many values for it. */
    private static List<Dashboard.Counted> probed(Connection c, String table, String column, long exactLimit)
            throws SQLException {
        String col = "t." + column;
        String values = "WITH RECURSIVE loose AS (SELECT (SELECT min(" + col + ") FROM " + table + " t) AS v"
                + " UNION ALL SELECT (SELECT min(" + col + ") FROM " + table + " t WHERE " + col + " > loose.v)"
                + " FROM loose WHERE loose.v IS NOT NULL) SELECT v FROM loose WHERE v IS NOT NULL LIMIT "
                + (MAX_VALUES + 1);
        List<String> found = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(values); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                found.add(rs.getString(1));
            }
        }
        if (found.size() > MAX_VALUES) {
            return null;
        }
        String capped = "SELECT count(*) FROM (SELECT 1 FROM " + table + " t WHERE %s LIMIT " + (exactLimit + 1)
                + ") z";
        String sql = "SELECT v.v, (" + String.format(capped, col + " = v.v") + ") FROM unnest(?::text[]) AS v(v)"
                + " UNION ALL SELECT NULL, (" + String.format(capped, col + " IS NULL") + ")";
        List<Dashboard.Counted> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", found.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String v = rs.getString(1);
                    long n = rs.getLong(2);
                    if (n > exactLimit) {
                        out.add(new Dashboard.Counted(v, Math.max(estimate(c, table, column, v), n), true));
                    } else if (n > 0) {
                        out.add(new Dashboard.Counted(v, n, false));
                    }
                }
            }
        }
        return out;
    }

    private static List<Dashboard.Counted> grouped(Connection c, String table, String column) throws SQLException {
        List<Dashboard.Counted> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT t." + column + ", count(*) FROM " + table + " t"
                + " GROUP BY t." + column); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Dashboard.Counted(rs.getString(1), rs.getLong(2), false));
            }
        }
        return out;
    }

    /** The planner's estimate of the rows holding {@code value} (from the column's statistics). */
    private static long estimate(Connection c, String table, String column, String value) throws SQLException {
        String sql = "EXPLAIN (FORMAT JSON) SELECT 1 FROM " + table + " t WHERE t." + column
                + (value == null ? " IS NULL" : " = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (value != null) {
                ps.setString(1, value);
            }
            StringBuilder plan = new StringBuilder();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    plan.append(rs.getString(1));
                }
            }
            Matcher m = PLAN_ROWS.matcher(plan);
            return m.find() ? (long) Double.parseDouble(m.group(1)) : 0L;
        }
    }
}
