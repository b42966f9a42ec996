package io.aurelius.admin.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.util.ContextInitializer;
import io.aurelius.admin.cli.Cli;
import io.aurelius.admin.cli.Console;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.TestServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * A password made for this test (with the characters that need escaping: colon, quote, backslash, space, around a
 * random token) goes through db commands, setup, a saved profile, backups and restores in every format, and two
 * faults; then the token is searched for in every child program's command line and environment (recorded by
 * wrappers around pg_dump, pg_restore and psql, and read from /proc while they run), in the app's log files (the
 * shipped logback.xml, pointed at a folder of this test), in everything printed, and in every file the app saved.
 * The only place it may be is the password file, mode 0600.
 */
@Timeout(value = 600, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class PasswordLeakTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    static Path dir;

    /** The random part of the password: what is searched for, whatever escaping was applied around it. */
    private static final String TOKEN = UUID.randomUUID().toString().replace("-", "");
    private static final String PASSWORD = "Pw:'\\ " + TOKEN + " x";
    /** The password the setup command gives the role it creates. */
    private static final String TOKEN2 = UUID.randomUUID().toString().replace("-", "");
    private static final String PASSWORD2 = "Np\\:" + TOKEN2;
    private static final String ROLE = "aat_pw_" + UUID.randomUUID().toString().substring(0, 8);
    private static final String SETUP_ROLE = ROLE + "_app";
    private static final String SETUP_DB = "aat_pwsetup_" + UUID.randomUUID().toString().substring(0, 8);

    private static Path home;
    private static Path logs;
    private static Path bin;
    private static Path calls;
    private static ChildWatch watch;
    private static PrintStream realOut;
    private static PrintStream realErr;
    private static final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private static final StringBuilder cliText = new StringBuilder();

    @BeforeAll
    static void setUp() throws Exception {
        home = Files.createDirectories(dir.resolve("home"));
        logs = dir.resolve("logs");
        TestServer.adminSql("CREATE ROLE " + ROLE + " LOGIN SUPERUSER PASSWORD '" + PASSWORD.replace("'", "''") + "'");
        bin = wrappers(Files.createDirectories(dir.resolve("bin")));
        logToTheShippedConfiguration(logs);
        realOut = System.out;
        realErr = System.err;
        System.setOut(new PrintStream(new Tee(realOut, printed), true));
        System.setErr(new PrintStream(new Tee(realErr, printed), true));
        watch = new ChildWatch();
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (watch != null) {
            watch.close();
        }
        System.setOut(realOut);
        System.setErr(realErr);
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ctx.reset();
        new ContextInitializer(ctx).autoConfig();
        TestServer.adminSql("DROP DATABASE IF EXISTS " + SETUP_DB + " WITH (FORCE)");
        TestServer.adminSql("DROP ROLE IF EXISTS " + SETUP_ROLE);
        DB.sql("REASSIGN OWNED BY " + ROLE + " TO CURRENT_USER; DROP OWNED BY " + ROLE);
        TestServer.adminSql("DROP ROLE IF EXISTS " + ROLE);
    }

    // --- set-up -----------------------------------------------------------------------------------------------

    /**
     * pg_dump, pg_restore and psql that append their own command line and environment to calls.log, wait while
     * the file {@code hold} exists when they are to connect (so the watch sees them run), then exec.
     */
    private static Path wrappers(Path folder) throws IOException {
        calls = dir.resolve("calls.log");
        for (String tool : List.of("pg_dump", "pg_restore", "psql")) {
            Path w = folder.resolve(tool);
            Files.writeString(w, "#!/bin/sh\n{ printf '=== %s\\n' \"$0\"; tr '\\0' ' ' < /proc/$$/cmdline;"
                    + " printf '\\n'; tr '\\0' '\\n' < /proc/$$/environ; printf '\\n'; } >> '" + calls + "'\n"
                    + "case \"$*\" in *--host=*) while [ -e '" + dir.resolve("hold") + "' ]; do sleep 0.05; done;;"
                    + " esac\n"
                    + "exec /usr/lib/postgresql/15/bin/" + tool + " \"$@\"\n");
            Files.setPosixFilePermissions(w, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        return folder;
    }

    /** The app's own logback.xml (not the tests' logback-test.xml), writing its file into {@code folder}. */
    private static void logToTheShippedConfiguration(Path folder) throws Exception {
        URL shipped = PasswordLeakTest.class.getResource("/logback.xml");
        assertThat(shipped).isNotNull();
        assertThat(shipped.getPath()).doesNotContain("test-classes");
        LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
        ctx.reset();
        ctx.putProperty("AURELIUS_ADMIN_LOG_DIR", folder.toString());
        JoranConfigurator j = new JoranConfigurator();
        j.setContext(ctx);
        j.doConfigure(shipped);
    }

    private static Map<String, String> env() {
        Map<String, String> env = new HashMap<>();
        env.put("DB_HOST", DB.settings().host());
        env.put("DB_PORT", Integer.toString(DB.settings().port()));
        env.put("DB_NAME", DB.name());
        env.put("DB_USER", ROLE);
        env.put("DB_PASSWORD", PASSWORD);
        env.put("DB_ECHO", "True"); // every SQL statement is printed too: none may carry the password
        env.put("AURELIUS_ADMIN_HOME", home.resolve("config").toString());
        env.put("PGPASSFILE", home.resolve(".pgpass").toString());
        return env;
    }

    /** Runs one command as a user would; its output joins what is scanned. */
    private static int run(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Cli.commandLine(new Console() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public String ask(String prompt) {
                return null;
            }

            @Override
            public char[] askSecret(String prompt) {
                return PASSWORD.toCharArray();
            }
        }, new io.aurelius.admin.config.SettingsResolver(env, dir, home));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(args);
        synchronized (cliText) {
            cliText.append(String.join(" ", args)).append('\n').append(out).append(err);
        }
        return code;
    }

    private static String lastRun() {
        synchronized (cliText) {
            return cliText.toString();
        }
    }

    /** Runs the command while a lock holds the program it starts; returns once the watch saw that program. */
    private static void runHeld(String lockSql, String program, String... args) throws Exception {
        try (Connection lock = DB.connect()) {
            lock.setAutoCommit(false);
            try (Statement st = lock.createStatement()) {
                st.execute(lockSql);
            }
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> run(env(), args));
            watch.awaitConnected(program);
            lock.rollback();
            assertThat(run.get(120, TimeUnit.SECONDS)).as(lastRun()).isZero();
        }
    }

    /**
     * Runs the command while its program waits in the wrapper; returns once the watch saw it. (A restore cannot be
     * held by another session's lock: it refuses to start while another client is connected to the target.)
     */
    private static void runHeldInWrapper(String program, String... args) throws Exception {
        Path hold = Files.createFile(dir.resolve("hold"));
        try {
            CompletableFuture<Integer> run = CompletableFuture.supplyAsync(() -> run(env(), args));
            watch.awaitConnected(program);
            Files.delete(hold);
            assertThat(run.get(120, TimeUnit.SECONDS)).as(lastRun()).isZero();
        } finally {
            Files.deleteIfExists(hold);
        }
    }

    // --- the tests ------------------------------------------------------------------------------------------

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "Db commands, setup, a saved profile, and backups and"
            + " restores in every format run with a password holding a random token; the token is in no child's"
            + " command line or environment (wrappers and /proc), no log file, nothing printed and no saved file"
            + " but the 0600 password file.")
    void aPasswordStaysInThePasswordFile() throws Exception {
        assertThat(run(env(), "db", "init")).as(lastRun()).isZero();
        assertThat(run(env(), "db", "check")).as(lastRun()).isZero();
        assertThat(run(env(), "db", "status")).as(lastRun()).isZero();
        DB.sql("INSERT INTO strategies (id, name, strategy_type, confidence, parameters, created_at, updated_at)"
                + " VALUES ('s-1', 'one', 'momentum', 0.5, '{}', now(), now())");
        Path backups = Files.createDirectories(dir.resolve("backups"));
        String pgBin = bin.toString();
        runHeld("LOCK TABLE strategies IN ACCESS EXCLUSIVE MODE", "pg_dump",
                "backup", "-o", backups.resolve("a.dump").toString(), "--pg-bin", pgBin);
        for (String f : List.of("plain", "gzip", "directory")) {
            Path out = backups.resolve("b-" + f + (f.equals("plain") ? ".sql" : f.equals("gzip") ? ".sql.gz" : ""));
            assertThat(run(env(), "backup", "-o", out.toString(), "--format", f, "--pg-bin", pgBin)).as(lastRun())
                    .isZero();
        }
        runHeldInWrapper("pg_restore", "restore", backups.resolve("a.dump").toString(), "--yes", "--pg-bin", pgBin);
        runHeldInWrapper("psql", "restore", backups.resolve("b-plain.sql").toString(), "--yes", "--pg-bin", pgBin);
        assertThat(run(env(), "restore", backups.resolve("b-directory").toString(), "--yes", "--pg-bin", pgBin))
                .as(lastRun()).isZero();
        assertThat(run(env(), "profile", "add", "lab", "--host", DB.settings().host(), "--db", DB.name(),
                "--user", ROLE, "--save-password")).as(lastRun()).isZero();
        Map<String, String> setup = env();
        setup.put("DB_NAME", SETUP_DB);
        setup.put("DB_USER", SETUP_ROLE);
        setup.put("DB_PASSWORD", PASSWORD2);
        setup.put("DB_ADMIN_PASSWORD", PASSWORD);
        assertThat(run(setup, "db", "setup", "--admin-user", ROLE, "--save-password")).as(lastRun()).isZero();

        List<String> recorded = children();
        assertThat(recorded).as("every tool was started, and recorded")
                .anyMatch(c -> c.contains("/pg_dump ") && c.contains("--host="))
                .anyMatch(c -> c.contains("/pg_restore ") && c.contains("--host="))
                .anyMatch(c -> c.contains("/pg_restore --list"))
                .anyMatch(c -> c.contains("/psql ") && c.contains("--host="));
        for (String c : recorded) {
            assertThat(c).doesNotContain(TOKEN).doesNotContain(TOKEN2).doesNotContain("PGPASSWORD=")
                    .doesNotContain("DB_PASSWORD=").doesNotContain("DB_ADMIN_PASSWORD=");
            if (c.contains("--host=")) {
                assertThat(c).contains("PGPASSFILE=").contains("--no-password");
            }
            secretsOfThisJvm().forEach(s -> assertThat(c).doesNotContain(s));
        }
        assertThat(watch.seen()).as("the /proc watch saw each held tool connect")
                .anyMatch(c -> c.contains("pg_dump") && c.contains("--host="))
                .anyMatch(c -> c.contains("pg_restore") && c.contains("--host="))
                .anyMatch(c -> c.contains("psql") && c.contains("--host="))
                .allSatisfy(c -> assertThat(c).doesNotContain("PGPASSWORD="));
        assertThat(watch.all()).allSatisfy(c -> assertThat(c).doesNotContain(TOKEN).doesNotContain(TOKEN2));

        String logText = logFiles();
        assertThat(logText).contains("Started pg_dump").contains("Started pg_restore").contains("Started psql")
                .doesNotContain(TOKEN).doesNotContain(TOKEN2);
        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("SQL ").doesNotContain(TOKEN)
                .doesNotContain(TOKEN2);
        assertThat(lastRun()).doesNotContain(TOKEN).doesNotContain(TOKEN2);

        Path pgpass = home.resolve(".pgpass");
        assertThat(filesHolding(dir, TOKEN)).containsExactly(pgpass);
        assertThat(filesHolding(dir, TOKEN2)).containsExactly(pgpass);
        assertThat(Files.getPosixFilePermissions(pgpass)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(filesHolding(Path.of(System.getProperty("java.io.tmpdir")), TOKEN)).as("temporary files").isEmpty();
    }

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "A wrong password, a password inside a connection URL given"
            + " as the host, and a password typed into the port each fail with a sentence and a log entry that"
            + " hold no part of it.")
    void failuresNeverShowThePassword() throws Exception {
        Map<String, String> wrong = env();
        wrong.put("DB_PASSWORD", PASSWORD + "-wrong");
        assertThat(run(wrong, "db", "check")).isEqualTo(Cli.FAILED);
        assertThat(lastRun()).contains("rejected role '" + ROLE + "'");
        assertThat(run(wrong, "backup", "-o", dir.resolve("never.dump").toString())).isEqualTo(Cli.FAILED);

        Map<String, String> url = env();
        url.put("DB_HOST", "postgresql://" + ROLE + ":" + PASSWORD + "@" + DB.settings().host() + ":"
                + DB.settings().port() + "/" + DB.name());
        assertThat(run(url, "db", "check")).isEqualTo(Cli.FAILED);
        assertThat(lastRun()).contains("looks like a URL");
        url.put("DB_HOST", ROLE + ":" + PASSWORD + "@" + DB.settings().host());
        assertThat(run(url, "db", "status")).isEqualTo(Cli.FAILED);

        Map<String, String> port = env();
        port.put("DB_PORT", PASSWORD);
        assertThat(run(port, "db", "check")).isEqualTo(Cli.FAILED);
        assertThat(lastRun()).contains("is not a number from 1 to 65535");

        assertThat(lastRun()).doesNotContain(TOKEN);
        assertThat(logFiles()).contains("Command failed").doesNotContain(TOKEN);
        assertThat(printed.toString(StandardCharsets.UTF_8)).doesNotContain(TOKEN);
        assertThat(dir.resolve("never.dump")).doesNotExist();
    }

    // --- scanning ---------------------------------------------------------------------------------------------

    /** Each recorded start of a tool: its command line, then its environment, one variable a line. */
    private static List<String> children() throws IOException {
        String text = Files.exists(calls) ? Files.readString(calls, StandardCharsets.ISO_8859_1) : "";
        List<String> out = new ArrayList<>();
        for (String c : text.split("=== ")) {
            if (!c.isBlank()) {
                out.add(c);
            }
        }
        return out;
    }

    /** Values of this JVM's variables that look secret (the children must not inherit them). */
    private static List<String> secretsOfThisJvm() {
        return System.getenv().entrySet().stream()
                .filter(e -> e.getKey().toUpperCase(Locale.ROOT).contains("PASSWORD") && e.getValue().length() >= 4)
                .map(Map.Entry::getValue).toList();
    }

    /** Everything in the log folder, .gz files unpacked; fails when the app wrote no log there. */
    private static String logFiles() throws IOException {
        StringBuilder all = new StringBuilder();
        try (Stream<Path> s = Files.walk(logs)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                all.append(new String(read(f), StandardCharsets.ISO_8859_1));
            }
        }
        assertThat(all).as("the app's log file").isNotEmpty();
        return all.toString();
    }

    private static byte[] read(Path f) throws IOException {
        if (!f.getFileName().toString().endsWith(".gz")) {
            return Files.readAllBytes(f);
        }
        try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
            return in.readAllBytes();
        } catch (IOException notGzip) {
            return Files.readAllBytes(f);
        }
    }

    /** Files under {@code root} (gzip unpacked) holding the token; the test's own wrapper record left out. */
    private static List<Path> filesHolding(Path root, String token) throws IOException {
        List<Path> found = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root, root.equals(dir) ? Integer.MAX_VALUE : 1)) {
            for (Path p : s.toList()) {
                boolean ours = root.equals(dir) || p.getFileName().toString().startsWith("aurelius");
                if (!ours || p.equals(calls)) {
                    continue;
                }
                try (Stream<Path> inside = Files.isDirectory(p) && !root.equals(dir) ? Files.walk(p) : Stream.of(p)) {
                    for (Path f : inside.filter(Files::isRegularFile).toList()) {
                        if (Files.size(f) < 50_000_000
                                && new String(read(f), StandardCharsets.ISO_8859_1).contains(token)) {
                            found.add(f);
                        }
                    }
                } catch (IOException gone) {
                    // another program's temporary file went away while we looked
                }
            }
        }
        return found;
    }

    /** Copies what is printed to the real stream and to a buffer. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final ByteArrayOutputStream b;

        Tee(OutputStream a, ByteArrayOutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            synchronized (b) {
                b.write(c);
            }
        }

        @Override
        public void write(byte[] bytes, int off, int len) throws IOException {
            a.write(bytes, off, len);
            synchronized (b) {
                b.write(bytes, off, len);
            }
        }
    }
}
