package io.aurelius.admin.ui.strategies;

import static io.aurelius.admin.ui.strategies.Robot.rows;
import static io.aurelius.admin.ui.strategies.Robot.text;
import static io.aurelius.admin.ui.strategies.Robot.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.query.StrategyRow;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.TcpProxy;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import javafx.animation.AnimationTimer;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The network to the server is cut while the Strategies screen shows (a TCP relay in front of the test
 * server drops every connection): the status bar says so, the rows stay, a page move fails with a sentence
 * and is repeated by itself once the server answers again; the JavaFX thread never waits on the network.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionLossRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static final String FIRST_PAGE = "rows 1–50 of 246";
    /**
     * A JavaFX thread blocked on a socket would miss pulses for seconds (the heartbeat waits 3 s, the pool 5 s)
     * beyond what an ordinary thread of the same JVM misses when the machine is busy.
     */
    private static final long BLOCKED_NANOS = TimeUnit.SECONDS.toNanos(2);

    @TempDir
    static Path home;
    private static TcpProxy proxy;

    private MainWindow window;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
        ConnectionSettings s = DB.settings();
        proxy = new TcpProxy(s.host(), s.port());
    }

    @Start
    void start(Stage stage) {
        ConnectionSettings s = DB.settings();
        ConnectionSettings relayed = new ConnectionSettings("127.0.0.1", proxy.port(), s.database(), s.user(),
                s.password(), s.sslmode(), false, 3, false, s.sources());
        BrowseStore store = new BrowseStore(home.resolve(System.nanoTime() + ".json"));
        window = MainWindow.open(stage, new FixedConnector(relayed), new FxTaskRunner(), store);
    }

    @AfterEach
    void close() throws Exception {
        proxy.restore();
        Robot.idle(window);
        window.close();
        proxy.close();
    }

    @Test
    @Proves(value = Reliability.SERVER_LOST, how = "Cuts every connection through a TCP relay under the open "
            + "Strategies screen: the status bar says the connection is lost within 10 s, the rows stay, a page "
            + "move fails with a sentence and is repeated by itself within 5 s of the link's return, and the "
            + "JavaFX thread never goes 2 s without a frame.")
    void theStatusBarSaysItTheRowsStayAndThePageMoveIsRepeatedWhenTheServerIsBack(FxRobot robot) throws Exception {
        waitForText(robot, "#rangeLabel", FIRST_PAGE);
        Robot.idle(window);
        List<StrategyRow> before = rows(robot, "#strategiesTable");
        String connected = text(robot, "#connectionLabel");
        Pulses pulses = new Pulses();
        Ticks control = new Ticks();
        robot.interact(pulses::start);
        control.start();

        proxy.cut();
        long cutAt = System.nanoTime();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#connectionLabel").startsWith("Connection lost at"));
        assertThat(System.nanoTime() - cutAt).isLessThan(TimeUnit.SECONDS.toNanos(10));
        assertThat(text(robot, "#connectionLabel")).contains("retrying");
        // the text and the tone are set by two listeners: read the tone on the JavaFX thread once it has come
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> WaitForAsyncUtils.asyncFx(() -> robot
                .lookup("#connectionLabel").query().getStyleClass().contains("tone-error")).get());
        assertThat(rows(robot, "#strategiesTable")).isEqualTo(before);
        Robot.shot(robot, "#root", "connection-lost.png");

        robot.clickOn("#nextButton");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> text(robot, "#strategiesMessage").startsWith("Could not read the strategies"));
        assertThat(text(robot, "#strategiesMessage")).doesNotContain("Exception").doesNotContain(s().password());
        assertThat(rows(robot, "#strategiesTable")).as("what was shown stays").isEqualTo(before);
        Robot.shot(robot, "#root", "connection-lost-page-move.png");

        proxy.restore();
        long restoredAt = System.nanoTime();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#connectionLabel").equals(connected)
                && text(robot, "#rangeLabel").equals("rows 51–100 of 246"));
        assertThat(System.nanoTime() - restoredAt).as("everything works again within 5 s of the server's return")
                .isLessThan(TimeUnit.SECONDS.toNanos(5));
        assertThat(text(robot, "#strategiesMessage")).isEmpty();
        robot.interact(pulses::stop);
        control.interrupt();
        control.join();
        assertThat(pulses.longestGap()).as("the JavaFX thread never waited on the network (an ordinary thread's"
                + " longest stall on this machine meanwhile: %d ms)", control.longest / 1_000_000)
                .isLessThan(BLOCKED_NANOS + control.longest);
    }

    private static ConnectionSettings s() {
        return DB.settings();
    }

    /** The longest time between two wake-ups of a thread that sleeps a frame's length: the machine's own stalls. */
    private static final class Ticks extends Thread {
        private volatile long longest;

        Ticks() {
            setDaemon(true);
        }

        @Override
        public void run() {
            long last = System.nanoTime();
            while (!isInterrupted()) {
                try {
                    Thread.sleep(16);
                } catch (InterruptedException e) {
                    return;
                }
                long now = System.nanoTime();
                longest = Math.max(longest, now - last - TimeUnit.MILLISECONDS.toNanos(16));
                last = now;
            }
        }
    }

    /** The longest time between two frames of the JavaFX thread while it runs. */
    private static final class Pulses extends AnimationTimer {
        private final AtomicLong last = new AtomicLong();
        private final AtomicLong longest = new AtomicLong();

        @Override
        public void handle(long now) {
            long previous = last.getAndSet(now);
            if (previous != 0) {
                longest.accumulateAndGet(now - previous, Math::max);
            }
        }

        long longestGap() {
            return longest.get();
        }
    }
}
