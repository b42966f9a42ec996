package io.aurelius.admin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Profiles: import an API .env, use it with --profile, and a read-only profile the server refuses writes to. */
class ProfileCommandTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        Map<String, String> env = Map.of("AURELIUS_ADMIN_HOME", dir.resolve("home").toString(),
                "PGPASSFILE", dir.resolve("pgpass").toString());
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

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "`profile import` of an API .env keeps DB_PASSWORD only in "
            + "a 0600 pgpass, never in profiles.json.")
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "`db drop --yes` through a read-only profile fails: the "
            + "server refuses it.")
    void importUseAndReadOnly() throws Exception {
        ConnectionSettings s = DB.settings();
        Path envFile = dir.resolve("api.env");
        Files.writeString(envFile, "# the API's settings\nDB_HOST=" + s.host() + "\nDB_PORT=" + s.port() + "\nDB_NAME="
                + s.database() + "\nDB_USER=" + s.user() + "\nDB_PASSWORD=" + s.password() + "\nDB_ECHO=False\n");

        assertThat(run("profile", "import", "lab", envFile.toString())).as(err.toString()).isZero();
        assertThat(run("profile", "import", "lab-ro", envFile.toString(), "--read-only")).isZero();
        assertThat(Files.getPosixFilePermissions(dir.resolve("pgpass")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readString(dir.resolve("home/profiles.json"))).doesNotContainIgnoringCase("password");

        assertThat(run("profile", "list")).isZero();
        assertThat(out.toString()).contains("lab: " + s.describe()).contains("lab-ro: ").contains("(read-only)");

        assertThat(run("db", "init", "--profile", "lab")).as(err.toString()).isZero();
        assertThat(run("db", "check", "--profile", "lab-ro")).isZero();
        assertThat(out.toString()).contains("(read-only)").contains("managed by AURELIUS Admin");

        assertThat(run("db", "drop", "--yes", "--profile", "lab-ro")).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("read-only");
        assertThat(run("db", "status", "--profile", "lab")).isZero();
        assertThat(out.toString()).contains("managed by AURELIUS Admin");

        assertThat(run("db", "check", "--profile", "nope")).isEqualTo(Cli.FAILED);
        assertThat(err.toString().strip()).isEqualTo("There is no profile named 'nope' (there are: lab, lab-ro);"
                + " create it with `profile add`.");
        assertThat(run("profile", "remove", "lab-ro")).isZero();
        assertThat(run("profile", "list")).isZero();
        assertThat(out.toString()).doesNotContain("lab-ro");
    }
}
