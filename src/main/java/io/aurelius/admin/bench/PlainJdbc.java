package io.aurelius.admin.bench;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.db.Database;
import io.aurelius.admin.query.ServiceSql;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Properties;

/**
 * The floor of the data service cases: one bare driver connection (no pool, no transaction handling, no
 * Hibernate) with the server settings the app's connections have (JIT off), running the very same statement
 * and reading every column of every row as text.
 */
public final class PlainJdbc implements AutoCloseable {

    private final Connection connection;

    public PlainJdbc(ConnectionSettings s) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", s.user());
        if (s.hasPassword()) {
            p.setProperty("password", s.password());
        }
        Database.sslProperties(s, p);
        p.setProperty("ApplicationName", "aurelius-admin bench floor");
        p.setProperty("options", "-c jit=off");
        this.connection = new org.postgresql.Driver().connect(s.jdbcUrl(), p);
    }

    public Connection connection() {
        return connection;
    }

    /** Runs the statement and reads every cell as text; returns the row count. */
    public Long rows(ServiceSql statement) throws SQLException {
        try (PreparedStatement ps = statement.prepare(connection)) {
            return drain(ps);
        }
    }

    /** Runs plain SQL with string parameters and reads every cell as text; returns the row count. */
    public Long rows(String sql, String... values) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            return drain(ps);
        }
    }

    private static Long drain(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            long n = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    rs.getString(i);
                }
                n++;
            }
            return n;
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
