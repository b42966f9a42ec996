package io.aurelius.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.TestServer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Bad connection input, as a user meets it: the real command line in a child JVM (the shaded jar when it
 * is built and current, see {@link BadInputProcess}) with an environment and working directory the test
 * controls. Every fault must give exit status 1 and exactly one line on stderr naming the setting at
 * fault and the fix, no stack trace unless {@code --verbose}, and never the password, in the output or
 * the log file.
 */
class BadInputTest {

    /** Distinctive, so that any leak is found by a plain search. */
    static final String PASSWORD = "S3cr3t-Pa55";

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path tmp;
    Path cwd;

    @BeforeEach
    void workingDirectory() throws IOException {
        cwd = Files.createDirectories(tmp.resolve("cwd"));
    }

    // --- where the server is -------------------------------------------------------------------------

    @Test
    void refusedPort() throws IOException {
        int port = freePort();
        expectOneSentence(env("DB_PORT", Integer.toString(port), "DB_PASSWORD", PASSWORD),
                "localhost:" + port, "connection refused", "DB_PORT in the environment",
                "PostgreSQL is running");
    }

    @Test
    void unknownHost() {
        expectOneSentence(env("DB_HOST", "no-such-host.invalid", "DB_PASSWORD", PASSWORD),
                "'no-such-host.invalid'", "DB_HOST in the environment", "cannot be found", "correct it");
    }

    @Test
    void unknownHostFromFlagNamesTheFlag() {
        expectOneSentence(env("DB_PASSWORD", PASSWORD), List.of("--host", "no-such-host.invalid"),
                "'no-such-host.invalid'", "from --host", "cannot be found");
    }

