package io.aurelius.admin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.cli.Cli;
import io.aurelius.admin.cli.Console;
import io.aurelius.admin.cli.DemoCommand;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.testing.FreshDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code demo} through the real command line: inits an empty database, prints progress and a summary. */
class DemoCommandTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path workDir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        ConnectionSettings s = DB.settings();
        Map<String, String> env = Map.of("DB_HOST", s.host(), "DB_PORT", Integer.toString(s.port()),
                "DB_NAME", s.database(), "DB_USER", s.user(), "DB_PASSWORD", s.password());
        SettingsResolver resolver = new SettingsResolver(env, workDir, workDir);
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
        CommandLine cl = Cli.commandLine(console, resolver);
        if (!cl.getSubcommands().containsKey("demo")) { // until AdminCommand lists it
            cl.addSubcommand("demo", new CommandLine(new DemoCommand(resolver)));
        }
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void fillsAnEmptyDatabaseThenRefusesWithoutReplace() {
        assertThat(run("demo", "--strategies", "50", "--seed", "3")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Created the AURELIUS schema").contains("strategies")
                .contains("100%").containsPattern("strategies +50 rows").contains("rows/s");

        assertThat(run("demo", "--strategies", "50")).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("already holds demo data").contains("--replace");

        assertThat(run("demo", "--strategies", "20", "--replace", "--metric-only")).as(err.toString()).isZero();
        assertThat(out.toString()).containsPattern("strategies +20 rows").contains("replaced");

        assertThat(run("demo", "--strategies", "0")).isEqualTo(Cli.USAGE);
    }
}
