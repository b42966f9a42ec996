package io.aurelius.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** `db check|init|status|drop|reset` through the real command line, in-process, against a real database. */
class DbCommandTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path workDir;

    private final Deque<String> answers = new ArrayDeque<>();
    private boolean interactive;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void empty() throws Exception {
        DB.sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        ConnectionSettings s = DB.settings();
        Map<String, String> env = Map.of("DB_HOST", s.host(), "DB_PORT", Integer.toString(s.port()),
                "DB_NAME", s.database(), "DB_USER", s.user(), "DB_PASSWORD", s.password());
        Console console = new Console() {
            @Override
            public boolean interactive() {
                return interactive;
            }

            @Override
            public String ask(String prompt) {
                out.write(prompt);
                return answers.poll();
            }
        };
        CommandLine cl = Cli.commandLine(console, new SettingsResolver(env, workDir, workDir));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void checkInitStatusOnAnEmptyDatabase() {
        assertThat(run("db", "check")).isZero();
        assertThat(out.toString()).contains("Connected to " + DB.settings().describe())
                .contains("server      PostgreSQL").contains("round trip").contains("schema      empty");

        assertThat(run("db", "init")).isZero();
        assertThat(out.toString()).contains("Created the AURELIUS schema")
                .contains("managed by AURELIUS Admin (schema version 1)");

        assertThat(run("db", "status")).isZero();
        assertThat(out.toString()).contains("aurelius schema").contains("success")
                .contains("strategies").contains("0 rows").doesNotContain("pending");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "`db drop` without a terminal refuses unless --yes is "
            + "given.")
    void dropWithoutATerminalNeedsYes() throws Exception {
        run("db", "init");
        interactive = false;
        assertThat(run("db", "drop")).isEqualTo(Cli.FAILED);
        assertThat(err.toString().strip()).isEqualTo("db drop deletes every AURELIUS row in '" + DB.name()
                + "': run it in a terminal to confirm by typing the database name, or pass --yes.");
        assertThat(run("db", "check")).isZero();
        assertThat(out.toString()).contains("managed by AURELIUS Admin");

        assertThat(run("db", "drop", "--yes")).isZero();
        assertThat(out.toString()).contains("Dropped gate_results, validations, backtests, strategies,"
                + " flyway_schema_history.");
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "`db drop` asks for the database name; a wrong answer "
            + "changes nothing.")
    void dropAsksForTheDatabaseNameAndAWrongAnswerChangesNothing() throws Exception {
        run("db", "init");
        DB.sql("INSERT INTO strategies VALUES ('s1', 'x', NULL, 'stat_arb', 0.5, '{}', now(), now(), 'active')");
        interactive = true;
        answers.add("aurelius");
        assertThat(run("db", "drop")).isEqualTo(Cli.FAILED);
        assertThat(out.toString()).contains("strategies (1 rows)").contains("Type the database name (" + DB.name() + ")");
        assertThat(err.toString()).contains("does not match").contains("nothing was changed");

        answers.add(DB.name());
        assertThat(run("db", "reset")).isZero();
        assertThat(out.toString()).contains("Dropped gate_results").contains("Created the AURELIUS schema");
        run("db", "status");
        assertThat(out.toString()).doesNotContain("1 rows");
    }

    @Test
    void usageErrorsExitTwo() {
        assertThat(run("db", "frobnicate")).isEqualTo(Cli.USAGE);
        assertThat(run("db", "check", "--password", "x")).isEqualTo(Cli.USAGE);
        assertThat(List.of(err.toString())).noneMatch(e -> e.contains("Exception"));
    }

    @Test
    void tuneAddsTheKeysetIndexesOnceAndLeavesTheGuidesAlone() {
        run("db", "init");
        assertThat(run("db", "tune")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("CREATE INDEX CONCURRENTLY").contains("Created ");
        assertThat(run("db", "tune")).isZero();
        assertThat(out.toString()).contains("Nothing to do");
        assertThat(run("db", "check")).isZero();
        assertThat(out.toString()).contains("managed by AURELIUS Admin").doesNotContain("missing the guide's");
    }
}
