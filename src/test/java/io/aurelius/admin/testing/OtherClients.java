package io.aurelius.admin.testing;

import io.aurelius.admin.config.ConnectionSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Another client of the test database: a plain JDBC session with its own name, as psql or a notebook would be. */
public final class OtherClients {

    private OtherClients() {
    }

    /** A session calling itself {@code name} in pg_stat_activity. */
    public static Connection connect(ConnectionSettings s, String name) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", s.user());
        p.setProperty("password", s.password());
        p.setProperty("ApplicationName", name);
        return DriverManager.getConnection(s.jdbcUrl(), p);
    }

    /** True while the session still answers (false once the server ended it). */
    public static boolean alive(Connection c) {
        try (Statement st = c.createStatement()) {
            st.execute("SELECT 1");
            return true;
        } catch (SQLException e) {
            return false;
        }
    }
}
