package io.aurelius.admin.ui.backups;

import static io.aurelius.admin.testing.Sentences.assertOneSentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.backup.BackupFormat;
import io.aurelius.admin.backup.BackupRequest;
import io.aurelius.admin.backup.RestoreRequest;
import io.aurelius.admin.config.ServerNames;
import io.aurelius.admin.demo.DemoData;
import io.aurelius.admin.demo.DemoSpec;
import io.aurelius.admin.demo.Progress;
import io.aurelius.admin.testing.DataChecksum;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.HostileStrings;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.TestServer;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Backups screen's text: a backup folder with a hostile name, a restore into a new database named with
 * each hostile string (created under exactly that name, or refused in one sentence: never cut short, never an
 * error dialog), and tables to back up named with each hostile string; the source data never changes.
 */
@Proves(value = Reliability.HOSTILE_TEXT, how = "Backs up into folders with hostile names, restores into new"
        + " databases named with each hostile string and backs up tables named with them, checking the exact"
        + " names created, the one-sentence refusals, no dialog and an unchanged MD5 of the four tables.")
class HostileBackupNamesTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    static Path dir;

    private static Map<String, String> before;
    private static Path backup;

    private final FakeDialogs dialogs = new FakeDialogs();
    private ConnectionState connection;
    private BackupsViewModel backups;
    private RestoreViewModel restore;

    @BeforeAll
    static void data() throws Exception {
        try (Services s = Services.connect(DB.settings())) {
            s.schema().init();
            new DemoData(s.database()).generate(DemoSpec.of(30).withSeed(5).withBacktests(1, 10, false),
                    Progress.NONE, () -> false);
            backup = s.backups().prepare(BackupRequest.of(dir.resolve("source.dump"), BackupFormat.CUSTOM)).run()
                    .path();
        }
        try (Connection c = DB.connect()) {
            before = DataChecksum.of(c);
        }
    }

    @AfterAll
    static void unchanged() throws Exception {
        try (Connection c = DB.connect()) {
            assertThat(DataChecksum.of(c)).isEqualTo(before);
        }
    }

    @BeforeEach
    void screen() {
        DirectTaskRunner runner = new DirectTaskRunner();
        connection = new ConnectionState(new FixedConnector(DB.settings()), runner);
        connection.connect();
        JobRun job = new JobRun(runner);
        backups = new BackupsViewModel(connection, runner, dialogs, job);
        restore = new RestoreViewModel(connection, runner, dialogs, job, () -> dir.resolve("safety"), () -> { });
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @ParameterizedTest(name = "restore into: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void aNewDatabaseGetsExactlyTheHostileNameOrARefusal(String label, String text) throws Exception {
        restore.open(backup);
        assertThat(restore.contentsProperty().get()).as(restore.messageProperty().get()).isNotNull();
        restore.intoNewProperty().set(true);
        restore.newNameProperty().set(text);

        restore.restore();

        String name = text.strip();
        assertThat(dialogs.errors()).as(label).isEmpty();
        try {
            if (ServerNames.nameProblem("database", name, null).isEmpty()) {
                assertThat(restore.toneProperty().get()).as(label + ": " + restore.messageProperty().get())
                        .isEqualTo(Tone.OK);
                assertThat(strategiesIn(name)).as(label).isEqualTo(before.get("strategies").split(" ")[0]);
            } else {
                assertThat(restore.toneProperty().get()).as(label).isEqualTo(Tone.ERROR);
                assertOneSentence(restore.messageProperty().get(), text);
            }
            try (Connection c = DB.connect()) {
                assertThat(DataChecksum.serverObjectsNamed(c, List.of(text)))
                        .as(label).isSubsetOf("database " + name);
            }
        } finally {
            if (!name.isEmpty() && name.indexOf('\0') < 0) {
                TestServer.adminSql("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
            }
        }
    }

    @Test
    void aBackupFolderWithAHostileNameHoldsTheBackupAndListsIt() throws Exception {
        for (String text : List.of(HostileStrings.DROP_TABLE, "$$ x $$", "C:\\temp\\x\\", HostileStrings.RTL_EMOJI,
                "100% a_b; \"q\"", "line1\nline2\t")) {
            Path folder = dir.resolve("folders").resolve(text);
            backups.folderProperty().set(folder);
            backups.backUp();
            assertThat(backups.toneProperty().get()).as(backups.messageProperty().get()).isEqualTo(Tone.OK);
            assertThat(backups.entries()).as(HostileStrings.shown(text)).hasSize(1);
            assertThat(Files.list(folder).count()).isGreaterThanOrEqualTo(1);
        }
        Path tooLong = dir.resolve(HostileStrings.TEN_THOUSAND);
        backups.folderProperty().set(tooLong);
        backups.backUp();
        assertThat(backups.toneProperty().get()).isEqualTo(Tone.ERROR);
        assertOneSentence(backups.messageProperty().get(), HostileStrings.TEN_THOUSAND);
        assertThat(dialogs.errors()).isEmpty();
    }

    @ParameterizedTest(name = "table: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void aHostileTableNameBacksUpNothingElseAndSaysSo(String label, String text) throws Exception {
        Path out = Files.createDirectories(dir.resolve("tables")).resolve(Integer.toHexString(text.hashCode())
                + ".dump");
        try (Services s = Services.connect(DB.settings())) {
            Throwable failure = null;
            try {
                s.backups().prepare(new BackupRequest(out, BackupFormat.CUSTOM, 1, null, false, false, List.of(text),
                        false, false, null)).run();
            } catch (RuntimeException e) {
                failure = e;
            }
            assertThat(failure).as(label).isNotNull();
            assertOneSentence(failure.getMessage(), text);
            assertThat(failure.getMessage()).as(label).satisfiesAnyOf(
                    m -> assertThat(m).startsWith("The database has no table '"),
                    m -> assertThat(m).startsWith("A table name is empty or contains a NUL character"));
        }
        assertThat(out).as(label).doesNotExist();
    }

    @ParameterizedTest(name = "restore table: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void aHostileTableToRestoreIsRefusedInOneSentence(String label, String text) throws Exception {
        try (Services s = Services.connect(DB.settings())) {
            Throwable failure = null;
            try {
                RestoreRequest r = RestoreRequest.of(backup).withTables(List.of(text));
                s.restores().pickedTables(r, s.restores().inspect(backup));
            } catch (RuntimeException e) {
                failure = e;
            }
            assertThat(failure).as(label).isNotNull();
            assertOneSentence(failure.getMessage(), text);
        }
    }

    private static String strategiesIn(String database) throws Exception {
        var s = DB.settings().withDatabase(database);
        Properties p = new Properties();
        p.setProperty("user", s.user());
        p.setProperty("password", s.password());
        try (Connection c = DriverManager.getConnection(s.jdbcUrl(), p); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM strategies")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static String quote(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }
}
