package io.aurelius.admin.cli;

import static io.aurelius.admin.testing.Sentences.assertOneSentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.backup.BackupFormat;
import io.aurelius.admin.backup.BackupRequest;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.ServerNames;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.demo.DemoData;
import io.aurelius.admin.demo.DemoSpec;
import io.aurelius.admin.demo.Progress;
import io.aurelius.admin.testing.DataChecksum;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.HostileStrings;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The command line's options that take the same text as the screens (search and filters, profile names and
 * their host, database and user, the role and database of `db setup`, tables to back up, the database to
 * restore into), each given every hostile string: the right rows or a one-sentence refusal, exit 0 or 1 (never
 * an unexpected failure), and no change to the data.
 */
@Proves(value = Reliability.HOSTILE_TEXT, how = "Runs export, profile add, db setup, backup --table and restore"
        + " --into in-process with each hostile string and checks the exit code, the one-sentence error, the rows"
        + " exported and an MD5 of the four tables.")
class HostileCliOptionsTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    static Path dir;

    private static Map<String, String> before;
    private static Path backup;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    /** Every refusal here is expected: its stack trace in the build output would only bury real failures. */
    private static final ch.qos.logback.classic.Logger CLI_LOG =
            (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(Cli.class);

    @BeforeAll
    static void data() throws Exception {
        CLI_LOG.setLevel(ch.qos.logback.classic.Level.OFF);
        try (Services s = Services.connect(DB.settings())) {
            s.schema().init();
            new DemoData(s.database()).generate(DemoSpec.of(60).withSeed(9).withBacktests(1, 10, false),
                    Progress.NONE, () -> false);
            backup = s.backups().prepare(BackupRequest.of(dir.resolve("source.dump"), BackupFormat.CUSTOM)).run()
                    .path();
        }
        DB.sql("INSERT INTO strategies (id, name, strategy_type, confidence, parameters, created_at, updated_at)"
                + " VALUES ('lit-1', 'Lit 100% a_b \\ O''Brien''s $$ 🚀 שלום', 'literal', 0.5, '{}', now(), now())");
        try (Connection c = DB.connect()) {
            before = DataChecksum.of(c);
        }
    }

    @AfterAll
    static void unchanged() throws Exception {
        CLI_LOG.setLevel(null);
        try (Connection c = DB.connect()) {
            assertThat(DataChecksum.of(c)).isEqualTo(before);
            assertThat(DataChecksum.serverObjectsNamed(c, HostileStrings.values())).isEmpty();
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        ConnectionSettings s = DB.settings();
        Map<String, String> env = new HashMap<>(DB.env());
        env.put("AURELIUS_ADMIN_HOME", dir.resolve("a/b/home").toString());
        env.put("PGPASSFILE", dir.resolve("pgpass").toString());
        env.put("DB_ADMIN_PASSWORD", s.password());
        CommandLine cl = Cli.commandLine(new Console() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public String ask(String prompt) {
                return null;
            }
        }, new SettingsResolver(env, dir, dir));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** Exit 0, or 1 with one sentence; never a usage dump for a value, never an unexpected failure. */
    private void assertDoneOrRefused(int exit, String label, String text) {
        assertThat(err.toString()).as(label).doesNotContain("Unexpected failure");
        if (exit != 0) {
            assertThat(exit).as(label + ": " + err).isEqualTo(Cli.FAILED);
            assertOneSentence(err.toString().strip(), text);
        }
    }

    @ParameterizedTest(name = "export --search: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void exportSearchFindsTheLiteralText(String label, String text) throws Exception {
        Path csv = dir.resolve("out.csv");
        int exit = run("export", "strategies", "--search", text, "-o", csv.toString());

        assertThat(exit).as(label + ": " + err).isZero();
        assertThat(out.toString()).as(label).startsWith("Exported " + expected(text) + " strategies to ");
    }

    @ParameterizedTest(name = "export --type/--status: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void exportTypeAndStatusMatchOnlyThemselves(String label, String text) throws Exception {
        Path csv = dir.resolve("out.csv");
        assertThat(run("export", "strategies", "--type", text, "-o", csv.toString())).as(label + ": " + err)
                .isZero();
        assertThat(run("export", "strategies", "--status", text, "-o", csv.toString())).as(label + ": " + err)
                .isZero();
    }

    @ParameterizedTest(name = "profile add: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void profileNamesAndTheirFieldsAreKeptOrRefusedInOneSentence(String label, String text) throws Exception {
        int exit = run("profile", "add", text);
        assertDoneOrRefused(exit, label, text);
        assertThat(exit == 0).as(label).isEqualTo(text.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}"));

        for (String option : List.of("--host", "--db", "--user")) {
            exit = run("profile", "add", "hostile", option, text);
            assertDoneOrRefused(exit, label + " " + option, text);
            if (option.equals("--host")) {
                assertThat(exit == 0).as(label).isEqualTo(ServerNames.hostProblem(text.strip(), null).isEmpty());
            }
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()))
                    .as(label).allMatch(p -> p.equals("a/b/home/profiles.json") || p.equals("source.dump")
                            || p.startsWith("source.dump") || p.equals("out.csv"));
        }
    }

    @ParameterizedTest(name = "db setup --user/--db: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void setupRefusesHostileRoleAndDatabaseNamesBeforeCreatingAnything(String label, String text) {
        if (text.strip().matches("[A-Za-z_][A-Za-z0-9_$-]*")) {
            return; // a plain name: setup would simply create it
        }
        int exit = run("db", "setup", "--user", text, "--db", "aat_never_made", "--admin-user", DB.settings().user());
        assertThat(exit).as(label + ": " + err).isEqualTo(Cli.FAILED);
        assertOneSentence(err.toString().strip(), text);
        exit = run("db", "setup", "--user", "aat_never_made", "--db", text, "--admin-user", DB.settings().user());
        assertThat(exit).as(label + ": " + err).isEqualTo(Cli.FAILED);
        assertOneSentence(err.toString().strip(), text);
    }

    @ParameterizedTest(name = "backup --table: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void backupOfAHostileTableNameFailsInOneSentenceAndWritesNothing(String label, String text) {
        Path file = dir.resolve("t.dump");
        int exit = run("backup", "--table", text, "-o", file.toString());
        assertThat(exit).as(label + ": " + err).isEqualTo(Cli.FAILED);
        assertOneSentence(err.toString().strip(), text);
        assertThat(file).doesNotExist();
    }

    @ParameterizedTest(name = "restore --into: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void restoreIntoANameNoDatabaseCanHaveIsRefused(String label, String text) {
        if (ServerNames.nameProblem("database", text.strip(), null).isEmpty()) {
            return; // a name PostgreSQL holds as typed: HostileBackupNamesTest restores into such names
        }
        int exit = run("restore", backup.toString(), "--into", text, "--create", "--yes");
        assertThat(exit).as(label + ": " + err).isEqualTo(Cli.FAILED);
        assertOneSentence(err.toString().strip(), text);
    }

    /** Strategies whose name or description contains the text literally (NULs removed), ignoring case. */
    private static int expected(String typed) throws Exception {
        String t = typed.replace("\u0000", "").strip().toLowerCase(Locale.ROOT);
        int n = 0;
        try (Connection c = DB.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT coalesce(name, ''), coalesce(description, '') FROM strategies")) {
            while (rs.next()) {
                if (t.isEmpty() || rs.getString(1).toLowerCase(Locale.ROOT).contains(t)
                        || rs.getString(2).toLowerCase(Locale.ROOT).contains(t)) {
                    n++;
                }
            }
        }
        return n;
    }
}
