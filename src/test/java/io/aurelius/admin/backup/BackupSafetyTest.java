package io.aurelius.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aurelius.admin.Services;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Passwords, cancel, missing and old tools, unwritable and full folders, hostile names. */
class BackupSafetyTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path dir;

    @BeforeAll
    static void fill() throws Exception {
        Fixtures.fill(DB.settings(), 300);
    }

    private static BackupJob job(BackupRequest req, PgTools tools) {
        Services s = Services.connect(DB.settings());
        try {
            return new BackupService(s.database(), tools).prepare(req);
        } finally {
            s.close();
        }
    }

    /** pg_dump blocks on its table lock while we hold an exclusive one: a dump that runs as long as we like. */
    private static Connection lockStrategies() throws Exception {
        Connection c = DB.connect();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE strategies IN ACCESS EXCLUSIVE MODE");
        }
        return c;
    }

    private static long waitForPid(BackupJob job) throws InterruptedException {
        for (int i = 0; i < 200 && job.pid() < 0; i++) {
            Thread.sleep(25);
        }
        Thread.sleep(500);
        return job.pid();
    }

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "Reads /proc/PID/cmdline and environ of the running "
            + "pg_dump: no password there, only a 0600 password file in a 0700 folder, both gone when the backup "
            + "ends.")
    void passwordIsNeverInTheArgumentsOrEnvironmentOfTheRunningPgDump() throws Exception {
        Path out = dir.resolve("pw.dump");
        BackupJob job = job(BackupRequest.of(out, BackupFormat.CUSTOM), Fixtures.systemTools());
        String cmdline;
        String environ;
        Path passFile;
        try (Connection lock = lockStrategies()) {
            CompletableFuture<BackupJob.Result> run = CompletableFuture.supplyAsync(job::run);
            long pid = waitForPid(job);
            assertThat(pid).isPositive();
            cmdline = Files.readString(Path.of("/proc/" + pid + "/cmdline"), StandardCharsets.ISO_8859_1);
            environ = Files.readString(Path.of("/proc/" + pid + "/environ"), StandardCharsets.ISO_8859_1);
            String pf = Stream.of(environ.split("\0")).filter(e -> e.startsWith("PGPASSFILE=")).findFirst()
                    .orElseThrow().substring("PGPASSFILE=".length());
            passFile = Path.of(pf);
            assertThat(Files.getPosixFilePermissions(passFile)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Files.getPosixFilePermissions(passFile.getParent()))
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
            lock.rollback();
            run.get(60, TimeUnit.SECONDS);
        }
        String password = TestServer.password();
        assertThat(password).isNotBlank();
        // (a test role's password may equal its name: look for it everywhere but the --username option)
        assertThat(cmdline).contains("pg_dump").contains("--no-password")
                .satisfies(c -> assertThat(c.replace("--username=" + TestServer.user(), "")).doesNotContain(password));
        assertThat(environ).contains("PGPASSFILE=").doesNotContain("PGPASSWORD")
                .satisfies(e -> assertThat(e.replace("=" + TestServer.user(), "=")).doesNotContain(password));
        assertThat(passFile).doesNotExist();
        assertThat(passFile.getParent()).doesNotExist();
        assertThat(out).exists();
    }

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "A backup whose password the server rejects fails with "
            + "pg_dump's reason and no prompt, never repeating the password.")
    void aWrongPasswordFailsFastWithoutAPrompt() throws Exception {
        String role = Fixtures.newName("aat_bk_role");
        TestServer.adminSql("CREATE ROLE " + role + " LOGIN PASSWORD 'right-one' SUPERUSER");
        try {
            var settings = DB.settings().withCredentials(role, "right-one");
            try (Services s = Services.connect(settings)) {
                BackupJob job = new BackupService(s.database(), Fixtures.systemTools())
                        .prepare(BackupRequest.of(dir.resolve("wrong.dump"), BackupFormat.CUSTOM));
                TestServer.adminSql("ALTER ROLE " + role + " PASSWORD 'changed'");
                long t0 = System.nanoTime();
                assertThatThrownBy(job::run).isInstanceOf(DatabaseException.class)
                        .hasMessageContaining("pg_dump failed").hasMessageContaining("password authentication failed")
                        .hasMessageNotContaining("right-one");
                assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(10));
            }
        } finally {
            TestServer.adminSql("DROP ROLE IF EXISTS " + role);
        }
        try (Stream<Path> s = Files.list(dir)) {
            assertThat(s.toList()).isEmpty();
        }
    }

    @Test
    void cancelMidDumpLeavesNoFileAndNoProcess() throws Exception {
        for (BackupFormat f : List.of(BackupFormat.CUSTOM, BackupFormat.DIRECTORY)) {
            Path out = dir.resolve("cancel-" + f.word() + f.extension());
            BackupRequest req = new BackupRequest(out, f, f == BackupFormat.DIRECTORY ? 2 : 1, null, false, false,
                    List.of(), false, false, null);
            BackupJob job = job(req, Fixtures.systemTools());
            try (Connection lock = lockStrategies()) {
                CompletableFuture<BackupJob.Result> run = CompletableFuture.supplyAsync(job::run);
                long pid = waitForPid(job);
                assertThat(ProcessHandle.of(pid)).isPresent();
                assertThat(Path.of(out + ".partial")).exists();
                job.cancel();
                assertThatThrownBy(() -> run.get(20, TimeUnit.SECONDS)).hasCauseInstanceOf(JobCancelledException.class);
                assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
                lock.rollback();
            }
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.toList()).as(f.word()).isEmpty();
            }
        }
    }

    @Test
    @Proves(value = Reliability.RESTART_DURING_BACKUP, how = "Terminates pg_dump's server session mid-dump (custom "
            + "and plain formats): the backup fails with a sentence and leaves no file, partial or whole.")
    void theServerEndingPgDumpsSessionLeavesNoFileAndSaysSo() throws Exception {
        for (BackupFormat f : List.of(BackupFormat.CUSTOM, BackupFormat.PLAIN)) {
            Path out = dir.resolve("cut-" + f.word() + f.extension());
            BackupJob job = job(BackupRequest.of(out, f), Fixtures.systemTools());
            try (Connection lock = lockStrategies()) {
                CompletableFuture<BackupJob.Result> run = CompletableFuture.supplyAsync(job::run);
                int dumping = io.aurelius.admin.testing.Backends.waitingOn(DB, lock);
                io.aurelius.admin.testing.Backends.terminate(DB, dumping);
                assertThatThrownBy(() -> run.get(20, TimeUnit.SECONDS)).cause()
                        .isInstanceOf(io.aurelius.admin.db.DatabaseException.class)
                        .satisfies(e -> assertThat(e.getMessage()).startsWith("pg_dump failed and no backup was written:")
                                .doesNotContain(DB.settings().password()));
                lock.rollback();
            }
            try (Stream<Path> s = Files.list(dir)) {
                assertThat(s.toList()).as("no partial file for " + f.word()).isEmpty();
            }
        }
    }

    @Test
    void noPgDumpAnywhere() throws Exception {
        PgTools none = new PgTools(List.of(), dir, dir.toString());
        assertThatThrownBy(() -> job(BackupRequest.of(dir.resolve("x.dump"), BackupFormat.CUSTOM), none))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("No pg_dump or pg_restore found")
                .hasMessageContaining("install the PostgreSQL 15 client tools");
    }

    @Test
    void aPgDumpOlderThanTheServerIsRefusedBeforeAnythingStarts() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("oldbin"));
        Path marker = dir.resolve("ran");
        Path fake = bin.resolve("pg_dump");
        Files.writeString(fake, "#!/bin/sh\nif [ \"$1\" = --version ]; then echo 'pg_dump (PostgreSQL) 11.0'; exit 0; fi\n"
                + "touch " + marker + "\nexit 1\n");
        Files.setPosixFilePermissions(fake, PosixFilePermissions.fromString("rwxr-xr-x"));
        PgTools old = new PgTools(List.of(bin), dir, "");
        assertThatThrownBy(() -> job(BackupRequest.of(dir.resolve("x.sql"), BackupFormat.PLAIN), old))
                .isInstanceOf(DatabaseException.class)
                .hasMessageMatching("The server runs PostgreSQL 15\\.\\d+, but the newest pg_dump found is 11\\.0 .*"
                        + "install the PostgreSQL 15 client tools \\(apt-get install postgresql-client-15.*");
        assertThat(marker).doesNotExist();
    }

    @Test
    void aConfiguredFolderWinsWhenItFits() throws Exception {
        Path bin = Files.createDirectories(dir.resolve("mybin"));
        for (String t : List.of("pg_dump", "pg_restore", "psql")) {
            Files.createSymbolicLink(bin.resolve(t), Path.of("/usr/lib/postgresql/15/bin/" + t));
        }
        PgTools tools = new PgTools(List.of(bin), Path.of("/"), System.getenv("PATH"));
        assertThat(tools.pick(List.of("pg_dump", "pg_restore"), 15, "15.18").get("pg_dump").path().getParent())
                .isEqualTo(bin);
    }

    @Test
    void onATieTheRealProgramBeatsDebiansWrapper() {
        PgTool t = Fixtures.systemTools().find("pg_dump", 15, "15");
        assertThat(t.major()).isGreaterThanOrEqualTo(15);
        assertThat(t.path().toString()).doesNotStartWith("/usr/bin/");
    }

    @Test
    void aFolderThatCannotBeWrittenIsRefusedBeforePgDumpStarts() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        assertThatThrownBy(() -> job(BackupRequest.of(file.resolve("sub/x.dump"), BackupFormat.CUSTOM),
                Fixtures.systemTools())).isInstanceOf(DatabaseException.class).hasMessageContaining("does not exist");
        // Root may write anywhere on a normal file system; a read-only mount stops even root.
        Path ro = Files.createDirectories(dir.resolve("ro"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "ro,size=64k", "tmpfs", ro.toString()) == 0,
                "cannot mount a read-only tmpfs here");
        try {
            assertThatThrownBy(() -> job(BackupRequest.of(ro.resolve("x.dump"), BackupFormat.CUSTOM),
                    Fixtures.systemTools())).isInstanceOf(DatabaseException.class)
                    .hasMessageContaining("Cannot write to the folder " + ro)
                    .hasMessageContaining("Read-only file system");
        } finally {
            run("umount", ro.toString());
        }
    }

    @Test
    void aFullDiskFailsAndLeavesNothing() throws Exception {
        Path small = Files.createDirectories(dir.resolve("small"));
        assumeTrue(run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", small.toString()) == 0,
                "cannot mount a small tmpfs here");
        DB.sql("CREATE TABLE bulk AS SELECT g, md5(g::text) || md5((g * 7)::text) AS v FROM generate_series(1, 20000) g");
        try {
            for (BackupFormat f : List.of(BackupFormat.PLAIN, BackupFormat.DIRECTORY)) {
                Path out = small.resolve("full-" + f.word() + f.extension());
                assertThatThrownBy(() -> job(BackupRequest.of(out, f), Fixtures.systemTools()).run())
                        .isInstanceOf(DatabaseException.class).hasMessageContaining("pg_dump failed")
                        .hasMessageContaining("No space left on device");
                try (Stream<Path> s = Files.list(small)) {
                    assertThat(s.toList()).as(f.word()).isEmpty();
                }
            }
        } finally {
            run("umount", small.toString());
            DB.sql("DROP TABLE bulk");
        }
    }

    @Test
    @Proves(value = Reliability.HOSTILE_TEXT, how = "Backs up databases named like a connection string (`host=… "
            + "dbname=…`) and like a pg_dump option, picking a table named `--table=*` in the backup options: each "
            + "stays a name; nothing reaches another host or file.")
    void hostileDatabaseAndTableNamesStayNames() throws Exception {
        // A database whose name, read as a connection string, would send pg_dump to another host.
        String evilDb = Fixtures.newName("aat x") + " host=127.0.0.9 port=1 dbname=postgres";
        String dashDb = "-" + Fixtures.newName("aat_dash") + " --file=/tmp/aurelius-injected";
        for (String name : List.of(evilDb, dashDb)) {
            TestServer.adminSql("CREATE DATABASE \"" + name + "\"");
        }
        try {
            for (String name : List.of(evilDb, dashDb)) {
                var s = DB.settings().withDatabase(name);
                Fixtures.sql(s, "CREATE TABLE \"--table=*\" (v text); INSERT INTO \"--table=*\" VALUES ('marker');"
                        + " CREATE TABLE other (v text);");
                Path out = dir.resolve(Names.fileSafe(name) + ".sql");
                try (Services sv = Services.connect(s)) {
                    BackupRequest req = new BackupRequest(out, BackupFormat.PLAIN, 1, null, false, false,
                            List.of("--table=*"), false, false, null);
                    BackupJob.Result r = new BackupService(sv.database(), Fixtures.systemTools()).prepare(req).run();
                    assertThat(r.manifest().database()).isEqualTo(name);
                    assertThat(r.manifest().tables()).containsExactly("public.\"--table=*\"");
                }
                String sql = Files.readString(out);
                assertThat(sql).contains("marker").doesNotContain("CREATE TABLE public.other");
            }
            assertThat(Path.of("/tmp/aurelius-injected")).doesNotExist();
        } finally {
            for (String name : List.of(evilDb, dashDb)) {
                Fixtures.dropDatabase(name);
            }
        }
    }

    @Test
    void argumentsAreQuotedForTheirTool() {
        assertThat(PgConnection.dbnameConnString("x host=evil")).isEqualTo("dbname='x host=evil'");
        assertThat(PgConnection.dbnameConnString("it's \\ odd")).isEqualTo("dbname='it\\'s \\\\ odd'");
        assertThat(Names.tablePattern("Big*Table")).isEqualTo("\"Big*Table\"");
        assertThat(Names.tablePattern("public.strategies")).isEqualTo("\"public\".\"strategies\"");
        assertThat(Names.tablePattern("we\"ird.na.me")).isEqualTo("\"we\"\"ird.na.me\"");
        assertThat(PgConnection.escape("a:b\\c")).isEqualTo("a\\:b\\\\c");
    }

    @Test
    void scheduledBackupsKeepTheNewestN() throws Exception {
        Path folder = dir.resolve("sched");
        try (Services s = Services.connect(DB.settings())) {
            BackupService service = new BackupService(s.database(), Fixtures.systemTools());
            BackupRequest template = new BackupRequest(Path.of("."), BackupFormat.CUSTOM, 1, null, true, false,
                    List.of(), false, false, null);
            for (int i = 0; i < 4; i++) {
                service.prepareInFolder(folder, 2, template).run();
            }
            List<BackupService.Entry> left = BackupService.list(folder);
            assertThat(left).hasSize(2).allMatch(BackupService.Entry::present);
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files.toList()).hasSize(4);
            }
        }
    }

    private static int run(String... cmd) throws IOException, InterruptedException {
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start().waitFor();
    }
}
