package io.aurelius.admin.testing;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.localserver.LocalServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Properties;

/**
 * The PostgreSQL server the tests use. When AURELIUS_TEST_PGHOST is set, the server named by the variables
 * (defaults in brackets): AURELIUS_TEST_PGHOST, AURELIUS_TEST_PGPORT [5432], AURELIUS_TEST_PGUSER
 * [aurelius_test], AURELIUS_TEST_PGPASSWORD [aurelius_test]; the role must be allowed to create databases
 * and roles ({@code .ci/run} makes it a superuser). Otherwise a private server of the app's own
 * ({@link LocalServer}) in {@code /tmp/aurelius-admin-tests}, started on first use and stopped when the test
 * JVM exits. Tests never use H2 or mocks in its place.
 */
public final class TestServer {

    private static ConnectionSettings privateServer;

    private TestServer() {
    }

    private static boolean named() {
        return System.getenv("AURELIUS_TEST_PGHOST") != null && !System.getenv("AURELIUS_TEST_PGHOST").isBlank();
    }

    /** The private server's settings, starting it on first use. */
    private static synchronized ConnectionSettings privateServer() {
        if (privateServer == null) {
            try {
                Path home = Path.of(System.getProperty("java.io.tmpdir"), "aurelius-admin-tests");
                Files.createDirectories(home);
                Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx--x--x"));
                LocalServer server = new LocalServer(home);
                privateServer = server.start();
                Runtime.getRuntime().addShutdownHook(new Thread(server::stopIfStartedHere, "stop-test-postgres"));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return privateServer;
    }

    private static String env(String key, String fallback) {
        String v = System.getenv(key);
        return v == null || v.isBlank() ? fallback : v;
    }

    public static String host() {
        return named() ? env("AURELIUS_TEST_PGHOST", "localhost") : privateServer().host();
    }

    public static int port() {
        return named() ? Integer.parseInt(env("AURELIUS_TEST_PGPORT", "5432")) : privateServer().port();
    }

    public static String user() {
        return named() ? env("AURELIUS_TEST_PGUSER", "aurelius_test") : privateServer().user();
    }

    public static String password() {
        return named() ? env("AURELIUS_TEST_PGPASSWORD", "aurelius_test") : privateServer().password();
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