    // --- who and what on a real server ---------------------------------------------------------------

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "The real command line in a child JVM with a password the "
            + "server rejects: one sentence, and stdout, stderr and the log file never hold the password.")
    void wrongPassword() {
        BadInputProcess.Result r = expectOneSentence(server("postgres", TestServer.user(), PASSWORD),
                "rejected role '" + TestServer.user() + "'", "DB_PASSWORD in the environment",
                "set DB_PASSWORD");
        assertThat(r.log()).as("the log file is written").contains("rejected role");
    }

    @Test
    void wrongPasswordFromDotEnvNamesTheFileAndLine() throws IOException {
        Files.writeString(cwd.resolve(".env"), "# AURELIUS\nDB_HOST=" + TestServer.host() + "\nDB_PORT="
                + TestServer.port() + "\nDB_NAME=postgres\nDB_USER=" + TestServer.user() + "\nDB_PASSWORD=\""
                + PASSWORD + "\"\n");
        expectOneSentence(env(), "rejected role", "DB_PASSWORD in " + cwd.resolve(".env") + " line 6");
    }

    @Test
    void missingDatabase() {
        String db = "aurelius_missing_" + UUID.randomUUID().toString().substring(0, 8);
        expectOneSentence(server(db, TestServer.user(), TestServer.password()),
                "'" + db + "'", "DB_NAME in the environment", "does not exist", "CREATE DATABASE " + db);
    }

    @Test
    void missingRole() {
        // With scram-sha-256 PostgreSQL does not say whether the role exists (it reports a failed password);
        // with trust it says "role does not exist". Either way the sentence must name DB_USER.
        expectOneSentence(server("postgres", "no_such_role_x7", PASSWORD),
                "'no_such_role_x7'", "DB_USER in the environment");
    }

    @Test
    void noPasswordAnywhere() {
        Map<String, String> env = server("postgres", TestServer.user(), PASSWORD);
        env.remove("DB_PASSWORD");
        expectOneSentence(env, "wants a password", "DB_PASSWORD", "~/.pgpass");
    }

    // --- malformed settings --------------------------------------------------------------------------

    @Test
    void nonNumericPortFlag() {
        expectOneSentence(env("DB_PASSWORD", PASSWORD), List.of("--port", "54x32"),
                "'54x32'", "--port", "5432");
    }

    @Test
    void outOfRangePortInEnvironment() {
        expectOneSentence(env("DB_PORT", "70000", "DB_PASSWORD", PASSWORD),
                "'70000'", "DB_PORT in the environment", "1 to 65535");
    }

    @Test
    void nonNumericPortInDotEnv() throws IOException {
        Files.writeString(cwd.resolve(".env"), "DB_HOST=localhost\nDB_PORT=54x32\nDB_PASSWORD=" + PASSWORD + "\n");
        expectOneSentence(env(), "'54x32'", "DB_PORT in " + cwd.resolve(".env") + " line 2", "5432");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "The real command line with a malformed .env line: "
            + "exit 1, one sentence naming file and line, the password nowhere in the output or log.")
    void malformedDotEnvLine() throws IOException {
        Files.writeString(cwd.resolve(".env"), "DB_HOST=localhost\nDB_PASSWORD " + PASSWORD + "\nDB_NAME=x\n");
        expectOneSentence(env(), "Line 2 of " + cwd.resolve(".env"), "KEY=value", "comment it out");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "The real command line with a malformed file given by "
            + "--env-file: exit 1, one sentence naming file and line.")
    void malformedLineInEnvFileGivenByFlag() throws IOException {
        Path file = Files.writeString(tmp.resolve("prod.env"), "DB_HOST=localhost\n" + PASSWORD + "\n");
        expectOneSentence(env(), List.of("--env-file", file.toString()), "Line 2 of " + file, "KEY=value");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "The real command line with an unterminated quote in "
            + ".env: exit 1, one sentence naming line and key, the password nowhere in the output or log.")
    void unterminatedQuoteInDotEnv() throws IOException {
        Files.writeString(cwd.resolve(".env"), "DB_PASSWORD='" + PASSWORD + "\nDB_HOST=localhost\n");
        expectOneSentence(env(), "Line 1 of " + cwd.resolve(".env"), "DB_PASSWORD", "closing '");
    }

    @Test
    void missingEnvFile() {
        expectOneSentence(env("DB_PASSWORD", PASSWORD), List.of("--env-file", "nope/prod.env"),
                cwd.resolve("nope/prod.env").toString(), "--env-file", "does not exist");
    }

    @Test
    void unknownSslmode() {
        expectOneSentence(env("DB_SSLMODE", "strict", "DB_PASSWORD", PASSWORD),
                "'strict'", "DB_SSLMODE in the environment", "verify-full");
    }

    @Test
    void hostWrittenAsUrlIsRefusedWithoutEchoingIt() {
        expectOneSentence(env("DB_HOST", "postgresql://aurelius:" + PASSWORD + "@db.example:5432/aurelius"),
                "DB_HOST in the environment", "URL", "DB_PASSWORD");
    }

    // --- servers that are not PostgreSQL ---------------------------------------------------------------

    @Test
    void webServerOnThePort() throws IOException {
        try (BadInputFakeServer web = BadInputFakeServer.http()) {
            expectOneSentence(fake(web, "DB_PASSWORD", PASSWORD),
                    "127.0.0.1:" + web.port(), "does not speak PostgreSQL's protocol", "DB_PORT in the environment");
        }
    }

    @Test
    void webServerOnThePortWithSslDisabled() throws IOException {
        try (BadInputFakeServer web = BadInputFakeServer.http()) {
            expectOneSentence(fake(web, "DB_SSLMODE", "disable", "DB_PASSWORD", PASSWORD), "does not speak PostgreSQL's protocol", "DB_PORT in the environment");
        }
    }

    @Test
    void serverThatHangsUp() throws IOException {
        try (BadInputFakeServer mute = BadInputFakeServer.hangUp()) {
            expectOneSentence(fake(mute, "DB_PASSWORD", PASSWORD),
                    "127.0.0.1:" + mute.port(), "does not speak PostgreSQL's protocol", "DB_PORT");
        }
    }

    @Test
    void wireCompatibleServerThatIsNotPostgres() throws IOException {
        try (BadInputFakeServer other = BadInputFakeServer.wire(
                "CockroachDB CCL v23.1.11 (x86_64-pc-linux-gnu, built 2023/09/27, go1.19.10)", "13.0.0", 130000)) {
            expectOneSentence(fake(other, "DB_PASSWORD", PASSWORD),
                    "CockroachDB", "not PostgreSQL 12 or later", "DB_PORT");
        }
    }

    @Test
    void postgresOlderThan12() throws IOException {
        try (BadInputFakeServer old = BadInputFakeServer.wire(
                "PostgreSQL 11.22 on x86_64-pc-linux-gnu, compiled by gcc, 64-bit", "11.22", 110022)) {
            expectOneSentence(fake(old, "DB_PASSWORD", PASSWORD),
                    "PostgreSQL 11.22", "12 or later", "DB_PORT");
        }
    }

    // --- sslmode reaches the driver ------------------------------------------------------------------

    @Test
    void sslmodeRequireAgainstAServerWithoutSsl() throws IOException {
        try (BadInputFakeServer plain = BadInputFakeServer.wire("PostgreSQL 15.0", "15.0", 150000)) {
            expectOneSentence(fake(plain, "DB_SSLMODE", "require", "DB_PASSWORD", PASSWORD), "does not offer SSL", "'require'", "DB_SSLMODE in the environment");
            assertThat(plain.sslRequested()).isTrue();
        }
    }

    @Test
    void sslmodeDisableSendsNoSslRequest() throws IOException {
        try (BadInputFakeServer plain = BadInputFakeServer.wire("PostgreSQL 11.1", "11.1", 110001)) {
            BadInputProcess.Result r = BadInputProcess.run(cwd,
                    fake(plain, "DB_SSLMODE", "disable"), "db", "check");
            assertThat(r.err()).as(r.toString()).contains("PostgreSQL 11.1");
            assertThat(plain.sslRequested()).as("an SSLRequest with sslmode=disable").isFalse();
        }
        try (BadInputFakeServer plain = BadInputFakeServer.wire("PostgreSQL 11.1", "11.1", 110001)) {
            BadInputProcess.run(cwd, fake(plain), "db", "check");
            assertThat(plain.sslRequested()).as("an SSLRequest with the default sslmode (prefer)").isTrue();
        }
    }

    // --- no password flag ----------------------------------------------------------------------------

    @Test
    void passwordFlagIsAUsageError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = inProcess(out, err, "db", "check", "--password", PASSWORD);
        assertThat(exit).as(err.toString()).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--password");
        assertThat(out + err.toString()).doesNotContain(PASSWORD);
    }

    @Test
    void passwordFlagWithEqualsIsAUsageErrorAndNotEchoed() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = inProcess(out, err, "db", "check", "--password=" + PASSWORD);
        assertThat(exit).as(err.toString()).isEqualTo(Cli.USAGE);
        assertThat(out + err.toString()).as("the rejected option must not echo the password")
                .doesNotContain(PASSWORD);
    }

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "`--password=…` in a child JVM is a usage error whose "
            + "output and log never echo the password.")
    void passwordFlagInAChildProcess() {
        BadInputProcess.Result r = BadInputProcess.run(cwd, env(), "db", "check", "--password=" + PASSWORD);
        assertThat(r.exit()).as(r.toString()).isEqualTo(Cli.USAGE);
        assertThat(r.out() + r.err() + r.log()).as(r.toString()).doesNotContain(PASSWORD);
    }

    // --- DB_ECHO -------------------------------------------------------------------------------------

    @Test
    void dbEchoTruePrintsEveryStatementToStderr() {
        Map<String, String> env = new HashMap<>(DB.env());
        env.put("DB_ECHO", "True");
        BadInputProcess.Result r = BadInputProcess.run(cwd, env, "db", "check");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.out()).contains("Connected to");
        List<String> sql = r.errLines().stream().filter(l -> l.startsWith("SQL ")).toList();
        assertThat(sql).as(r.toString()).isNotEmpty();
        assertThat(String.join("\n", sql)).containsIgnoringCase("select");
        assertThat(r.errLines()).as("stderr holds only SQL lines").allMatch(l -> l.startsWith("SQL "));
    }

    @Test
    void dbEchoTrueIncludesTheConnectionProbesStatements() {
        // "Every SQL statement", as SQLAlchemy's echo=True in the API: the probe's SELECT 1 and version()
        // query run on a raw driver connection in Database.probe, outside the logging proxy.
        Map<String, String> env = new HashMap<>(DB.env());
        env.put("DB_ECHO", "True");
        BadInputProcess.Result r = BadInputProcess.run(cwd, env, "db", "check");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.errLines()).as("an echoed SELECT 1 and version() query\n" + r)
                .anyMatch(l -> l.startsWith("SQL ") && l.contains("SELECT 1"))
                .anyMatch(l -> l.startsWith("SQL ") && l.contains("version()"));
    }

    @Test
    void dbEchoFalsePrintsNothingToStderr() {
        Map<String, String> env = new HashMap<>(DB.env());
        env.put("DB_ECHO", "False");
        BadInputProcess.Result r = BadInputProcess.run(cwd, env, "db", "check");
        assertThat(r.exit()).as(r.toString()).isZero();
        assertThat(r.err()).as(r.toString()).isBlank();
    }

    @Test
    void dbEchoThatIsNotABooleanIsNamed() {
        expectOneSentence(env("DB_ECHO", "sometimes", "DB_PASSWORD", PASSWORD), "DB_ECHO", "'sometimes'", "True");
    }

    // --- the shaded jar itself -----------------------------------------------------------------------

    @Test
    void shadedJarGivesTheSameOneSentence() throws IOException {
        String problem = BadInputProcess.jarProblem();
        assumeTrue(problem == null, () -> "Skipped: " + problem + "; CI must run mvn package (or verify) so the"
                + " bad-input cases also run against the shaded jar.");
        int port = freePort();
        BadInputProcess.Result r = BadInputProcess.run(true, cwd,
                env("DB_PORT", Integer.toString(port), "DB_PASSWORD", PASSWORD), "db", "check");
        assertOneSentence(r, "localhost:" + port, "connection refused", "DB_PORT in the environment");
        BadInputProcess.Result v = BadInputProcess.run(true, cwd,
                env("DB_PORT", Integer.toString(port), "DB_PASSWORD", PASSWORD), "db", "check", "--verbose");
        assertVerbose(v, r);
    }

    // --- helpers -------------------------------------------------------------------------------------

    private BadInputProcess.Result expectOneSentence(Map<String, String> env, String... mustContain) {
        return expectOneSentence(env, List.of(), mustContain);
    }

    /**
     * Runs {@code db check} with the extra args, plain and with --verbose, and checks both runs: exit 1,
     * one sentence naming what it must, a stack trace only with --verbose, no password anywhere.
     */
    private BadInputProcess.Result expectOneSentence(Map<String, String> env, List<String> extraArgs,
                                                     String... mustContain) {
        List<String> args = new ArrayList<>(List.of("db", "check"));
        args.addAll(extraArgs);
        BadInputProcess.Result plain = BadInputProcess.run(cwd, env, args.toArray(String[]::new));
        assertOneSentence(plain, mustContain);

        args.add("--verbose");
        BadInputProcess.Result verbose = BadInputProcess.run(cwd, env, args.toArray(String[]::new));
        assertVerbose(verbose, plain);
        return plain;
    }

    private static void assertOneSentence(BadInputProcess.Result r, String... mustContain) {
        assertThat(r.exit()).as(r.toString()).isEqualTo(Cli.FAILED);
        assertThat(r.out()).as("stdout of a failed command\n" + r).isEmpty();
        assertThat(r.errLines()).as("exactly one line on stderr\n" + r).hasSize(1);
        String line = r.errLines().get(0);
        assertThat(line).as(r.toString()).contains(mustContain)
                .doesNotContain("Exception", "\tat ", "Caused by", "SQLSTATE")
                .endsWith(".");
        assertThat(line.length()).as("one sentence, not an essay\n" + r).isLessThan(400);
        assertNoPassword(r);
    }

    private static void assertVerbose(BadInputProcess.Result verbose, BadInputProcess.Result plain) {
        assertThat(verbose.exit()).as(verbose.toString()).isEqualTo(Cli.FAILED);
        assertThat(verbose.errLines().get(0)).as("--verbose starts with the same sentence\n" + verbose)
                .isEqualTo(plain.errLines().get(0));
        assertThat(verbose.err()).as("--verbose adds the stack trace\n" + verbose).contains("\tat ");
        assertNoPassword(verbose);
    }

    private static void assertNoPassword(BadInputProcess.Result r) {
        assertThat(r.out()).as("stdout\n" + r).doesNotContain(PASSWORD);
        assertThat(r.err()).as("stderr\n" + r).doesNotContain(PASSWORD);
        assertThat(r.log()).as("the log file in " + r.logDir()).doesNotContain(PASSWORD);
    }

    private static int inProcess(StringWriter out, StringWriter err, String... args) {
        CommandLine cl = Cli.commandLine(new Console() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public String ask(String prompt) {
                return null;
            }
        });
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Variables pointing at the test server, as the given role with the given password. */
    private static Map<String, String> server(String database, String user, String password) {
        return env("DB_HOST", TestServer.host(), "DB_PORT", Integer.toString(TestServer.port()),
                "DB_NAME", database, "DB_USER", user, "DB_PASSWORD", password);
    }

    /** Variables pointing at a fake server (by address: it listens on IPv4 loopback only), plus more. */
    private static Map<String, String> fake(BadInputFakeServer server, String... keyValues) {
        Map<String, String> m = env(keyValues);
        m.put("DB_HOST", "127.0.0.1");
        m.put("DB_PORT", Integer.toString(server.port()));
        return m;
    }

    private static Map<String, String> env(String... keyValues) {
        Map<String, String> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put(keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
