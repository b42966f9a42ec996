package io.aurelius.admin.testing.report;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.localserver.LocalServer;
import io.aurelius.admin.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;

/** What the report's header says about the build: its command and the PostgreSQL server the tests used. */
final class BuildFacts {

    private BuildFacts() {
    }

    /** "mvn -B verify" as typed (the mvn script exports its arguments to the test JVMs), or null. */
    static String command() {
        String args = System.getenv("MAVEN_CMD_LINE_ARGS");
        if (args == null || args.isBlank()) {
            return null;
        }
        return ("mvn " + args.strip()).replaceAll("(?i)(-D\\S*(pass|secret|token)\\S*=)\\S+", "$1***");
    }

    /**
     * "PostgreSQL 15.10 (Debian …)" of the server the tests used, or null; never starts one: the server the
     * AURELIUS_TEST_PG* variables name, else the tests' private server if it runs.
     */
    static String server() {
        String host = System.getenv("AURELIUS_TEST_PGHOST");
        try {
            if (host != null && !host.isBlank()) {
                return "PostgreSQL " + version(TestServer.settings("postgres"));
            }
            LocalServer.Status s = new LocalServer(Path.of(System.getProperty("java.io.tmpdir"),
                    "aurelius-admin-tests")).status();
            return s.running() ? "PostgreSQL " + s.version() + " (the tests' private server)" : null;
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    private static String version(ConnectionSettings s) throws Exception {
        Properties p = new Properties();
        p.setProperty("user", s.user());
        p.setProperty("password", s.password());
        p.setProperty("connectTimeout", "5");
        p.setProperty("socketTimeout", "10");
        try (Connection c = DriverManager.getConnection(s.jdbcUrl(), p); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1);
        }
    }

    /** A test's failure as one line for the report: the message (or the exception's name), no test password. */
    static String describe(Throwable t) {
        String text = t.getMessage() == null || t.getMessage().isBlank() ? t.getClass().getName()
                : t instanceof AssertionError || t.getClass().getName().startsWith("org.opentest4j.") ? t.getMessage()
                : t.getClass().getSimpleName() + ": " + t.getMessage();
        String password = System.getenv("AURELIUS_TEST_PGPASSWORD");
        if (password != null && password.length() >= 4) {
            text = text.replace(password, "********");
        }
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() <= 300 ? text : text.substring(0, 299) + "…";
    }
}
