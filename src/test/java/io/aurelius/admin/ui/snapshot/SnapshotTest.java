package io.aurelius.admin.ui.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.cli.SnapshotCommand;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.strategies.AnalystData;
import io.aurelius.admin.ui.strategies.Robot;
import java.awt.image.BufferedImage;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The snapshot command renders the screens with live data to PNGs on headless Monocle. */
class SnapshotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path work;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
    }

    private int snapshot(StringWriter out, StringWriter err, String... args) {
        Map<String, String> env = new HashMap<>(DB.env());
        CommandLine cl = new CommandLine(new SnapshotCommand(new SettingsResolver(env, work, work)));
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        return cl.execute(args);
    }

    /**
     * Runs the command as a user would, in its own JVM with no display: the headless screen it sets up is its
     * own (robot tests in this JVM keep theirs).
     */
    private static Process child(Path log, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-cp", System.getProperty("java.class.path"), SnapshotMain.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().putAll(DB.env());
        return pb.start();
    }

    @Test
    void rendersTheStrategiesAndAStrategyToPngsWithoutADisplay() throws Exception {
        Path list = Robot.SHOTS.resolve("snapshot-strategies.png").toAbsolutePath();
        Path one = Robot.SHOTS.resolve("snapshot-strategy.png").toAbsolutePath();
        Path log1 = work.resolve("1.log");
        Path log2 = work.resolve("2.log");

        Process first = child(log1, "strategies", "-o", list.toString(), "--size", "1400x900");
        Process second = child(log2, "strategy", "--id", AnalystData.MOMENTUM, "-o", one.toString());

        assertThat(first.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(first.exitValue()).as(Files.readString(log1)).isZero();
        assertThat(second.exitValue()).as(Files.readString(log2)).isZero();
        assertThat(Files.readString(log1)).contains("Snapshot written to " + list);
        BufferedImage image = ImageIO.read(list.toFile());
        assertThat(image.getWidth()).isEqualTo(1400);
        assertThat(image.getHeight()).isEqualTo(900);
        assertThat(ImageIO.read(one.toFile()).getWidth()).isEqualTo(1440);
    }

    @Test
    void rendersTheNewestBacktestWithACurveWithoutAnId() throws Exception {
        Path shot = Robot.SHOTS.resolve("snapshot-backtest.png").toAbsolutePath();
        Path log = work.resolve("bt.log");
        Process p = child(log, "backtest", "-o", shot.toString(), "--size", "1200x800");

        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
        assertThat(ImageIO.read(shot.toFile()).getWidth()).isEqualTo(1200);
    }

    @Test
    void aMissingStrategySaysSoInOneSentence() throws Exception {
        Path log = work.resolve("3.log");
        Process p = child(log, "strategy", "-o", work.resolve("x.png").toString(), "--db", "aat_no_such_database");

        assertThat(p.waitFor(3, TimeUnit.MINUTES)).isTrue();
        assertThat(p.exitValue()).isEqualTo(1);
        assertThat(Files.readString(log)).contains("aat_no_such_database").doesNotContain("\tat ");
    }

    @Test
    void anUnknownScreenOrSizeIsAUsageError() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        assertThat(snapshot(out, err, "nope", "-o", work.resolve("x.png").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("SCREEN must be one of strategies, strategy");
        assertThat(snapshot(out, err, "strategies", "-o", "x.png", "--size", "huge")).isEqualTo(2);
        assertThatThrownBy(() -> Snapshots.render(DB.settings(), new Snapshots.Request("nope", null,
                work.resolve("y.png"), 800, 600))).hasMessageContaining("There is no screen 'nope'");
    }
}
