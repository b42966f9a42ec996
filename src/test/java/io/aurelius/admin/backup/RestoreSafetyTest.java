package io.aurelius.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.db.Confirmation;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.TestServer;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Damaged files, meta-commands, confirmation and read-only settings: the target stays exactly as it was. */
class RestoreSafetyTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    static Path dir;

    private static final String SOURCE = Fixtures.newName("aat_restore_src");
    private static final Path PWNED = Path.of("/tmp/aurelius-restore-pwned");
    private static Path custom;
    private static Path plain;
    private static Path gzip;
    private static Path targetBackup;
    private static TreeMap<String, String> targetBefore;
    private static TreeMap<String, String> source;

    @BeforeAll
    static void setUp() throws Exception {
        TestServer.adminSql("CREATE DATABASE " + SOURCE);
        Fixtures.fill(Fixtures.server(SOURCE), 150);
        source = Fixtures.checksums(Fixtures.server(SOURCE));
        Fixtures.fill(DB.settings(), 250);
        targetBefore = Fixtures.checksums(DB.settings());
        try (Services s = Services.connect(Fixtures.server(SOURCE))) {
            BackupService b = new BackupService(s.database(), Fixtures.systemTools());
            custom = b.prepare(BackupRequest.of(dir.resolve("src.dump"), BackupFormat.CUSTOM)).run().path();
            plain = b.prepare(BackupRequest.of(dir.resolve("src.sql"), BackupFormat.PLAIN)).run().path();
            gzip = b.prepare(BackupRequest.of(dir.resolve("src.sql.gz"), BackupFormat.GZIP)).run().path();
        }
        try (Services s = Services.connect(DB.settings())) {
            targetBackup = new BackupService(s.database(), Fixtures.systemTools())
                    .prepare(BackupRequest.of(dir.resolve("target.dump"), BackupFormat.CUSTOM)).run().path();
        }
        Files.deleteIfExists(PWNED);
    }

    @AfterAll
    static void tearDown() throws Exception {
        Fixtures.dropDatabase(SOURCE);
    }

    private static Path copy(Path p, String name) throws Exception {
        Path c = dir.resolve(name);
        Files.copy(p, c);
        return c;
    }

    private static void truncate(Path p, double fraction) throws Exception {
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.setLength((long) (f.length() * fraction));
        }
    }

    /** Restores into the filled test database with a valid confirmation; returns the failure. */
    private static Throwable restoreIntoTarget(Path file) {
        try (Services s = Services.connect(DB.settings())) {
            RestoreService rs = new RestoreService(s.database(), Fixtures.systemTools());
            DumpContents c = rs.inspect(file);
            rs.prepare(RestoreRequest.of(file), c, Confirmation.assumedYes(DB.name())).run();
            return null;
        } catch (DatabaseException e) {
            return e;
        }
    }

    private static void assertTargetUnchanged() throws Exception {
        assertThat(Fixtures.checksums(DB.settings())).isEqualTo(targetBefore);
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "A custom archive cut to 60 % (no manifest) is refused "
            + "or fails, and the target's rows are checksummed unchanged.")
    void aTruncatedArchiveWithoutItsManifestRestoresNothing() throws Exception {
        Path t = copy(custom, "trunc.dump");
        truncate(t, 0.6);
        assertThat(restoreIntoTarget(t)).isNotNull().hasMessageContaining("trunc.dump").satisfiesAnyOf(
                e -> assertThat(e).hasMessageContaining("changed nothing"),
                e -> assertThat(e).hasMessageContaining("cannot read"));
        assertTargetUnchanged();
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "A custom archive with 400 bytes in its middle "
            + "overwritten fails to restore; the target is unchanged.")
    void aCorruptedArchiveWithoutItsManifestRestoresNothing() throws Exception {
        Path t = copy(custom, "corrupt.dump");
        long len = Files.size(t);
        try (RandomAccessFile f = new RandomAccessFile(t.toFile(), "rw")) {
            for (long pos = len / 2; pos < len / 2 + 400 && pos < len; pos++) {
                f.seek(pos);
                f.write(0x5a);
            }
        }
        assertThat(restoreIntoTarget(t)).isNotNull();
        assertTargetUnchanged();
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "An archive changed after its manifest was written is "
            + "refused by its SHA-256 before anything runs.")
    void aBackupThatNoLongerMatchesItsManifestIsRefused() throws Exception {
        Path t = copy(custom, "changed.dump");
        Files.copy(Manifest.pathFor(custom), Manifest.pathFor(t));
        truncate(t, 0.99);
        assertThat(restoreIntoTarget(t)).isNotNull().hasMessageContaining("does not match the SHA-256 in its manifest");
        assertTargetUnchanged();
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "Plain and gzip SQL scripts cut short are refused with "
            + "the reason; the target is unchanged.")
    void truncatedScriptsAreRefusedWithTheReason() throws Exception {
        Path p = copy(plain, "trunc.sql");
        truncate(p, 0.7);
        assertThat(restoreIntoTarget(p)).isNotNull().hasMessageContaining("was cut short");
        Path g = copy(gzip, "trunc.sql.gz");
        truncate(g, 0.7);
        assertThat(restoreIntoTarget(g)).isNotNull().hasMessageContaining("damaged or truncated");
        assertTargetUnchanged();
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "An archive whose header claims a newer format is "
            + "refused, naming a newer pg_dump; the target is unchanged.")
    void anArchiveOfAnUnknownVersionIsRefusedWithTheReason() throws Exception {
        Path t = copy(custom, "future.dump");
        try (RandomAccessFile f = new RandomAccessFile(t.toFile(), "rw")) {
            f.seek(6); // "PGDMP", then major, minor, revision of the archive format
            f.write(99);
        }
        assertThat(restoreIntoTarget(t)).isNotNull().hasMessageContaining("unsupported version")
                .hasMessageContaining("newer pg_dump");
        assertTargetUnchanged();
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "Psql meta-commands (`\\!`, `\\o`) planted in a plain "
            + "script never run: the restore changes nothing.")
    void metaCommandsInAPlainScriptCannotRun() throws Exception {
        String sql = Files.readString(plain, StandardCharsets.UTF_8);
        int at = sql.indexOf("CREATE TABLE public.strategies");
        for (String evil : List.of("\\! touch " + PWNED + "\n", "SELECT 1; \\! touch " + PWNED + "\n",
                "\\o " + PWNED + "\n")) {
            Path p = dir.resolve("evil" + Math.abs(evil.hashCode()) + ".sql.gz");
            try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
                out.write((sql.substring(0, at) + evil + sql.substring(at)).getBytes(StandardCharsets.UTF_8));
            }
            Throwable e = restoreIntoTarget(p);
            assertThat(e).as(evil).isNotNull().hasMessageContaining("changed nothing");
            assertThat(PWNED).doesNotExist();
        }
        assertTargetUnchanged();
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "A restore over AURELIUS rows is refused without a "
            + "confirmation, and with one typed for another database; the target is unchanged.")
    void replacingAureliusDataNeedsAConfirmationForThatDatabase() throws Exception {
        try (Services s = Services.connect(DB.settings())) {
            RestoreService rs = new RestoreService(s.database(), Fixtures.systemTools());
            DumpContents c = rs.inspect(custom);
            RestoreService.Target target = rs.target(RestoreRequest.of(custom));
            assertThat(target.holdsAureliusData()).isTrue();
            assertThat(target.aureliusRows()).containsEntry("strategies", 250L);
            assertThatThrownBy(() -> rs.prepare(RestoreRequest.of(custom), c, null))
                    .hasMessageContaining("holds AURELIUS data");
            assertThatThrownBy(() -> rs.prepare(RestoreRequest.of(custom), c, Confirmation.assumedYes("other")))
                    .hasMessageContaining("confirmation was given for database 'other'");
        }
        assertTargetUnchanged();
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "A restore through read-only connection settings is "
            + "refused, even confirmed; the target is unchanged.")
    void readOnlySettingsCannotRestore() throws Exception {
        ConnectionSettings s = DB.settings();
        ConnectionSettings ro = new ConnectionSettings(s.host(), s.port(), s.database(), s.user(), s.password(),
                s.sslmode(), false, 2, true, Map.of());
        try (Services sv = Services.connect(ro)) {
            RestoreService rs = new RestoreService(sv.database(), Fixtures.systemTools());
            DumpContents c = rs.inspect(custom);
            assertThatThrownBy(() -> rs.prepare(RestoreRequest.of(custom), c, Confirmation.assumedYes(DB.name())))
                    .hasMessageContaining("read-only");
        }
        assertTargetUnchanged();
    }

    @Test
    void aConfirmedRestoreReplacesTheDataWithTheBackupsForEveryFormat() throws Exception {
        for (Path p : List.of(custom, plain, gzip)) {
            assertThat(restoreIntoTarget(p)).as(p.toString()).isNull();
            assertThat(Fixtures.checksums(DB.settings())).as(p.toString()).isEqualTo(source);
        }
        // put the target back for the other tests (they compare against targetBefore)
        assertThat(restoreIntoTarget(targetBackup)).isNull();
        assertThat(Fixtures.checksums(DB.settings())).isEqualTo(targetBefore);
    }

    @Test
    void cancelMidRestoreChangesNothing() throws Exception {
        for (Path file : List.of(plain, custom)) {
            // the lock holder is a connection of the app's own pool: another client's session would refuse the restore
            try (Services s = Services.connect(DB.settings());
                 java.sql.Connection lock = s.database().dataSource().getConnection()) {
                RestoreService rs = new RestoreService(s.database(), Fixtures.systemTools());
                DumpContents c = rs.inspect(file);
                RestoreJob job = rs.prepare(RestoreRequest.of(file), c, Confirmation.assumedYes(DB.name()));
                // Hold a lock so the restore stops midway, inside its transaction.
                lock.setAutoCommit(false);
                try (java.sql.Statement st = lock.createStatement()) {
                    st.execute("LOCK TABLE gate_results IN ACCESS SHARE MODE");
                }
                var run = java.util.concurrent.CompletableFuture.supplyAsync(job::run);
                for (int i = 0; i < 200 && job.pid() < 0; i++) {
                    Thread.sleep(25);
                }
                Thread.sleep(1000);
                assertThat(run).isNotDone();
                job.cancel();
                assertThatThrownBy(() -> run.get(20, java.util.concurrent.TimeUnit.SECONDS))
                        .hasCauseInstanceOf(JobCancelledException.class);
                lock.rollback();
            }
            assertTargetUnchanged();
        }
    }

    @Test
    @Proves(value = Reliability.RESTART_DURING_RESTORE, how = "Terminates the restoring session mid-restore (plain "
            + "script and custom archive): the restore fails with a sentence and the target's rows are checksummed "
            + "unchanged.")
    void theServerEndingTheRestoresSessionChangesNothingAndSaysSo() throws Exception {
        for (Path file : List.of(plain, custom)) {
            // the lock holder is a connection of the app's own pool: another client's session would refuse the restore
            try (Services s = Services.connect(DB.settings());
                 java.sql.Connection lock = s.database().dataSource().getConnection()) {
                RestoreService rs = new RestoreService(s.database(), Fixtures.systemTools());
                DumpContents c = rs.inspect(file);
                RestoreJob job = rs.prepare(RestoreRequest.of(file), c, Confirmation.assumedYes(DB.name()));
                lock.setAutoCommit(false);
                try (java.sql.Statement st = lock.createStatement()) {
                    st.execute("LOCK TABLE gate_results IN ACCESS SHARE MODE");
                }
                var run = java.util.concurrent.CompletableFuture.supplyAsync(job::run);
                int restoring = io.aurelius.admin.testing.Backends.waitingOn(DB, lock);
                io.aurelius.admin.testing.Backends.terminate(DB, restoring);
                assertThatThrownBy(() -> run.get(20, java.util.concurrent.TimeUnit.SECONDS)).cause()
                        .isInstanceOf(DatabaseException.class)
                        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Exception")
                                .doesNotContain(DB.settings().password()).contains("failed and changed nothing"));
                lock.rollback();
            }
            assertTargetUnchanged();
        }
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "A truncated archive restored into a new database "
            + "leaves no new database behind.")
    void aFailedRestoreIntoANewDatabaseRemovesIt() throws Exception {
        Path t = copy(custom, "trunc-new.dump");
        truncate(t, 0.8);
        String name = Fixtures.newName("aat_new_target");
        try (Services s = Services.connect(DB.settings())) {
            RestoreService rs = new RestoreService(s.database(), Fixtures.systemTools());
            DumpContents c = rs.inspect(t);
            if (c.restorable()) {
                assertThatThrownBy(() -> rs.prepare(new RestoreRequest(t, name, true, false), c, null).run())
                        .hasMessageContaining("the new database was removed again");
            }
            assertThat(rs.exists(name)).isFalse();
        }
    }
}
