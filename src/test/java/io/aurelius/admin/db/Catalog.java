package io.aurelius.admin.db;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A comparable description of the current schema's tables, columns, constraints and indexes. */
final class Catalog {

    private Catalog() {
    }

    /** Every line describes one column, constraint or index; the migration history table is left out. */
    static List<String> snapshot(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        query(c, "SELECT table_name || '.' || column_name || ' #' || ordinal_position || ' ' || data_type"
                + " || coalesce('(' || character_maximum_length || ')', '') || ' nullable=' || is_nullable"
                + " || ' default=' || coalesce(column_default, '-')"
                + " FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name <> 'flyway_schema_history' ORDER BY 1", out);
        query(c, "SELECT 'constraint ' || rel.relname || ' ' || con.conname || ' ' || pg_get_constraintdef(con.oid)"
                + " FROM pg_constraint con JOIN pg_class rel ON rel.oid = con.conrelid"
                + " WHERE rel.relnamespace = current_schema()::regnamespace"
                + " AND rel.relname <> 'flyway_schema_history' ORDER BY 1", out);
        query(c, "SELECT 'index ' || indexname || ' ' || indexdef FROM pg_indexes"
                + " WHERE schemaname = current_schema() AND tablename <> 'flyway_schema_history' ORDER BY 1", out);
        return out;
    }

    /** A digest of every row of the given tables, to prove rows were not touched. */
    static List<String> rowDigests(Connection c, String... tables) throws SQLException {
        List<String> out = new ArrayList<>();
        for (String t : tables) {
            query(c, "SELECT '" + t + " ' || count(*) || ' ' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '-')"
                    + " FROM " + t + " x", out);
        }
        return out;
    }

    private static void query(Connection c, String sql, List<String> out) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
    }
}
