package io.aurelius.admin.query;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Bind values collected while SQL text is built, in placeholder order; text arrays bound as {@code text[]}. */
final class SqlParams {

    /** A value to bind as a PostgreSQL {@code text[]}. */
    record TextArray(List<String> values) {
    }

    private final List<Object> values = new ArrayList<>();

    /** Adds a value and returns the placeholder for it. */
    String add(Object value) {
        values.add(value);
        return "?";
    }

    void addAll(SqlParams other) {
        values.addAll(other.values);
    }

    void bind(Connection c, PreparedStatement ps) throws SQLException {
        int i = 1;
        for (Object v : values) {
            if (v instanceof TextArray a) {
                ps.setArray(i++, c.createArrayOf("text", a.values().toArray()));
            } else {
                ps.setObject(i++, v);
            }
        }
    }
}
