package io.aurelius.admin.testing;

import io.aurelius.admin.config.ConnectionSettings;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A brand-new, empty PostgreSQL database for one test class, dropped afterwards. Register it with
 * {@code @RegisterExtension static final FreshDatabase DB = new FreshDatabase();}.
 *
 * <p>The server is {@link TestServer}'s: the one named by the AURELIUS_TEST_PG* variables.
 */
public final class FreshDatabase implements BeforeAllCallback, AfterAllCallback {

    private String name;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        String label = context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]", "");
        name = "aat_" + label.substring(0, Math.min(label.length(), 30)) + "_"
                + UUID.randomUUID().toString().substring(0, 8);
        TestServer.adminSql("CREATE DATABASE " + name);
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (name != null) {
            TestServer.adminSql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** The database's name. */
    public String name() {
        return name;
    }

    /** Settings that reach this database as the test server's admin role. */
    public ConnectionSettings settings() {
        return TestServer.settings(name);
    }

    /** Runs SQL (several statements allowed) in this database as the admin role, auto-commit. */
    public void sql(String sql) throws SQLException {
        try (Connection c = connect(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** A plain JDBC connection to this database for test set-up and assertions. */
    public Connection connect() throws SQLException {
        ConnectionSettings s = settings();
        Properties p = new Properties();
        p.setProperty("user", s.user());
        if (s.hasPassword()) {
            p.setProperty("password", s.password());
        }
        return DriverManager.getConnection(s.jdbcUrl(), p);
    }

    /** Environment variables that point the app at this database (for CLI runs in a child process). */
    public Map<String, String> env() {
        ConnectionSettings s = settings();
        return Map.of("DB_HOST", s.host(), "DB_PORT", Integer.toString(s.port()), "DB_NAME", s.database(),
                "DB_USER", s.user(), "DB_PASSWORD", s.hasPassword() ? s.password() : "");
    }
}
