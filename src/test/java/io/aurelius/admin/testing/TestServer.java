package io.aurelius.admin.testing;

import io.aurelius.admin.config.ConnectionSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * The PostgreSQL server the tests use, named by environment variables (defaults in brackets):
 * AURELIUS_TEST_PGHOST [localhost], AURELIUS_TEST_PGPORT [5432], AURELIUS_TEST_PGUSER [aurelius_test],
 * AURELIUS_TEST_PGPASSWORD [aurelius_test]. The role must be allowed to create databases and roles
 * ({@code .ci/run} makes it a superuser). Tests never use H2 or mocks in its place.
 */
public final class TestServer {

    private TestServer() {
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    public static String host() {
        return env("AURELIUS_TEST_PGHOST", "localhost");
    }

    public static int port() {
        return Integer.parseInt(env("AURELIUS_TEST_PGPORT", "5432"));
    }

    public static String user() {
        return env("AURELIUS_TEST_PGUSER", "aurelius_test");
    }

    public static String password() {
        return env("AURELIUS_TEST_PGPASSWORD", "aurelius_test");
    }

    public static ConnectionSettings settings(String database) {
        return new ConnectionSettings(host(), port(), database, user(), password(), null, false, 4, false,
                Map.of("host", "test", "port", "test", "database", "test", "user", "test", "password", "test"));
    }

    /** Runs SQL on the maintenance database {@code postgres} as the admin role. */
    public static void adminSql(String sql) throws SQLException {
        ConnectionSettings s = settings("postgres");
        Properties p = new Properties();
        p.setProperty("user", s.user());
        p.setProperty("password", s.password());
        try (Connection c = DriverManager.getConnection(s.jdbcUrl(), p); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
