package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Main;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.snapshot.BareWindow;
import io.aurelius.admin.ui.strategies.Robot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The first-window mark the cold-start benchmark reads, from the desktop app started as a user starts it (its own
 * JVM, no arguments, settings from the environment) on the headless toolkit: it is written once the window shows
 * its data, never before the first page is on screen.
 */
class FirstWindowTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path work;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
    }

    @Test
    void theMarkComesWhenTheFirstPageIsShown() throws Exception {
        long strategies;
        try (var c = DB.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT count(*) FROM strategies")) {
            rs.next();
            strategies = rs.getLong(1);
        }
        for (int run = 0; run < 2; run++) { // the mark once came before the rows: it must not, run after run
            Properties mark = start(Main.class.getName(), DB.env());
            assertThat(mark.getProperty("phase")).isEqualTo("CONNECTED");
            assertThat(Integer.parseInt(mark.getProperty("rows"))).as("rows in the Strategies table when marked")
                    .isEqualTo((int) Math.min(50, strategies)).isPositive();
        }
        assertThat(work.resolve("config").resolve("strategies-view.json")).as("opening changes nothing the user"
                + " left: the list's saved layout, sort and filters are written when the user changes them")
                .doesNotExist();
    }

    @Test
    void aStartThatCannotConnectIsMarkedWhenItSaysSo() throws Exception {
        Map<String, String> env = new HashMap<>(DB.env());
        env.put("DB_NAME", "no_such_database_for_first_window");
        Properties mark = start(Main.class.getName(), env);
        assertThat(mark.getProperty("phase")).isEqualTo("FAILED");
        assertThat(mark.getProperty("rows")).isEqualTo("0");
    }

    @Test
    void theBareWindowIsMarkedOnceShown() throws Exception {
        Properties mark = start(BareWindow.class.getName(), DB.env());
        assertThat(mark.getProperty("phase")).isEqualTo("none");
        assertThat(mark.getProperty("rows")).isEqualTo("-1");
        assertThat(Long.parseLong(mark.getProperty("shownAt"))).isLessThanOrEqualTo(System.currentTimeMillis());
    }

    /** Starts the main class in its own headless JVM with a fresh config and data folder; its mark. */
    private Properties start(String mainClass, Map<String, String> env) throws Exception {
        Path mark = work.resolve("mark-" + System.nanoTime() + ".properties");
        Path log = work.resolve("out.log");
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
                "-Dheadless.geometry=1600x1000-32", "-Djava.awt.headless=true",
                "-D" + FirstWindow.PROPERTY + "=" + mark, "-cp", System.getProperty("java.class.path"), mainClass));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().putAll(env);
        pb.environment().put("AURELIUS_ADMIN_HOME", work.resolve("config").toString());
        pb.environment().put("XDG_DATA_HOME", work.resolve("data").toString());
        pb.environment().put("AURELIUS_ADMIN_LOG_DIR", work.resolve("logs").toString());
        Process p = pb.start();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("the app exits after its mark").isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        assertThat(mark).as(Files.readString(log)).isRegularFile();
        Properties props = new Properties();
        try (var in = Files.newBufferedReader(mark)) {
            props.load(in);
        }
        return props;
    }
}
