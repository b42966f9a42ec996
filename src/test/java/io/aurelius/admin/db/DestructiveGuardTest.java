package io.aurelius.admin.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.Services;
import io.aurelius.admin.cli.Cli;
import io.aurelius.admin.cli.Console;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.Profile;
import io.aurelius.admin.config.ProfileStore;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Drop and reset, at the service and on the command line: without the typed name of this very database, or
 * from a read-only profile, nothing changes (restore over data: see RestoreSafetyTest and the read-only profile
 * case below).
 */
class DestructiveGuardTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path home;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Deque<String> answers = new ArrayDeque<>();

    @BeforeEach
    void schemaWithARow() throws Exception {
        DB.sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
        try (Services s = Services.connect(DB.settings())) {
            s.schema().init();
        }
        DB.sql("INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,"
                + " updated_at, status) VALUES ('s-1', 'Momentum', 'kept', 'momentum', 0.8, '{}', now(), now(),"
                + " 'active')");
    }

    /** Every table in public with its row count: what "nothing changed" compares. */
    private static TreeMap<String, Long> tables() throws Exception {
        TreeMap<String, Long> out = new TreeMap<>();
        try (Connection c = DB.connect(); Statement st = c.createStatement()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")) {
                while (rs.next()) {
                    names.add(rs.getString(1));
                }
            }
            for (String t : names) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        return out;
    }

    private static ConnectionSettings readOnly() {
        ConnectionSettings s = DB.settings();
        return new ConnectionSettings(s.host(), s.port(), s.database(), s.user(), s.password(), null, false, 2, true,
                s.sources());
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "Drop and reset given no confirmation, or one for another"
            + " database, are refused at the service and every table and row stays.")
    void dropAndResetNeedAConfirmationForThisDatabase() throws Exception {
        TreeMap<String, Long> before = tables();
        try (Services s = Services.connect(DB.settings())) {
            SchemaManager schema = s.schema();
            assertThatThrownBy(() -> schema.drop(null)).hasMessageStartingWith("Nothing was changed: dropping the"
                    + " tables deletes every AURELIUS row, so it needs the database name typed");
            assertThatThrownBy(() -> schema.reset(null)).hasMessageStartingWith("Nothing was changed: resetting");
            assertThatThrownBy(() -> schema.drop(Confirmation.assumedYes("aurelius")))
                    .hasMessage("The confirmation was given for database 'aurelius' but the connection is to '"
                            + DB.name() + "'; nothing was changed.");
            assertThatThrownBy(() -> schema.reset(Confirmation.assumedYes(DB.name() + "_other")))
                    .hasMessageContaining("nothing was changed");
            assertThatThrownBy(() -> Confirmation.typed(DB.name().toUpperCase(), DB.name()))
                    .hasMessageStartingWith("The name typed does not match");
        }
        assertThat(tables()).isEqualTo(before).containsEntry("strategies", 1L);
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "`db drop` and `db reset` with a wrong name typed at the"
            + " prompt, or without a terminal and --yes, exit 1 and change nothing.")
    void theCommandLineNeedsTheTypedName() throws Exception {
        TreeMap<String, Long> before = tables();
        for (String verb : new String[] {"drop", "reset"}) {
            answers.add(DB.name() + "x");
            assertThat(run(true, "db", verb)).as(verb).isEqualTo(1);
            assertThat(out.toString()).contains("Type the database name (" + DB.name() + ") to confirm");
            assertThat(err.toString()).contains("does not match the database '" + DB.name() + "'; nothing was"
                    + " changed");
            assertThat(run(false, "db", verb)).as(verb).isEqualTo(1);
            assertThat(err.toString()).contains("confirm by typing the database name, or pass --yes");
        }
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "Drop and reset on read-only settings are refused by the"
            + " service itself (before the server's read-only transaction would), with the typed name given.")
    void readOnlySettingsCannotDropOrReset() throws Exception {
        TreeMap<String, Long> before = tables();
        try (Services s = Services.connect(readOnly())) {
            assertThatThrownBy(() -> s.schema().drop(Confirmation.typed(DB.name(), DB.name())))
                    .hasMessage("These connection settings are read-only, so dropping is refused: connect with a"
                            + " profile that may write.");
            assertThatThrownBy(() -> s.schema().reset(Confirmation.assumedYes(DB.name()),
                    OtherSessions.Policy.END)).hasMessageStartingWith("These connection settings are read-only, so"
                    + " resetting is refused");
        }
        assertThat(tables()).isEqualTo(before);
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "With a saved profile marked read-only, `db drop --yes`,"
            + " `db reset --yes` and `restore --yes` over the data all exit 1 saying read-only, and nothing changes.")
    void aReadOnlyProfileCannotDropResetOrRestore() throws Exception {
        ConnectionSettings s = DB.settings();
        new ProfileStore(home.resolve("profiles.json")).save(new Profile("prod-readonly", s.host(), s.port(),
                s.database(), s.user(), null, true));
        assertThat(run(false, "backup", "-o", home.resolve("before.dump").toString())).isZero();
        TreeMap<String, Long> before = tables();

        assertThat(run(false, "db", "drop", "--profile", "prod-readonly", "--yes")).isEqualTo(1);
        assertThat(err.toString()).contains("read-only, so dropping is refused");
        assertThat(run(false, "db", "reset", "--profile", "prod-readonly", "--yes", "--end-sessions")).isEqualTo(1);
        assertThat(err.toString()).contains("read-only, so resetting is refused");
        assertThat(run(false, "restore", home.resolve("before.dump").toString(), "--profile", "prod-readonly",
                "--yes")).isEqualTo(1);
        assertThat(err.toString()).contains("read-only, so restoring is refused");
        assertThat(tables()).isEqualTo(before);
    }

    private int run(boolean interactive, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        ConnectionSettings s = DB.settings();
        Map<String, String> env = new HashMap<>(Map.of("DB_HOST", s.host(), "DB_PORT", Integer.toString(s.port()),
                "DB_NAME", s.database(), "DB_USER", s.user(), "DB_PASSWORD", s.password(),
                "AURELIUS_ADMIN_HOME", home.toString()));
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
        CommandLine cl = Cli.commandLine(console, new SettingsResolver(env, home, home));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }
}
