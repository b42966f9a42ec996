package io.aurelius.admin.ui.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.validation.ResultRows;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code snapshot validation} and {@code snapshot gates}, with and without --id, in a JVM without a display. */
class ResultSnapshotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path work;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
        DB.sql(ResultRows.sql());
    }

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
    void rendersAValidationAndAGateHistory() throws Exception {
        Path validation = Robot.SHOTS.resolve("snapshot-validation.png").toAbsolutePath();
        Path gates = Robot.SHOTS.resolve("snapshot-gates.png").toAbsolutePath();
        Path log1 = work.resolve("1.log");
        Path log2 = work.resolve("2.log");

        Process first = child(log1, "validation", "--id", ResultRows.FULL, "-o", validation.toString(), "--size",
                "1400x900");
        assertThat(first.waitFor(3, TimeUnit.MINUTES)).isTrue();
        Process second = child(log2, "gates", "-o", gates.toString());
        assertThat(second.waitFor(3, TimeUnit.MINUTES)).isTrue();

        assertThat(first.exitValue()).as(Files.readString(log1)).isZero();
        assertThat(second.exitValue()).as(Files.readString(log2)).isZero();
        assertThat(ImageIO.read(validation.toFile()).getWidth()).isEqualTo(1400);
        assertThat(ImageIO.read(gates.toFile()).getWidth()).isEqualTo(1440);
    }
}
