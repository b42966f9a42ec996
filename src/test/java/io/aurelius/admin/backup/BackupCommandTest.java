package io.aurelius.admin.backup;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.cli.BackupCommand;
import io.aurelius.admin.cli.Console;
import io.aurelius.admin.cli.RestoreCommand;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.testing.FreshDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** backup, backup list, restore through picocli, in-process, as the lead will register them. */
class BackupCommandTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();
    private final Deque<String> answers = new ArrayDeque<>();
    private boolean interactive;

    @BeforeAll
    static void fill() throws Exception {
        Fixtures.fill(DB.settings(), 50);
    }

    private int run(Object command, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = new CommandLine(command);
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

    private SettingsResolver resolver() {
        ConnectionSettings s = DB.settings();
        return new SettingsResolver(Map.of("DB_HOST", s.host(), "DB_PORT", Integer.toString(s.port()),
                "DB_NAME", s.database(), "DB_USER", s.user(), "DB_PASSWORD", s.password()), dir, dir);
    }

    private Console console() {
        return new Console() {
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
    }

    private BackupCommand backup() {
        return new BackupCommand(console(), resolver());
    }

    private RestoreCommand restore() {
        return new RestoreCommand(console(), resolver());
    }

    @Test
    void backupListRestore() throws Exception {
        Path file = dir.resolve("cli.sql.gz");
        assertThat(run(backup(), "-o", file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Backed up").contains("(gzip,").contains("manifest cli.sql.gz.manifest.json");
        assertThat(file).exists();

        Path folder = dir.resolve("nightly");
        for (int i = 0; i < 3; i++) {
            assertThat(run(backup(), "--dir", folder.toString(), "--keep", "2", "--format", "custom"))
                    .as(err.toString()).isZero();
        }
        assertThat(out.toString()).contains("Removed old backup");
        assertThat(run(backup(), "list", "--dir", folder.toString())).isZero();
        assertThat(out.toString().lines().filter(l -> l.startsWith(Names.fileSafe(DB.name())))).hasSize(2);

        assertThat(run(restore(), file.toString(), "--list")).isZero();
        assertThat(out.toString()).contains("public.strategies  50 rows").contains("\\restrict");

        // The target holds AURELIUS rows: without a terminal and --yes, refused.
        assertThat(run(restore(), file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("holds AURELIUS data").contains("--yes");
        // In a terminal, a wrong name is refused; the right one restores.
        interactive = true;
        answers.add("wrong");
        assertThat(run(restore(), file.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not match");
        answers.add(DB.name());
        assertThat(run(restore(), file.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Restored cli.sql.gz into '" + DB.name() + "'");

        String fresh = Fixtures.newName("aat_cli_new");
        try {
            interactive = false;
            assertThat(run(restore(), file.toString(), "--into", fresh, "--create")).as(err.toString()).isZero();
            assertThat(out.toString()).contains("into the new database '" + fresh + "'");
            assertThat(Fixtures.checksums(Fixtures.server(fresh))).isEqualTo(Fixtures.checksums(DB.settings()));
        } finally {
            Fixtures.dropDatabase(fresh);
        }
    }

    @Test
    void usageFaultsAreOneSentence() {
        assertThat(run(backup())).isEqualTo(1);
        assertThat(err.toString()).startsWith("Name the backup with -o PATH");
        assertThat(run(backup(), "-o", dir.resolve("x.sql").toString(), "--jobs", "4")).isEqualTo(1);
        assertThat(err.toString()).contains("Parallel jobs need the directory format");
        assertThat(run(restore(), dir.resolve("missing.dump").toString())).isEqualTo(1);
        assertThat(err.toString()).contains("does not exist");
        assertThat(Files.exists(dir.resolve("x.sql"))).isFalse();
    }
}
