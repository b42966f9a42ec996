package io.aurelius.admin.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aurelius.admin.Services;
import io.aurelius.admin.backup.BackupFormat;
import io.aurelius.admin.backup.BackupJob;
import io.aurelius.admin.backup.BackupRequest;
import io.aurelius.admin.cli.Cli;
import io.aurelius.admin.cli.Console;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.SslServer;
import io.aurelius.admin.testing.TestCa;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * sslmode verify-full against a private PostgreSQL server whose certificate (for {@code localhost} only) a CA made
 * in this test signed; the server admits TCP clients only over SSL. Every refusal is one sentence with the fix.
 */
class SslVerifyFullTest {

    private static SslServer server;
    private static Path caFile;
    private static Path strangerCaFile;
    private static Path sameNameCaFile;

    @BeforeAll
    static void start() throws Exception {
        Optional<SslServer> s = SslServer.create();
        assumeTrue(s.isPresent(), "no PostgreSQL server binaries on this machine");
        server = s.get();
        TestCa ca = TestCa.create("AURELIUS test CA");
        server.serve(ca.issueServer("localhost"));
        Path dir = server.workDir();
        caFile = ca.writeCertificate(dir.resolve("ca.crt"));
        strangerCaFile = TestCa.create("Some other CA").writeCertificate(dir.resolve("stranger-ca.crt"));
        sameNameCaFile = TestCa.create("AURELIUS test CA").writeCertificate(dir.resolve("same-name-ca.crt"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
    }

    @Test
    @Proves(value = Reliability.SSL_VERIFY_FULL, how = "Database.open with verify-full and a CA made in the test"
            + " reaches a private server by the name in its certificate; its pooled and heartbeat sessions show ssl in"
            + " pg_stat_ssl.")
    void verifyFullWithTheCaConnectsByTheNameInTheCertificate() {
        try (Database db = Database.open(server.settings("localhost", "verify-full", caFile));
             Heartbeat heartbeat = db.heartbeat()) {
            assertThat(db.withConnection(SslVerifyFullTest::sessionUsesSsl)).isTrue();
            assertThat(heartbeat.beat()).isTrue();
        }
    }

    @Test
    @Proves(value = Reliability.SSL_VERIFY_FULL, how = "Connecting to 127.0.0.1 when the certificate names only"
            + " localhost is refused in one sentence naming both names and the fixes (the certificate's name, or"
            + " verify-ca), with no driver line printed above it.")
    void aHostNameTheCertificateDoesNotCarryIsRefused() {
        ConnectionSettings byAddress = server.settings("127.0.0.1", "verify-full", caFile);
        List<LogRecord> printed = new CopyOnWriteArrayList<>();
        Handler terminal = new Handler() { // what java.util.logging would print on the terminal
            @Override
            public void publish(LogRecord r) {
                printed.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger.getLogger("").addHandler(terminal);
        String message;
        try {
            message = refusal(byAddress);
        } finally {
            java.util.logging.Logger.getLogger("").removeHandler(terminal);
        }
        assertThat(printed).as("pgjdbc's own SEVERE line above the sentence")
                .noneMatch(r -> r.getLevel().intValue() >= Level.WARNING.intValue());
        assertThat(message).startsWith("The server's certificate at 127.0.0.1:" + byAddress.port() + " names localhost,"
                        + " not the host '127.0.0.1' (from DB_HOST in the environment)")
                .contains("sslmode 'verify-full' refused the connection")
                .contains("connect with a host name the certificate carries (localhost)")
                .contains("verify-ca")
                .doesNotContain("hostnameverifier", "Pgjdbc");
        // the advice holds: verify-ca checks the CA only, so the same address is accepted
        try (Database db = Database.open(byAddress.withSsl("verify-ca", caFile.toString()))) {
            assertThat(db.withConnection(SslVerifyFullTest::sessionUsesSsl)).isTrue();
        }
    }

    @Test
    @Proves(value = Reliability.SSL_VERIFY_FULL, how = "A root certificate from another CA (of another name, and of"
            + " the same name with another key) is refused in one sentence naming the file and DB_SSLROOTCERT.")
    void aCertificateNoTrustedCaSignedIsRefused() {
        for (Path wrong : new Path[] {strangerCaFile, sameNameCaFile}) {
            String message = refusal(server.settings("localhost", "verify-full", wrong));
            assertThat(message).as(wrong.toString())
                    .contains("is not signed by a CA in " + wrong + " (from DB_SSLROOTCERT in the environment)")
                    .contains("refused the connection: set DB_SSLROOTCERT (or --sslrootcert) to the certificate of"
                            + " the CA that signed it")
                    .doesNotContain("PKIX", "anchors");
        }
    }

    @Test
    @Proves(value = Reliability.SSL_VERIFY_FULL, how = "A root certificate file that does not exist is named with"
            + " where it was set and the fix.")
    void aMissingRootCertificateFileIsNamed() throws Exception {
        Path missing = server.workDir().resolve("no-such-ca.crt");
        String message = refusal(server.settings("localhost", "verify-full", missing));
        assertThat(message).startsWith("The root certificate file " + missing + " (from DB_SSLROOTCERT in the"
                + " environment) cannot be read (no such file or directory)").contains("correct DB_SSLROOTCERT");
    }

    @Test
    @Proves(value = Reliability.SSL_VERIFY_FULL, how = "With ssl switched off on the same server, sslmode require"
            + " is refused in one sentence naming the sslmode and its source.")
    void requireAgainstAServerWithoutSslIsRefused() throws Exception {
        server.ssl(false);
        try {
            String message = refusal(server.settings("localhost", "require", null));
            assertThat(message).startsWith("PostgreSQL at localhost:").contains("does not offer SSL, which sslmode"
                    + " 'require' (from DB_SSLMODE in the environment) demands").contains("enabled on the server");
        } finally {
            server.ssl(true);
        }
    }

    @Test
    @Proves(value = Reliability.SSL_VERIFY_FULL, how = "`db check` with DB_SSLMODE=verify-full and a relative"
            + " DB_SSLROOTCERT in the environment connects, and with the address instead of the name it fails in one"
            + " sentence.")
    void theCommandLineTakesTheRootCertificateFromTheEnvironment() throws Exception {
        ConnectionSettings s = server.settings("localhost", "verify-full", caFile);
        Map<String, String> env = Map.of("DB_HOST", "localhost", "DB_PORT", Integer.toString(s.port()),
                "DB_NAME", s.database(), "DB_USER", s.user(), "DB_PASSWORD", s.password(),
                "DB_SSLMODE", "verify-full", "DB_SSLROOTCERT", caFile.getFileName().toString());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(cli(env, out, err, "db", "check")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Connected to " + s.describe());

        out.getBuffer().setLength(0);
        assertThat(cli(env, out, err, "db", "check", "--host", "127.0.0.1")).isNotZero();
        assertThat(err.toString().strip()).contains("names localhost, not the host '127.0.0.1' (from --host)")
                .doesNotContain("\n").doesNotContain(s.password());
    }

    @Test
    @Proves(value = Reliability.SSL_VERIFY_FULL, how = "A pg_dump backup over verify-full succeeds with PGSSLMODE and"
            + " PGSSLROOTCERT in its environment and no password in its arguments, and fails once the root certificate"
            + " is another CA's.")
    void pgDumpBacksUpOverVerifyFull() throws Exception {
        ConnectionSettings s = server.settings("localhost", "verify-full", caFile);
        Path out = server.workDir().resolve("over-ssl.dump");
        try (Services services = Services.connect(s)) {
            services.database().withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    return st.execute("CREATE TABLE IF NOT EXISTS held (id int)");
                }
            });
            BackupJob job = services.backups().prepare(BackupRequest.of(out, BackupFormat.CUSTOM));
            String cmdline;
            String environ;
            CompletableFuture<BackupJob.Result> run;
            try (Connection lock = lockTable(services.database())) { // pg_dump waits on it: time to look
                run = CompletableFuture.supplyAsync(job::run);
                long pid = waitForPgDump(job);
                cmdline = Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.ISO_8859_1);
                environ = Files.readString(Path.of("/proc/" + pid + "/environ"), StandardCharsets.ISO_8859_1);
                lock.rollback();
            }
            assertThat(run.get(60, TimeUnit.SECONDS).path()).exists();
            assertThat(environ.split("\0")).contains("PGSSLMODE=verify-full", "PGSSLROOTCERT=" + caFile)
                    .noneMatch(e -> e.startsWith("PGPASSWORD"));
            assertThat(cmdline).contains("pg_dump").contains("--host=localhost").doesNotContain(s.password());

            // libpq checks it too: with another CA's certificate in the file, pg_dump refuses the server
            byte[] right = Files.readAllBytes(caFile);
            Files.copy(strangerCaFile, caFile, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            try {
                BackupJob refused = services.backups().prepare(BackupRequest.of(
                        server.workDir().resolve("refused.dump"), BackupFormat.CUSTOM));
                assertThatThrownBy(refused::run).isInstanceOf(DatabaseException.class)
                        .hasMessageContaining("pg_dump failed and no backup was written")
                        .hasMessageContaining("certificate verify failed");
            } finally {
                Files.write(caFile, right);
            }
        }
    }

    // --- helpers -----------------------------------------------------------------------------------------------

    private static boolean sessionUsesSsl(Connection c) throws java.sql.SQLException {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Database.open must fail with one sentence (no driver words, no password, no second line); returns it. */
    private static String refusal(ConnectionSettings s) {
        Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(() -> Database.open(s).close());
        assertThat(thrown).isInstanceOf(DatabaseException.class);
        String message = thrown.getMessage();
        String paths = s.sslrootcert() == null ? "" : s.sslrootcert();
        assertThat(message).doesNotContain("\n", "Exception", "SSL error", s.password()).endsWith(".");
        assertThat(message.length() - paths.length()).as(message).isLessThan(400);
        return message;
    }

    private static Connection lockTable(Database db) throws java.sql.SQLException {
        Connection c = db.dataSource().getConnection();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE held IN ACCESS EXCLUSIVE MODE");
        }
        return c;
    }

    /** The pid of the job's pg_dump once it runs (it then waits on the lock). */
    private static long waitForPgDump(BackupJob job) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            long pid = job.pid();
            if (pid > 0 && Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.ISO_8859_1)
                    .contains("pg_dump")) {
                return pid;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("pg_dump never started");
    }

    private static int cli(Map<String, String> env, StringWriter out, StringWriter err, String... args) {
        Console console = new Console() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public String ask(String prompt) {
                return null;
            }
        };
        Path workDir = caFile.getParent();
        picocli.CommandLine cl = Cli.commandLine(console, new SettingsResolver(env, workDir, workDir));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
