package io.aurelius.admin.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.cli.Cli;
import io.aurelius.admin.cli.Console;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code .env} and password files that are malformed, huge, binary, unreadable or linked elsewhere, through the
 * command line the user runs: each ends in one sentence naming the file and the fix (never its text), nothing
 * hangs, nothing is read whole into memory, and saving a password never loses a line of the password file.
 * The tests run as root, where chmod 000 still reads: unreadable files are made with a folder, a pipe, a device
 * or /proc/self/mem (a regular file whose read fails).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD) // a hang fails
class HostileSettingsFilesTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private static final String SECRET = "Zq8-hostile-files-secret";
    /** Where pgjdbc looks for a password file first (then PGPASSFILE, then ~/.pgpass). */
    private static final String DRIVER_PASSFILE = "org.postgresql.pgpassfile";

    @TempDir
    Path dir;
    Path cwd;
    Path home;
    Path pgpass;
    final Map<String, String> env = new HashMap<>();
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @AfterEach
    void driverLooksNowhere() {
        System.clearProperty(DRIVER_PASSFILE);
    }

    @BeforeEach
    void dirs() throws IOException {
        cwd = Files.createDirectories(dir.resolve("work"));
        home = Files.createDirectories(dir.resolve("home"));
        pgpass = home.resolve(".pgpass");
        env.put("AURELIUS_ADMIN_HOME", home.resolve("config").toString());
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = Cli.commandLine(new Console() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public String ask(String prompt) {
                return null;
            }
        }, new SettingsResolver(env, cwd, home));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    /** The command failed with one sentence that names the file and the words given, and no secret. */
    private void failsWith(Path file, String... words) {
        String e = err.toString().strip();
        assertThat(e).as("one line on stderr").doesNotContain("\n").endsWith(".").contains(file.toString())
                .doesNotContain(SECRET).doesNotContain("Exception");
        for (String w : words) {
            assertThat(e).contains(w);
        }
    }

    /**
     * The connection settings of the test database, without a password (it must come from the file), and the
     * password file also where the driver itself would look (as a user's PGPASSFILE is): the app must not let
     * pgjdbc read it behind its back.
     */
    private void serverWithoutPassword() {
        System.setProperty(DRIVER_PASSFILE, pgpass.toString());
        env.put("DB_HOST", DB.settings().host());
        env.put("DB_PORT", Integer.toString(DB.settings().port()));
        env.put("DB_NAME", DB.name());
        env.put("DB_USER", DB.settings().user());
    }

    private static Path sparse(Path file, long bytes) throws IOException {
        try (RandomAccessFile f = new RandomAccessFile(file.toFile(), "rw")) {
            f.setLength(bytes);
        }
        return file;
    }

    private static Path fifo(Path file) throws Exception {
        Process p = new ProcessBuilder("mkfifo", file.toString()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
        return file;
    }

    private static Path mode(Path file, String mode) throws IOException {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        return file;
    }

    private Path dotenv(byte[] bytes) throws IOException {
        return Files.write(cwd.resolve(".env"), bytes);
    }

    // --- .env ------------------------------------------------------------------------------------------------

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A .env with a line that is not KEY=value, with a"
            + " quote never closed, and with text after a closing quote stops `db check` with the line number.")
    void malformedDotEnvLinesNameTheLineButNotItsText() throws IOException {
        Path f = dotenv(("DB_HOST=localhost\nDB_PASSWORD " + SECRET + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(f, "Line 2 of", "KEY=value");
        dotenv(("DB_PASSWORD=\"" + SECRET + "\nDB_HOST=x\n").getBytes(StandardCharsets.UTF_8));
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(f, "Line 1 of", "closing \"");
        dotenv(("DB_PASSWORD='" + SECRET + "'" + SECRET + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(f, "after its closing quote");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A 50 MB .env (and --env-file) is refused by its size"
            + " before it is read, with a sentence naming it.")
    void aHugeDotEnvIsRefusedBeforeItIsRead() throws IOException {
        Path f = sparse(cwd.resolve(".env"), 50L * 1024 * 1024);
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(f, "larger than 1 MB (50.0 MB)", "right file");
        Path other = sparse(dir.resolve("big.env"), 50L * 1024 * 1024);
        Files.delete(f);
        assertThat(run("db", "check", "--env-file", other.toString())).isEqualTo(Cli.FAILED);
        failsWith(other, "larger than 1 MB");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A .env line of 900,000 characters is parsed in"
            + " linear time (the old pattern backtracked quadratically and hung).")
    void aVeryLongLineDoesNotHang() throws IOException {
        dotenv(("UNUSED=x" + " ".repeat(900_000) + "y\nDB_HOST=long-line-host\n").getBytes(StandardCharsets.UTF_8));
        ConnectionSettings s = new SettingsResolver(env, cwd, home).resolve(SettingsResolver.Overrides.none());
        assertThat(s.host()).isEqualTo("long-line-host");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "Random bytes, NUL bytes in text and Latin-1 text as"
            + " .env each stop `db check` with a sentence naming the file and saying how to save it.")
    void binaryAndNonUtf8DotEnvAreRefused() throws IOException {
        byte[] random = new byte[4096];
        new Random(8).nextBytes(random);
        Path f = dotenv(random);
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(f, "binary");
        dotenv(("DB_HOST=localhost\nDB_PASSWORD=" + SECRET + "\0\n").getBytes(StandardCharsets.UTF_8));
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(f, "NUL bytes", "UTF-8 text");
        dotenv(("DB_PASSWORD=" + SECRET + "caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(f, "not UTF-8 text", "save it as UTF-8");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A .env that is a pipe, a link to /dev/zero or"
            + " /dev/urandom, a link to /proc/self/mem (unreadable even for root) or a dangling link is refused"
            + " without hanging.")
    void unreadableDotEnvIsRefusedWithoutHanging() throws Exception {
        Path f = fifo(cwd.resolve(".env"));
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(f, "not a regular file", "pipe");
        for (String device : new String[] {"/dev/zero", "/dev/urandom"}) {
            Files.delete(f);
            Files.createSymbolicLink(f, Path.of(device));
            assertThat(run("db", "check")).as(device).isEqualTo(Cli.FAILED);
            failsWith(f, "not a regular file", "device");
        }
        Files.delete(f);
        Files.createSymbolicLink(f, Path.of("/proc/self/mem"));
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(f, "cannot be read", "Input/output error", "permissions");
        Files.delete(f);
        Files.createSymbolicLink(f, dir.resolve("gone.env"));
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(f, "is a link to", "does not exist", "fix or remove the link");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A .env linked to /proc/self/environ (a 'regular'"
            + " file of size 0 holding this process's secrets) is refused without repeating any of it.")
    void aDotEnvLinkedToTheProcessEnvironmentIsRefusedWithoutEchoingIt() throws Exception {
        Path f = cwd.resolve(".env");
        Files.createSymbolicLink(f, Path.of("/proc/self/environ"));
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(f, "NUL bytes");
        assertThat(err.toString()).doesNotContain("PATH=").doesNotContain(System.getenv("PATH"));
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A folder named .env (a Python virtual environment)"
            + " is passed over; a folder given with --env-file is refused with a sentence.")
    void aFolderNamedDotEnv() throws IOException {
        Files.createDirectories(cwd.resolve(".env/bin"));
        env.put("DB_HOST", "folder-env-host");
        assertThat(new SettingsResolver(env, cwd, home).resolve(SettingsResolver.Overrides.none()).host())
                .isEqualTo("folder-env-host");
        assertThat(run("db", "check", "--env-file", cwd.resolve(".env").toString())).isEqualTo(Cli.FAILED);
        failsWith(cwd.resolve(".env"), "is a folder", "name the .env file in it");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A .env that is a link to a file elsewhere is"
            + " followed, as the API's dotenv follows it, and `db check` connects with its settings.")
    void aDotEnvLinkedElsewhereIsFollowed() throws Exception {
        Path api = Files.createDirectories(dir.resolve("elsewhere/api"));
        Files.writeString(api.resolve(".env"), "DB_HOST=" + DB.settings().host() + "\nDB_PORT=" + DB.settings().port()
                + "\nDB_NAME=" + DB.name() + "\nDB_USER=" + DB.settings().user() + "\nDB_PASSWORD="
                + DB.settings().password() + "\n");
        Files.createSymbolicLink(cwd.resolve(".env"), api.resolve(".env"));
        assertThat(run("db", "check")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Connected to " + DB.settings().describe());
    }

    // --- the password file, read -------------------------------------------------------------------------------

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "Malformed .pgpass lines (too few fields, a dangling"
            + " escape, random bytes, a NUL) are skipped as libpq skips them, and the first good line still connects.")
    void malformedPasswordFileLinesAreSkippedLikeLibpq() throws IOException {
        serverWithoutPassword();
        byte[] junk = new byte[2000];
        new Random(3).nextBytes(junk);
        java.io.ByteArrayOutputStream b = new java.io.ByteArrayOutputStream();
        b.write(("# comment\n\nonly:three:fields\n::::\n\\\nlocalhost\\:5432\n").getBytes(StandardCharsets.UTF_8));
        b.write(junk);
        b.write(("\n*:*:" + DB.name() + ":" + DB.settings().user() + ":" + DB.settings().password() + "\0junk\r\n")
                .getBytes(StandardCharsets.UTF_8));
        Files.write(pgpass, b.toByteArray());
        mode(pgpass, "rw-------");
        assertThat(run("db", "check")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Connected to " + DB.settings().describe());
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A .pgpass open to group or others is ignored, as"
            + " libpq ignores it, and the failed connection says which file and to run chmod 0600 on it.")
    void aPasswordFileOthersCanReadIsIgnoredAndTheFailureSaysWhy() throws IOException {
        serverWithoutPassword();
        Files.writeString(pgpass, "*:*:*:*:" + DB.settings().password() + "\n");
        mode(pgpass, "rw-r--r--");
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(pgpass, "wants a password", "group or others have access to it", "chmod 0600 " + pgpass);
        assertThat(err.toString()).doesNotContain(DB.settings().password());
        mode(pgpass, "rw-------");
        assertThat(run("db", "check")).as(err.toString()).isZero();
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A .pgpass that is a 50 MB file, a folder, a pipe, a"
            + " link to /dev/zero, /dev/urandom or /proc/self/mem is ignored without hanging, and the failed"
            + " connection names the file and the fault.")
    void unusablePasswordFilesAreIgnoredWithASentence() throws Exception {
        serverWithoutPassword();
        sparse(pgpass, 50L * 1024 * 1024);
        mode(pgpass, "rw-------");
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(pgpass, "wants a password", "larger than 1 MB");
        Files.delete(pgpass);
        Files.createDirectories(pgpass);
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(pgpass, "is a folder");
        Files.delete(pgpass);
        fifo(pgpass);
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(pgpass, "not a regular file");
        for (String target : new String[] {"/dev/zero", "/dev/urandom", "/proc/self/mem"}) {
            Files.delete(pgpass);
            Files.createSymbolicLink(pgpass, Path.of(target));
            assertThat(run("db", "check")).as(target).isEqualTo(Cli.FAILED);
            failsWith(pgpass, "wants a password", target.equals("/proc/self/mem") ? "cannot be read"
                    : "not a regular file");
        }
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A .pgpass line whose password is not UTF-8 is not"
            + " sent (the driver sends UTF-8) and the failure names the line.")
    void aPasswordThatIsNotUtf8IsNotSent() throws IOException {
        serverWithoutPassword();
        Files.write(pgpass, ("*:*:*:*:caf\u00e9\n").getBytes(StandardCharsets.ISO_8859_1));
        mode(pgpass, "rw-------");
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(pgpass, "line 1 of the password file", "not UTF-8");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A .pgpass that links to a file elsewhere is followed"
            + " and that file's mode decides, as in libpq: 0600 connects, 0644 is ignored with a sentence.")
    void aLinkedPasswordFileIsFollowedAndItsTargetsModeDecides() throws IOException {
        serverWithoutPassword();
        Path real = Files.createDirectories(dir.resolve("vault")).resolve("pgpass");
        Files.writeString(real, "*:*:*:*:" + DB.settings().password() + "\n");
        mode(real, "rw-------");
        Files.createSymbolicLink(pgpass, real);
        assertThat(run("db", "check")).as(err.toString()).isZero();
        mode(real, "rw-r--r--");
        assertThat(run("db", "check")).isEqualTo(Cli.FAILED);
        failsWith(pgpass, "group or others have access to it");
    }

    // --- the password file, written ------------------------------------------------------------------------

    private Path apiEnv(String password) throws IOException {
        return Files.writeString(dir.resolve("api.env"), "DB_HOST=db.example\nDB_PORT=5432\nDB_NAME=aurelius\n"
                + "DB_USER=analyst\nDB_PASSWORD=" + password + "\n");
    }

    private void noTemporaryFilesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            assertThat(s.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "Saving a password (profile import) into a .pgpass"
            + " full of malformed, binary, CRLF and NUL lines keeps every other line byte for byte, replaces only"
            + " the same server's line, and leaves a 0600 file and no temporary file.")
    void savingAPasswordKeepsEveryMalformedLineVerbatim() throws IOException {
        env.put("PGPASSFILE", pgpass.toString());
        byte[] junk = new byte[300];
        new Random(5).nextBytes(junk);
        java.io.ByteArrayOutputStream before = new java.io.ByteArrayOutputStream();
        before.write("# my servers\r\nnot a pgpass line\n\\\n".getBytes(StandardCharsets.UTF_8));
        before.write(junk);
        before.write(("\nprod:5432:*:admin:caf").getBytes(StandardCharsets.UTF_8));
        before.write(new byte[] {(byte) 0xe9, 0, 'x', '\n'});
        before.write("db.example:5432:aurelius:analyst:old-password\n".getBytes(StandardCharsets.UTF_8));
        before.write("*:*:*:*:last-line-without-newline".getBytes(StandardCharsets.UTF_8));
        Files.write(pgpass, before.toByteArray());
        mode(pgpass, "rw-------");

        assertThat(run("profile", "import", "lab", apiEnv(SECRET).toString())).as(err.toString()).isZero();

        // the old line for this server is replaced where it was, above the wildcard line that would else win
        String expected = new String(before.toByteArray(), StandardCharsets.ISO_8859_1)
                .replace("old-password", SECRET) + "\n";
        assertThat(new String(Files.readAllBytes(pgpass), StandardCharsets.ISO_8859_1)).isEqualTo(expected);
        assertThat(Files.getPosixFilePermissions(pgpass)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(PgPass.lookup(pgpass, "db.example", 5432, "aurelius", "analyst")).contains(SECRET);
        noTemporaryFilesIn(home);
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A password saved for a new server goes above a"
            + " wildcard line that would otherwise win, so the saved password is the one libpq and the app use.")
    void aSavedPasswordIsNotShadowedByAnEarlierWildcardLine() throws IOException {
        env.put("PGPASSFILE", pgpass.toString());
        Files.writeString(pgpass, "other:5432:*:*:a\n*:*:*:analyst:catch-all\n");
        mode(pgpass, "rw-------");
        assertThat(run("profile", "import", "lab", apiEnv(SECRET).toString())).as(err.toString()).isZero();
        assertThat(Files.readString(pgpass)).isEqualTo("other:5432:*:*:a\ndb.example:5432:aurelius:analyst:"
                + SECRET + "\n*:*:*:analyst:catch-all\n");
        assertThat(PgPass.lookup(pgpass, "db.example", 5432, "aurelius", "analyst")).contains(SECRET);
        assertThat(PgPass.lookup(pgpass, "db.example", 5432, "other", "analyst")).contains("catch-all");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "Saving a password through a .pgpass that is a link"
            + " writes the file it points to (0600) and keeps the link, as libpq reads through it.")
    void savingAPasswordWritesThroughALink() throws IOException {
        env.put("PGPASSFILE", pgpass.toString());
        Path real = Files.createDirectories(dir.resolve("vault")).resolve("pgpass");
        Files.writeString(real, "other:5432:*:*:kept\n");
        mode(real, "rw-------");
        Files.createSymbolicLink(pgpass, real);

        assertThat(run("profile", "import", "lab", apiEnv(SECRET).toString())).as(err.toString()).isZero();

        assertThat(Files.isSymbolicLink(pgpass)).isTrue();
        assertThat(Files.readString(real)).isEqualTo("other:5432:*:*:kept\ndb.example:5432:aurelius:analyst:"
                + SECRET + "\n");
        assertThat(Files.getPosixFilePermissions(real)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        noTemporaryFilesIn(real.getParent());
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "Saving a password when .pgpass is 50 MB, a folder or"
            + " a pipe leaves it exactly as it was, and says the profile is saved but the password is not, and why.")
    void aPasswordFileThatCannotBeReadWholeIsNeverOverwritten() throws Exception {
        env.put("PGPASSFILE", pgpass.toString());
        sparse(pgpass, 50L * 1024 * 1024);
        Files.write(pgpass, "*:*:*:*:first-line\n".getBytes(StandardCharsets.UTF_8),
                java.nio.file.StandardOpenOption.WRITE);
        mode(pgpass, "rw-------");
        assertThat(run("profile", "import", "lab", apiEnv(SECRET).toString())).isEqualTo(Cli.FAILED);
        failsWith(pgpass, "The profile lab is saved, but the password was not saved", "larger than 1 MB");
        assertThat(Files.size(pgpass)).isEqualTo(50L * 1024 * 1024);
        assertThat(PgPass.split(new String(Files.readAllBytes(pgpass), 0, 18, StandardCharsets.UTF_8)))
                .containsExactly("*", "*", "*", "*", "first-line");

        Files.delete(pgpass);
        Files.createDirectories(pgpass.resolve("inside"));
        assertThat(run("profile", "import", "lab", apiEnv(SECRET).toString())).isEqualTo(Cli.FAILED);
        failsWith(pgpass, "is a folder");
        assertThat(pgpass.resolve("inside")).isDirectory();

        Files.delete(pgpass.resolve("inside"));
        Files.delete(pgpass);
        fifo(pgpass);
        assertThat(run("profile", "import", "lab", apiEnv(SECRET).toString())).isEqualTo(Cli.FAILED);
        failsWith(pgpass, "not a regular file");
        assertThat(Files.isRegularFile(pgpass)).as("the pipe is still a pipe").isFalse();
        assertThat(Files.exists(pgpass)).isTrue();
        noTemporaryFilesIn(home);
    }

    // --- the profiles file ---------------------------------------------------------------------------------------

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A profiles.json that is malformed, binary, 50 MB or a"
            + " pipe stops `profile list` and `profile add` with a sentence (line and column, never its text), and"
            + " is never overwritten.")
    void aHostileProfilesFileIsRefusedAndNeverOverwritten() throws Exception {
        Path config = Files.createDirectories(home.resolve("config"));
        Path profiles = config.resolve("profiles.json");
        Files.writeString(profiles, "[{\"name\": \"lab\", \"host\": \"h\", \"port\": 5432,\n \"database\": " + SECRET
                + "}]");
        assertThat(run("profile", "list")).isEqualTo(Cli.FAILED);
        failsWith(profiles, "not a valid list of profiles (line 2", "fix it or move it aside");
        byte[] before = Files.readAllBytes(profiles);
        assertThat(run("profile", "add", "other", "--host", "h", "--db", "d", "--user", "u")).isEqualTo(Cli.FAILED);
        failsWith(profiles, "line 2");
        assertThat(Files.readAllBytes(profiles)).isEqualTo(before);

        Files.writeString(profiles, "[{\"name\": \"bad name\", \"host\": \"h\", \"port\": 5432, \"database\": \"d\","
                + " \"user\": \"u\"}]");
        assertThat(run("profile", "list")).isEqualTo(Cli.FAILED);
        failsWith(profiles, "holds a profile that cannot be used", "'bad name'");

        byte[] random = new byte[3000];
        new Random(11).nextBytes(random);
        Files.write(profiles, random);
        assertThat(run("profile", "list")).isEqualTo(Cli.FAILED);
        failsWith(profiles, "not a valid list of profiles");

        Files.delete(profiles);
        sparse(profiles, 50L * 1024 * 1024);
        assertThat(run("profile", "list")).isEqualTo(Cli.FAILED);
        failsWith(profiles, "larger than 1 MB");

        Files.delete(profiles);
        fifo(profiles);
        assertThat(run("profile", "add", "other", "--host", "h", "--db", "d", "--user", "u")).isEqualTo(Cli.FAILED);
        failsWith(profiles, "not a regular file");
        assertThat(Files.isRegularFile(profiles)).as("the pipe was not replaced").isFalse();
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A profiles.json that is a link is written through"
            + " (the link stays).")
    void aLinkedProfilesFileIsWrittenThrough() throws IOException {
        Path config = Files.createDirectories(home.resolve("config"));
        Path real = Files.createDirectories(dir.resolve("dotfiles")).resolve("profiles.json");
        Files.writeString(real, "[]");
        Files.createSymbolicLink(config.resolve("profiles.json"), real);
        assertThat(run("profile", "add", "lab", "--host", "h", "--db", "d", "--user", "u")).as(err.toString())
                .isZero();
        assertThat(Files.isSymbolicLink(config.resolve("profiles.json"))).isTrue();
        assertThat(Files.readString(real)).contains("\"lab\"");
    }
}
