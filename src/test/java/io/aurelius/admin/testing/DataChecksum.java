package io.aurelius.admin.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The row count and an MD5 of every row of the four AURELIUS tables: equal before and after means hostile input
 * changed no data.
 */
public final class DataChecksum {

    private static final List<String> TABLES = List.of("strategies", "backtests", "validations", "gate_results");

    private DataChecksum() {
    }

    /** "strategies" -> "246 9f3c…", and so on for the four tables. */
    public static Map<String, String> of(Connection c) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        try (Statement st = c.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) || ' ' || coalesce(md5(string_agg(t::text, '|'"
                        + " ORDER BY t.id)), '-') FROM " + t + " t")) {
                    rs.next();
                    sums.put(t, rs.getString(1));
                }
            }
        }
        return sums;
    }

    /**
     * Databases and roles on the server named like one of these strings (as PostgreSQL would store it: NULs
     * gone, cut to 63 bytes). Only these, since other test classes create and drop their own meanwhile.
     */
    public static List<String> serverObjectsNamed(Connection c, java.util.Collection<String> names)
            throws SQLException {
        List<String> candidates = names.stream().map(DataChecksum::asStored).distinct().toList();
        List<String> found = new java.util.ArrayList<>();
        try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT 'database ' || datname FROM pg_database"
                + " WHERE datname = ANY(?) UNION ALL SELECT 'role ' || rolname FROM pg_roles WHERE rolname = ANY(?)")) {
            java.sql.Array a = c.createArrayOf("text", candidates.toArray());
            ps.setArray(1, a);
            ps.setArray(2, a);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    found.add(rs.getString(1));
                }
            }
        }
        return found;
    }

    private static String asStored(String name) {
        String s = name.replace("\u0000", "");
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        if (b.length <= 63) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        int bytes = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = new String(Character.toChars(cp)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
            if (bytes + n > 63) {
                break;
            }
            out.appendCodePoint(cp);
            bytes += n;
            i += Character.charCount(cp);
        }
        return out.toString();
    }
}
