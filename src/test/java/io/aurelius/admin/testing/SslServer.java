package io.aurelius.admin.testing;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.localserver.LocalServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private PostgreSQL server of the app's own ({@link LocalServer}, in a temporary folder, as the {@code postgres}
 * account when the tests run as root) that serves TLS with a certificate a {@link TestCa} issued, and whose
 * pg_hba.conf admits TCP clients only over SSL ({@code hostssl}; {@code hostnossl ... reject}). SSL is switched with
 * {@code ALTER SYSTEM} and a reload, through one connection held open from before the switch, so a test can also
 * meet the same server without SSL. Stop it with {@link #close()}.
 */
public final class SslServer implements AutoCloseable {

    private static final String CERT = "aurelius-test-server.crt";
    private static final String KEY = "aurelius-test-server.key";
    private static final String HBA = """
            # Written by SslServer: TCP clients only over SSL.
            local     all  all                 scram-sha-256
            hostssl   all  all  127.0.0.1/32   scram-sha-256
            hostnossl all  all  127.0.0.1/32   reject
            """;

    private final Path root;
    private final LocalServer server;
    private final ConnectionSettings plain;
    private final Connection admin;

    private SslServer(Path root, LocalServer server, ConnectionSettings plain, Connection admin) {
        this.root = root;
        this.server = server;
        this.plain = plain;
        this.admin = admin;
    }

    /** A private server in a new temporary folder, or empty when this machine has no PostgreSQL server binaries. */
    public static java.util.Optional<SslServer> create() throws IOException {
        Path root = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "aurelius-ssl-");
        // the server's account (postgres, when we are root) must pass through to its home
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx--x--x"));
        LocalServer server = new LocalServer(root.resolve("postgres"));
        if (server.findBinaries().isEmpty()) {
            delete(root);
            return java.util.Optional.empty();
        }
        ConnectionSettings plain = server.start();
        try {
            return java.util.Optional.of(new SslServer(root, server, plain, connect(plain, "disable")));
        } catch (SQLException e) {
            server.stop();
            throw new IllegalStateException("could not reach the private server just started", e);
        }
    }

    /**
     * Gives the server this certificate and key (the key mode 0600, both owned by the server's account, in its data
     * folder), admits TCP clients only over SSL and switches SSL on.
     */
    public void serve(TestCa.Issued certificate) throws IOException, SQLException {
        Path data = server.dataDir();
        UserPrincipal owner = Files.getOwner(data);
        TestCa.PemFiles files = certificate.write(data, "aurelius-test-server");
        for (Path p : List.of(files.certificate(), files.key())) {
            Files.setOwner(p, owner);
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(data.resolve("pg_hba.conf"), HBA, StandardCharsets.UTF_8); // keeps its owner
        sql("ALTER SYSTEM SET ssl_cert_file = '" + data.resolve(CERT) + "'");
        sql("ALTER SYSTEM SET ssl_key_file = '" + data.resolve(KEY) + "'");
        ssl(true);
    }

    /** Switches SSL on or off (ALTER SYSTEM and a reload) and waits until new connections see the change. */
    public void ssl(boolean on) throws SQLException {
        sql("ALTER SYSTEM SET ssl = " + (on ? "on" : "off"));
        sql("SELECT pg_reload_conf()");
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (offersSsl() != on) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the private server did not switch ssl " + (on ? "on" : "off")
                        + " within 30 s; its log ends: " + logTail());
            }
            sleep();
        }
    }

    /**
     * Settings for this server as a user would give them in the environment: this host name, sslmode and root
     * certificate file (null: the default {@code ~/.postgresql/root.crt}).
     */
    public ConnectionSettings settings(String host, String sslmode, Path rootCert) {
        return new ConnectionSettings(host, plain.port(), plain.database(), plain.user(), plain.password(), sslmode,
                false, 4, false, Map.of("host", "DB_HOST in the environment", "port", "DB_PORT in the environment",
                "database", "DB_NAME in the environment", "user", "DB_USER in the environment", "password",
                "DB_PASSWORD in the environment", "sslmode", "DB_SSLMODE in the environment", "sslrootcert",
                "DB_SSLROOTCERT in the environment"), ConnectionSettings.DEFAULT_STATEMENT_TIMEOUT,
                rootCert == null ? null : rootCert.toString());
    }

    /** The server's log (connection attempts, SSL errors). */
    public String log() {
        try {
            return Files.readString(server.logFile(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A folder of the test's own, next to the server's home, for CA files and backups. */
    public Path workDir() throws IOException {
        return Files.createDirectories(root.resolve("work"));
    }

    private boolean offersSsl() {
        try (Connection c = connect(plain, "require")) {
            return true;
        } catch (SQLException e) {
            if (String.valueOf(e.getMessage()).contains("does not support SSL")) {
                return false;
            }
            throw new AssertionError("unexpected answer of the private server: " + e.getMessage(), e);
        }
    }

    private void sql(String statement) throws SQLException {
        try (Statement st = admin.createStatement()) {
            st.execute(statement);
        }
    }

    private static Connection connect(ConnectionSettings s, String sslmode) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", s.user());
        p.setProperty("password", s.password());
        p.setProperty("sslmode", sslmode);
        return new org.postgresql.Driver().connect(s.jdbcUrl(), p);
    }

    private String logTail() {
        String log = log();
        return log.substring(Math.max(0, log.length() - 2000));
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            admin.close();
        } catch (SQLException ignored) {
            // the server stops next anyway
        }
        try {
            server.stop();
        } finally {
            delete(root);
        }
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
