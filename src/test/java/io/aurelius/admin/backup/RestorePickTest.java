package io.aurelius.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.Services;
import io.aurelius.admin.cli.Console;
import io.aurelius.admin.cli.RestoreCommand;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.db.DatabaseException;
import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.db.Confirmation;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.TestServer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Picking tables from custom and directory archives, against real pg_dump/pg_restore: only the picked tables
 * (with their data, sequences, indexes, constraints, triggers) arrive; tables not picked are not touched.
 */
class RestorePickTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    static Path dir;

    private static final String SOURCE = Fixtures.newName("aat_pick_src");
    private static final List<String> created = new ArrayList<>();
    private static final Map<BackupFormat, Path> backups = new java.util.EnumMap<>(BackupFormat.class);
    private static TreeMap<String, String> source;
    private static TreeMap<String, String> targetBefore;
    private static Path targetBackup;

    @BeforeAll
    static void setUp() throws Exception {
        TestServer.adminSql("CREATE DATABASE " + SOURCE);
        ConnectionSettings src = Fixtures.server(SOURCE);
        Fixtures.fill(src, 120);
        Fixtures.sql(src, validations(120) + """
                CREATE FUNCTION stamp_note() RETURNS trigger LANGUAGE plpgsql AS
                  $$ BEGIN NEW.body := NEW.body || ' (stamped)'; RETURN NEW; END $$;
                CREATE TABLE notes (id serial PRIMARY KEY, strategy_id varchar(36) REFERENCES strategies(id),
                                    body text NOT NULL);
                CREATE TRIGGER notes_stamp BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION stamp_note();
                COMMENT ON TABLE notes IS 'free notes';
                CREATE INDEX notes_body ON notes (body);
                INSERT INTO notes (strategy_id, body) SELECT 's-' || g, 'note ' || g FROM generate_series(1, 30) g;
                """);
        source = Fixtures.checksums(src);
        // The target: more strategies (so the source's rows find theirs) and other rows everywhere.
        Fixtures.fill(DB.settings(), 200);
        Fixtures.sql(DB.settings(), validations(200).replace("'v-'", "'tv-'"));
        targetBefore = Fixtures.checksums(DB.settings());
        try (Services s = Services.connect(DB.settings())) {
            targetBackup = new BackupService(s.database(), Fixtures.systemTools())
                    .prepare(BackupRequest.of(dir.resolve("target.dump"), BackupFormat.CUSTOM)).run().path();
        }
        try (Services s = Services.connect(src)) {
            BackupService b = new BackupService(s.database(), Fixtures.systemTools());
            for (BackupFormat f : List.of(BackupFormat.CUSTOM, BackupFormat.DIRECTORY, BackupFormat.PLAIN)) {
                Path out = dir.resolve("src-" + f.word() + f.extension());
                backups.put(f, b.prepare(BackupRequest.of(out, f)).run().path());
            }
        }
    }

    private static String validations(int n) {
        return """
                INSERT INTO validations (id, strategy_id, start_date, end_date, window_size_days, train_size_days,
                                         initial_capital, created_at)
                SELECT 'v-' || g, 's-' || g, '2020-01-01', '2021-01-01', 90, 60, 1000, timestamp '2024-05-01'
                FROM generate_series(1, $N) g;
                """.replace("$N", Integer.toString(n));
    }

    @AfterAll
    static void tearDown() throws Exception {
        if (services != null) {
            services.close();
        }
        Fixtures.dropDatabase(SOURCE);
        for (String n : created) {
            Fixtures.dropDatabase(n);
        }
    }

    private static Services services;

    /** Checks and returns the job (the connection stays open for it, as in the app). */
    private static RestoreJob prepare(RestoreRequest request, Confirmation confirmation) {
        if (services == null) {
            services = Services.connect(DB.settings());
        }
        RestoreService rs = new RestoreService(services.database(), Fixtures.systemTools());
        return rs.prepare(request, rs.inspect(request.source()), confirmation);
    }

    private static TreeMap<String, String> only(TreeMap<String, String> all, String... tables) {
        TreeMap<String, String> out = new TreeMap<>();
        for (String t : tables) {
            out.put(t, all.get(t));
        }
        return out;
    }

    private static TreeSet<String> names(ConnectionSettings s, String sql) throws Exception {
        TreeSet<String> out = new TreeSet<>();
        try (Connection c = Fixtures.connect(s); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static TreeSet<String> foreignKeys(ConnectionSettings s) throws Exception {
        return names(s, "SELECT conname FROM pg_constraint WHERE contype = 'f'");
    }

    @Test
    void inspectCountsTheRowsOfEveryTableInAnArchive() {
        try (Services s = Services.connect(DB.settings())) {
            RestoreService rs = new RestoreService(s.database(), Fixtures.systemTools());
            for (BackupFormat f : List.of(BackupFormat.CUSTOM, BackupFormat.DIRECTORY)) {
                DumpContents c = rs.inspect(backups.get(f));
                assertThat(c.rows()).as(f.word()).containsEntry("public.strategies", 120L)
                        .containsEntry("public.backtests", 240L).containsEntry("public.gate_results", 120L)
                        .containsEntry("public.validations", 120L).containsEntry("public.notes", 30L);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = BackupFormat.class, names = {"CUSTOM", "DIRECTORY"})
    void twoTablesIntoANewDatabaseBringWhatBelongsToThem(BackupFormat format) throws Exception {
        String name = Fixtures.newName("aat_pick_new");
        created.add(name);
        RestoreJob job = prepare(new RestoreRequest(backups.get(format), name, true, false)
                .withTables(List.of("strategies", "public.notes")), null);
        assertThat(job.notes()).isEmpty();
        RestoreJob.Result r = job.run();
        assertThat(r.tables()).containsExactly("public.strategies", "public.notes");
        assertThat(job.listFile()).isNotNull().doesNotExist();
        ConnectionSettings t = Fixtures.server(name);
        assertThat(Fixtures.checksums(t)).isEqualTo(only(source, "strategies", "notes"));
        assertThat(foreignKeys(t)).containsExactly("notes_strategy_id_fkey");
        assertThat(names(t, "SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")).containsExactly(
                "idx_strategies_created", "idx_strategies_type", "notes_body", "notes_pkey", "strategies_pkey");
        assertThat(names(t, "SELECT tgname FROM pg_trigger WHERE NOT tgisinternal")).containsExactly("notes_stamp");
        assertThat(names(t, "SELECT obj_description('public.notes'::regclass)")).containsExactly("free notes");
        // the sequence came along, owned by the column and set where the source left it
        Fixtures.sql(t, "INSERT INTO notes (strategy_id, body) VALUES ('s-1', 'new')");
        assertThat(names(t, "SELECT id || ':' || body FROM notes WHERE body LIKE 'new%'")).containsExactly(
                "31:new (stamped)");
    }

    @Test
    void foreignKeysToTablesNeitherPickedNorInANewDatabaseAreLeftOutAndSaidSo() throws Exception {
        String name = Fixtures.newName("aat_pick_fk");
        created.add(name);
        RestoreJob job = prepare(new RestoreRequest(backups.get(BackupFormat.CUSTOM), name, true, false)
                .withTables(List.of("backtests", "gate_results")), null);
        assertThat(job.notes()).hasSize(2).allSatisfy(n -> assertThat(n).startsWith("Leaving out foreign key")
                .contains("public.strategies"));
        List<String> log = new ArrayList<>();
        job.listener(new JobListener() {
            @Override
            public void line(String line) {
                synchronized (log) {
                    log.add(line);
                }
            }
        }).run();
        assertThat(log).anyMatch(l -> l.startsWith("Leaving out foreign key backtests_strategy_id_fkey"));
        ConnectionSettings t = Fixtures.server(name);
        assertThat(Fixtures.checksums(t)).isEqualTo(only(source, "backtests", "gate_results"));
        assertThat(foreignKeys(t)).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = BackupFormat.class, names = {"CUSTOM", "DIRECTORY"})
    void twoTablesIntoAnExistingDatabaseLeaveTheOthersAsTheyWere(BackupFormat format) throws Exception {
        RestoreRequest req = RestoreRequest.of(backups.get(format)).withTables(List.of("backtests", "gate_results"));
        assertThatThrownBy(() -> prepare(req, null)).hasMessageContaining("holds rows in backtests, gate_results");
        RestoreJob job = prepare(req, Confirmation.assumedYes(DB.name()));
        assertThat(job.notes()).hasSize(2).allSatisfy(n -> assertThat(n).startsWith("Keeping foreign key")
                .contains("which the target already holds"));
        job.run();
        assertThat(job.listFile()).isNotNull().doesNotExist();
        TreeMap<String, String> after = Fixtures.checksums(DB.settings());
        assertThat(only(after, "backtests", "gate_results")).isEqualTo(only(source, "backtests", "gate_results"));
        assertThat(only(after, "strategies", "validations")).isEqualTo(only(targetBefore, "strategies", "validations"));
        assertThat(after.keySet()).doesNotContain("notes");
        assertThat(foreignKeys(DB.settings())).containsExactlyInAnyOrder("backtests_strategy_id_fkey",
                "gate_results_strategy_id_fkey", "validations_strategy_id_fkey");
        putTargetBack();
    }

    @Test
    void aTableOtherTablesInTheTargetReferenceIsRefusedAlone() throws Exception {
        RestoreRequest req = RestoreRequest.of(backups.get(BackupFormat.CUSTOM)).withTables(List.of("strategies"));
        assertThatThrownBy(() -> prepare(req, Confirmation.assumedYes(DB.name())))
                .hasMessageContaining("references public.strategies").hasMessageContaining("cannot be replaced alone");
        assertThat(Fixtures.checksums(DB.settings())).isEqualTo(targetBefore);
    }

    @Test
    void rowsThatBreakAKeptForeignKeyRollEverythingBack() throws Exception {
        String name = Fixtures.newName("aat_pick_small");
        created.add(name);
        TestServer.adminSql("CREATE DATABASE " + name);
        ConnectionSettings small = Fixtures.server(name);
        Fixtures.fill(small, 30);
        TreeMap<String, String> before = Fixtures.checksums(small);
        RestoreRequest req = new RestoreRequest(backups.get(BackupFormat.CUSTOM), name, false, false)
                .withTables(List.of("backtests"));
        RestoreJob job = prepare(req, Confirmation.assumedYes(name));
        assertThatThrownBy(job::run).hasMessageContaining("changed nothing")
                .hasMessageContaining("pick the referenced tables too");
        assertThat(job.listFile()).isNotNull().doesNotExist();
        assertThat(Fixtures.checksums(small)).isEqualTo(before);
    }

    @Test
    void aTableTheFileDoesNotHoldIsRefusedBeforeAnythingRuns() throws Exception {
        String name = Fixtures.newName("aat_pick_none");
        RestoreRequest req = new RestoreRequest(backups.get(BackupFormat.CUSTOM), name, true, false)
                .withTables(List.of("backtests", "no_such_table"));
        assertThatThrownBy(() -> prepare(req, null)).hasMessageContaining("holds no table 'no_such_table'")
                .hasMessageContaining("public.backtests").hasMessageContaining("public.strategies");
        try (Services s = Services.connect(DB.settings())) {
            assertThat(new RestoreService(s.database(), Fixtures.systemTools()).exists(name)).isFalse();
        }
        assertThatThrownBy(() -> prepare(RestoreRequest.of(backups.get(BackupFormat.DIRECTORY))
                .withTables(List.of("Backtests")), Confirmation.assumedYes(DB.name())))
                .hasMessageContaining("holds no table 'Backtests'");
        assertThat(Fixtures.checksums(DB.settings())).isEqualTo(targetBefore);
    }

    @Test
    void plainFilesRestoreWhole() throws Exception {
        assertThatThrownBy(() -> prepare(RestoreRequest.of(backups.get(BackupFormat.PLAIN))
                .withTables(List.of("backtests")), Confirmation.assumedYes(DB.name())))
                .hasMessageContaining("plain SQL file restores whole")
                .hasMessageContaining("use a custom or directory backup to pick tables");
        assertThat(Fixtures.checksums(DB.settings())).isEqualTo(targetBefore);
    }

    @Test
    void theRequestKeepsAnImmutableListAndOldCallersCompile() {
        Path p = backups.get(BackupFormat.CUSTOM);
        assertThat(new RestoreRequest(p, null, false, false).tables()).isEmpty();
        assertThat(new RestoreRequest(p, null, false, false, null).tables()).isEmpty();
        List<String> mutable = new ArrayList<>(List.of("a", "b", "a"));
        RestoreRequest r = RestoreRequest.of(p).withTables(mutable);
        mutable.add("c");
        assertThat(r.tables()).containsExactly("a", "b");
        assertThatThrownBy(() -> r.tables().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void theCommandListsRowsAndRestoresPickedTables() throws Exception {
        Path file = backups.get(BackupFormat.DIRECTORY);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertThat(cli(out, err, file.toString(), "--list")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("restore some with --table NAME").contains("public.strategies  120 rows")
                .contains("public.backtests  240 rows").contains("public.notes  30 rows");
        assertThat(cli(out, err, backups.get(BackupFormat.PLAIN).toString(), "--table", "backtests")).isEqualTo(1);
        assertThat(err.toString()).contains("plain SQL file restores whole");
        assertThat(cli(out, err, file.toString(), "--table", "nope")).isEqualTo(1);
        assertThat(err.toString()).contains("holds no table 'nope'");
        String name = Fixtures.newName("aat_pick_cli");
        created.add(name);
        assertThat(cli(out, err, file.toString(), "--into", name, "--create", "--table", "backtests", "--table",
                "strategies")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("into the new database '" + name + "' (2 table(s)")
                .contains("items (tables public.backtests, public.strategies)");
        assertThat(Fixtures.checksums(Fixtures.server(name))).isEqualTo(only(source, "backtests", "strategies"));
    }

    private static int cli(StringWriter out, StringWriter err, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        ConnectionSettings s = DB.settings();
        SettingsResolver resolver = new SettingsResolver(Map.of("DB_HOST", s.host(), "DB_PORT",
                Integer.toString(s.port()), "DB_NAME", s.database(), "DB_USER", s.user(), "DB_PASSWORD", s.password()),
                dir, dir);
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
        CommandLine cl = new CommandLine(new RestoreCommand(console, resolver));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, line, pr) -> {
            if (ex instanceof DatabaseException) {
                err.write(ex.getMessage());
                return 1;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    /** Puts the target's own two tables back from its backup (other tests compare against targetBefore). */
    private static void putTargetBack() throws Exception {
        prepare(RestoreRequest.of(targetBackup).withTables(List.of("backtests", "gate_results")),
                Confirmation.assumedYes(DB.name())).run();
        assertThat(Fixtures.checksums(DB.settings())).isEqualTo(targetBefore);
    }
}
