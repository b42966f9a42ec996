package io.aurelius.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.cli.Cli;
import io.aurelius.admin.cli.Console;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.db.Confirmation;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.TestServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Backup files that are empty, random bytes, not what their name says, from a newer pg_dump, or directory backups
 * with a missing member: reading one for restore (the screen's "Read for restore", `restore --list`) says in one
 * sentence what is wrong with which file, and restoring it (the service, and `restore --yes`) changes nothing.
 * Truncated and corrupted archives and an unknown archive version are in RestoreSafetyTest.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
class HostileBackupFilesTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    static Path dir;

    private static final String SOURCE = Fixtures.newName("aat_hostile_src");
    private static Path custom;
    private static Path directory;
    private static Path plain;
    private static TreeMap<String, String> targetBefore;

    @BeforeAll
    static void setUp() throws Exception {
        TestServer.adminSql("CREATE DATABASE " + SOURCE);
        Fixtures.fill(Fixtures.server(SOURCE), 60);
        Fixtures.fill(DB.settings(), 90);
        targetBefore = Fixtures.checksums(DB.settings());
        try (Services s = Services.connect(Fixtures.server(SOURCE))) {
            BackupService b = new BackupService(s.database(), Fixtures.systemTools());
            custom = b.prepare(BackupRequest.of(dir.resolve("src.dump"), BackupFormat.CUSTOM)).run().path();
            directory = b.prepare(BackupRequest.of(dir.resolve("src-dir"), BackupFormat.DIRECTORY)).run().path();
            plain = b.prepare(BackupRequest.of(dir.resolve("src.sql"), BackupFormat.PLAIN)).run().path();
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        Fixtures.dropDatabase(SOURCE);
    }

    /** What reading and restoring one file said: the sentence of each, or null when it went through. */
    private record Outcome(String read, String restore) {
    }

    /** Reads the file for restore, then restores it over the filled target with a valid confirmation. */
    private static Outcome readAndRestore(Path file) {
        try (Services s = Services.connect(DB.settings())) {
            RestoreService rs = new RestoreService(s.database(), Fixtures.systemTools());
            DumpContents c;
            try {
                c = rs.inspect(file);
            } catch (DatabaseException e) {
                return new Outcome(e.getMessage(), e.getMessage());
            }
            try {
                rs.prepare(RestoreRequest.of(file), c, Confirmation.assumedYes(DB.name())).run();
                return new Outcome(c.refusal(), null);
            } catch (DatabaseException e) {
                return new Outcome(c.refusal(), e.getMessage());
            }
        }
    }

    /** Both refused, each with one sentence naming the file and the words given; the target is unchanged. */
    private static void refused(Path file, String... words) throws Exception {
        Outcome o = readAndRestore(file);
        assertThat(o.read()).as("reading " + file.getFileName() + " for restore").isNotNull();
        assertThat(o.restore()).as("restoring " + file.getFileName()).isNotNull();
        for (String sentence : List.of(o.read(), o.restore())) {
            oneSentence(sentence, file);
        }
        for (String w : words) {
            assertThat(o.read()).contains(w);
        }
        assertThat(Fixtures.checksums(DB.settings())).as("target after " + file.getFileName()).isEqualTo(targetBefore);
        String cli = cliRestore(file);
        oneSentence(cli, file);
        assertThat(Fixtures.checksums(DB.settings())).isEqualTo(targetBefore);
    }

    private static void oneSentence(String sentence, Path file) {
        // no row of the backup either (Fixtures' rows hold "AAPL" and tabs)
        assertThat(sentence).contains(file.getFileName().toString()).doesNotContain("\n").endsWith(".")
                .doesNotContain("Exception").doesNotContain(DB.settings().password()).doesNotContain("\t")
                .doesNotContain("AAPL").hasSizeLessThan(600);
    }

    /** `restore FILE --yes` as a user runs it: its last line on stderr, after it failed. */
    private static String cliRestore(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        ConnectionSettings s = DB.settings();
        Map<String, String> env = Map.of("DB_HOST", s.host(), "DB_PORT", Integer.toString(s.port()), "DB_NAME",
                s.database(), "DB_USER", s.user(), "DB_PASSWORD", s.password(), "AURELIUS_ADMIN_HOME",
                dir.resolve("home").toString());
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
        assertThat(cl.execute("restore", file.toString(), "--yes")).as(out + "\n" + err).isEqualTo(Cli.FAILED);
        return err.toString().strip();
    }

    private static Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    private static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed).nextBytes(b);
        return b;
    }

    private static Path copyTree(Path from, String name) throws IOException {
        Path to = dir.resolve(name);
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
        return to;
    }

    private static Path dataMember(Path backupDir) throws IOException {
        try (Stream<Path> s = Files.list(backupDir)) {
            return s.filter(p -> p.getFileName().toString().matches("\\d+\\.dat(\\.gz)?"))
                    .max(Comparator.comparingLong(p -> p.toFile().length())).orElseThrow();
        }
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "An empty .dump, .sql and .sql.gz are each refused when"
            + " read for restore and when restored (service and `restore --yes`), with a sentence; the target is"
            + " unchanged.")
    void emptyFilesAreRefused() throws Exception {
        for (String name : List.of("empty.dump", "empty.sql", "empty.sql.gz")) {
            refused(write(name, new byte[0]), "is empty");
        }
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "Random bytes named .dump, .sql and .sql.gz, and random"
            + " bytes behind a PGDMP or gzip header, are refused with a sentence; the target is unchanged.")
    void randomBytesAreRefused() throws Exception {
        refused(write("random.dump", random(64 * 1024, 1)), "not a backup");
        refused(write("random.sql", random(64 * 1024, 2)), "not a backup");
        refused(write("random.sql.gz", random(64 * 1024, 3)), "not a backup");
        byte[] pgdmp = random(64 * 1024, 4);
        System.arraycopy("PGDMP".getBytes(StandardCharsets.US_ASCII), 0, pgdmp, 0, 5);
        refused(write("random-pgdmp.dump", pgdmp), "cannot read");
        byte[] gz = random(64 * 1024, 5);
        gz[0] = (byte) 0x1f;
        gz[1] = (byte) 0x8b;
        refused(write("random-gzip.sql.gz", gz), "damaged or truncated");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "A 200 MB file of zero bytes named .sql is refused from"
            + " its first bytes, never read into memory line by line.")
    void aHugeFileOfZerosIsRefusedFromItsFirstBytes() throws Exception {
        Path zeros = dir.resolve("zeros.sql");
        try (RandomAccessFile f = new RandomAccessFile(zeros.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024);
        }
        refused(zeros, "not a backup");
        Files.delete(zeros);
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "A backup that is a link to /dev/zero or /dev/urandom, or"
            + " a named pipe, is refused without being opened (nothing hangs or fills memory).")
    void devicesAndPipesAreNeverOpened() throws Exception {
        refused(Files.createSymbolicLink(dir.resolve("zero.dump"), Path.of("/dev/zero")), "is not a regular file");
        refused(Files.createSymbolicLink(dir.resolve("urandom.sql.gz"), Path.of("/dev/urandom")),
                "is not a regular file");
        Path pipe = dir.resolve("pipe.sql");
        assertThat(new ProcessBuilder("mkfifo", pipe.toString()).inheritIO().start().waitFor()).isZero();
        refused(pipe, "is not a regular file");

        // a pipe or device named like a manifest, in the folder the Backups screen lists, is passed over
        Path folder = Files.createDirectories(dir.resolve("listed"));
        Files.copy(custom, folder.resolve("ok.dump"));
        Files.writeString(folder.resolve("ok.dump.manifest.json"), Files.readString(Manifest.pathFor(custom))
                .replace("\"src.dump\"", "\"ok.dump\""));
        assertThat(new ProcessBuilder("mkfifo", folder.resolve("x.dump.manifest.json").toString()).inheritIO().start()
                .waitFor()).isZero();
        Files.createSymbolicLink(folder.resolve("y.dump.manifest.json"), Path.of("/dev/zero"));
        assertThat(BackupService.list(folder)).extracting(e -> e.backup().getFileName().toString())
                .containsExactly("ok.dump");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "A .sql.gz that is plain SQL is read by its content and"
            + " says so; a .dump that is a gzip of random bytes is refused.")
    void aFileWhoseNameLiesIsReadByItsContent() throws Exception {
        Path lying = Files.copy(plain, dir.resolve("plain-named.sql.gz"));
        try (Services s = Services.connect(DB.settings())) {
            DumpContents c = new RestoreService(s.database(), Fixtures.systemTools()).inspect(lying);
            assertThat(c.format()).isEqualTo(BackupFormat.PLAIN);
            assertThat(c.restorable()).isTrue();
            assertThat(String.join(" ", c.notes())).contains("The name ends in .sql.gz, but the file is plain SQL");
        }
        Path gz = dir.resolve("gzip-named.dump");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(random(10_000, 6));
        }
        refused(gz, "not a backup");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "Directory backups missing toc.dat, missing a data"
            + " member, with a truncated member or an empty toc.dat are refused (with and without their manifest);"
            + " the target is unchanged.")
    void directoryBackupsWithAMissingMemberAreRefused() throws Exception {
        Path noToc = copyTree(directory, "no-toc");
        Files.delete(noToc.resolve("toc.dat"));
        refused(noToc, "toc.dat");

        Path noData = copyTree(directory, "no-data");
        Files.delete(dataMember(noData));
        refused(noData, "cannot read the data");

        Path withManifest = copyTree(directory, "no-data-manifest");
        Files.copy(Manifest.pathFor(directory), Manifest.pathFor(withManifest));
        Files.writeString(Manifest.pathFor(withManifest), Files.readString(Manifest.pathFor(withManifest))
                .replace("\"src-dir\"", "\"no-data-manifest\""));
        Files.delete(dataMember(withManifest));
        refused(withManifest, "does not match the SHA-256 in its manifest");

        Path cut = copyTree(directory, "cut-member");
        Path member = dataMember(cut);
        try (RandomAccessFile f = new RandomAccessFile(member.toFile(), "rw")) {
            f.setLength(f.length() / 2);
        }
        refused(cut, "cannot read the data");

        Path emptyToc = copyTree(directory, "empty-toc");
        Files.write(emptyToc.resolve("toc.dat"), new byte[0]);
        refused(emptyToc, "cannot read");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "A manifest whose backup is gone, and a manifest chosen"
            + " in place of its backup, are refused with a sentence naming the backup.")
    void manifestsWithoutTheirBackup() throws Exception {
        Path gone = Files.copy(custom, dir.resolve("gone.dump"));
        Files.copy(Manifest.pathFor(custom), Manifest.pathFor(gone));
        Files.writeString(Manifest.pathFor(gone), Files.readString(Manifest.pathFor(gone))
                .replace("\"src.dump\"", "\"gone.dump\""));
        Files.delete(gone);
        assertThat(BackupService.list(dir)).filteredOn(e -> e.backup().equals(gone))
                .singleElement().satisfies(e -> assertThat(e.present()).isFalse());
        refused(gone, "does not exist");

        refused(Manifest.pathFor(custom), "is the manifest of", "src.dump");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_BACKUP_FILES, how = "A plain dump from a newer pg_dump (a setting this server"
            + " lacks) is flagged when read and its restore fails with the server's reason, changing nothing.")
    void aPlainDumpFromANewerPgDump() throws Exception {
        String sql = Files.readString(plain, StandardCharsets.UTF_8)
                .replaceFirst("-- Dumped by pg_dump version \\S+", "-- Dumped by pg_dump version 99.1")
                .replaceFirst("SET statement_timeout = 0;", "SET statement_timeout = 0;\nSET transaction_timeout = 0;");
        Path newer = Files.writeString(dir.resolve("newer.sql"), sql);
        Outcome o = readAndRestore(newer);
        assertThat(o.read()).isNull();
        try (Services s = Services.connect(DB.settings())) {
            DumpContents c = new RestoreService(s.database(), Fixtures.systemTools()).inspect(newer);
            assertThat(String.join(" ", c.notes())).contains("Made by pg_dump 99.1")
                    .contains("newer than the PostgreSQL 15");
        }
        assertThat(o.restore()).contains("failed and changed nothing").contains("transaction_timeout");
        oneSentence(o.restore(), newer);
        assertThat(Fixtures.checksums(DB.settings())).isEqualTo(targetBefore);
    }
}
