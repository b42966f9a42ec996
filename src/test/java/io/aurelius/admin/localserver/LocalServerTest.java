package io.aurelius.admin.localserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aurelius.admin.cli.ServerCommand;
import io.aurelius.admin.config.ConnectionSettings;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import picocli.CommandLine;

/**
 * A real private server in a temporary home, with this machine's PostgreSQL (skipped when it has none). As
 * root, this exercises the switch to the {@code postgres}/{@code nobody} account. Every server started here is
 * stopped in {@link #tearDown()}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalServerTest {

    private static Path root;
    private static LocalServer server;
    private static ConnectionSettings first;

    @BeforeAll
    static void setUp() throws IOException {
        root = TempDirs.create("aurelius-localserver-");
        server = new LocalServer(root.resolve("postgres"));
        assumeTrue(server.findBinaries().isPresent(), "no PostgreSQL server binaries on this machine");
    }

    @AfterAll
    static void tearDown() throws IOException {
        try {
            if (server != null) {
                server.stop();
                assertThat(new DataDirectory(server.dataDir()).postmaster()).isEmpty();
            }
        } finally {
            TempDirs.delete(root);
        }
    }

    @Test
    @Order(1)
    void coldStartCreatesTheClusterAndTheDatabase() throws Exception {
        long t0 = System.nanoTime();
        first = server.start();
        System.out.printf("LocalServerTest: cold initdb + start + CREATE DATABASE took %d ms (%s)%n",
                (System.nanoTime() - t0) / 1_000_000, server.findBinaries().orElseThrow().describe());

        assertThat(first.host()).isEqualTo("127.0.0.1");
        assertThat(first.port()).isBetween(1024, 65535).isNotEqualTo(5432);
        assertThat(first.database()).isEqualTo("aurelius");
        assertThat(first.user()).isEqualTo("aurelius");
        assertThat(first.password()).hasSizeGreaterThanOrEqualTo(32);
        assertThat(first.sources()).containsEntry("password", LocalServer.SOURCE).containsEntry("port",
                LocalServer.SOURCE);
        assertThat(first.toString()).doesNotContain(first.password());
        assertThat(server.startedHere()).isTrue();

        try (Connection c = connect(first, first.password()); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT version()")).startsWith("PostgreSQL");
            assertThat(one(st, "SELECT current_database()")).isEqualTo("aurelius");
            assertThat(one(st, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
            assertThat(one(st, "SHOW password_encryption")).isEqualTo("scram-sha-256");
        }
        assertThatThrownBy(() -> connect(first, "wrong-password").close())
                .isInstanceOf(SQLException.class)
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("28P01"));
    }

    @Test
    @Order(2)
    void secretsStayOutOfCommandLinesAndOtherEyes() throws IOException {
        assertThat(FileModes.mode(server.passwordFile())).isIn("rw-------", "");
        assertThat(Files.readString(server.passwordFile()).strip()).isEqualTo(first.password());
        try (Stream<Path> files = Files.list(server.home())) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".initdb-pw"));
        }
        long pid = new DataDirectory(server.dataDir()).postmaster().orElseThrow().pid();
        String args = String.join(" ", ProcessHandle.of(pid).orElseThrow().info().arguments().orElse(new String[0]));
        assertThat(args).doesNotContain(first.password());
        assertThat(Files.readString(server.home().resolve("server.json"))).contains("\"port\" : " + first.port())
                .doesNotContain(first.password());
        if (ServerAccount.isRoot()) {
            assertThat(Files.getOwner(server.dataDir()).getName()).isNotEqualTo("root");
        }
    }

    @Test
    @Order(3)
    void startWhileRunningReusesTheServer() {
        long t0 = System.nanoTime();
        ConnectionSettings again = server.start();
        System.out.printf("LocalServerTest: start while running took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(again.port()).isEqualTo(first.port());
        assertThat(again.password()).isEqualTo(first.password());

        LocalServer other = new LocalServer(server.home());
        assertThat(other.start().port()).isEqualTo(first.port());
        assertThat(other.startedHere()).isFalse();
        assertThat(other.stopIfStartedHere()).isFalse();
        assertThat(other.runningSettings()).hasValueSatisfying(s -> assertThat(s.port()).isEqualTo(first.port()));
    }

    @Test
    @Order(4)
    void statusReportsTheRunningServer() {
        LocalServer.Status st = server.status();
        assertThat(st.initialised()).isTrue();
        assertThat(st.running()).isTrue();
        assertThat(st.port()).isEqualTo(first.port());
        assertThat(st.version()).startsWith(server.findBinaries().orElseThrow().major() + ".");
        assertThat(st.dataDir()).isEqualTo(server.dataDir());
        assertThat(st.summary()).contains("running on 127.0.0.1:" + first.port());
        if (ServerAccount.isRoot()) {
            assertThat(st.runAsUser()).isNotEqualTo("root");
            assertThat(st.runAsOtherUser()).isTrue();
            assertThat(st.runAsNote()).hasValue("Running as root: the private server runs as user " + st.runAsUser()
                    + ".");
        } else {
            assertThat(st.runAsUser()).isEqualTo(System.getProperty("user.name"));
            assertThat(st.runAsNote()).isEmpty();
        }
    }

    @Test
    @Order(5)
    void stopThenStartKeepsDataPasswordAndPort() throws Exception {
        try (Connection c = connect(first, first.password()); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE kept (x int); INSERT INTO kept VALUES (42)");
        }
        long t0 = System.nanoTime();
        assertThat(server.stop()).isTrue();
        System.out.printf("LocalServerTest: stop took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(server.status().running()).isFalse();
        assertThat(server.status().port()).isEqualTo(first.port());
        assertThat(server.runningSettings()).isEmpty();
        assertThat(server.stop()).isFalse();

        t0 = System.nanoTime();
        ConnectionSettings again = server.start();
        System.out.printf("LocalServerTest: warm start took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(again.password()).isEqualTo(first.password());
        assertThat(again.port()).isEqualTo(first.port());
        try (Connection c = connect(again, again.password()); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT x FROM kept")).isEqualTo("42");
        }
    }

    @Test
    @Order(6)
    void aTakenPortMovesTheServerToAFreeOne() throws Exception {
        server.stop();
        try (ServerSocket squatter = new ServerSocket()) {
            squatter.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), first.port()));
            ConnectionSettings moved = server.start();
            assertThat(moved.port()).isNotEqualTo(first.port());
            try (Connection c = connect(moved, moved.password()); Statement st = c.createStatement()) {
                assertThat(one(st, "SELECT x FROM kept")).isEqualTo("42");
            }
            assertThat(server.status().port()).isEqualTo(moved.port());
        }
    }

    @Test
    @Order(7)
    void serverCommandReportsWithoutThePassword() {
        String started = run("start");
        assertThat(started).contains("already running on 127.0.0.1:" + server.status().port())
                .contains("data in " + server.dataDir()).doesNotContain(first.password());
        String status = run("status");
        assertThat(status).contains("running      yes, on 127.0.0.1:" + server.status().port())
                .contains("binaries     PostgreSQL ");
        assertThat(run("stop")).startsWith("Stopped the private PostgreSQL server");
        assertThat(run("stop")).startsWith("The private PostgreSQL server is not running.");
        assertThat(run("status")).contains("stopped (last port ");
        server.start();
    }

    private static String run(String... args) {
        StringWriter out = new StringWriter();
        CommandLine cl = new CommandLine(new ServerCommand(() -> server));
        cl.setOut(new PrintWriter(out, true));
        int code = cl.execute(args);
        assertThat(code).as("exit code of server %s", List.of(args)).isZero();
        return out.toString();
    }

    private static Connection connect(ConnectionSettings s, String password) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", s.user());
        p.setProperty("password", password);
        p.setProperty("sslmode", "disable");
        return DriverManager.getConnection(s.jdbcUrl(), p);
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
