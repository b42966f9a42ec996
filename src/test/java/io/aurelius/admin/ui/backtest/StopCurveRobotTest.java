package io.aurelius.admin.ui.backtest;

import static io.aurelius.admin.ui.strategies.Robot.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.db.Database;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.HangingReads;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.testing.FixedConnector;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The backtest report while its equity curve read hangs (another session holds a lock that reading a stored
 * curve waits for, while the report's header reads on): Stop, and Escape, end the read on the server; the chart
 * shown stays, the screen says so in one sentence, and Refresh reads it again. No statement timeout is set.
 */
@ExtendWith(ApplicationExtension.class)
class StopCurveRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static final String APP = Database.APPLICATION + " #%";
    private static final String STOPPED = "Stopped reading the backtest, as asked; Refresh (F5) reads it again.";

    private MainWindow window;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
        DB.sql(ReportData.sql());
    }

    @Start
    void start(Stage stage) {
        window = MainWindow.open(stage, new FixedConnector(DB.settings().withStatementTimeout(0)), new FxTaskRunner(),
                BrowseStore.none());
    }

    @AfterEach
    void close() throws Exception {
        Robot.idle(window);
        window.close();
    }

    private static int points(FxRobot robot) {
        XYChart<?, ?> c = robot.lookup("#equityChart").query();
        return c.getData().stream().mapToInt(s -> s.getData().size()).sum();
    }

    private static boolean showing(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(Node::isVisible).orElse(false);
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "On the backtest screen a curve read waiting for another session's "
            + "lock is ended by Stop and by Escape: the statement leaves pg_stat_activity, the chart stays, and "
            + "Refresh reads it again.")
    void stopEndsAHangingCurveReadAndTheChartStays(FxRobot robot) throws Exception {
        Robot.waitUntil(window::browsing);
        robot.interact(() -> window.go(Place.backtest(ReportData.DATED)));
        Robot.waitUntil(() -> robot.lookup("#equityChart").tryQuery().isPresent() && points(robot) > 0);
        Robot.idle(window);
        assertThat(showing(robot, "#backtestStop")).as("no Stop while nothing is read").isFalse();

        try (HangingReads lock = HangingReads.largeValues(DB, "backtests")) {
            robot.press(KeyCode.F5).release(KeyCode.F5);
            lock.awaitWaiting(APP);
            Robot.waitUntil(() -> showing(robot, "#backtestStop"));
            assertThat(text(robot, "#backtestTitle")).as("the header read on").isEqualTo("Backtest 2020-01-01 – 2022-12-31");
            Robot.shot(robot, "#backtestTitle", "backtest-stop-while-reading.png");

            robot.clickOn("#backtestStop");
            Robot.waitUntil(() -> !window.runner().isBusy());
            assertThat(text(robot, "#backtestMessage")).isEqualTo(STOPPED);
            assertThat(showing(robot, "#backtestStop")).isFalse();
            assertThat(points(robot)).as("the chart shown stays").isEqualTo(ReportData.DATED_POINTS);
            assertThat(HangingReads.waiting(DB, APP)).as("no read waits on the server").isZero();
            assertThat(HangingReads.running(DB, APP)).as("no read runs on the server").isZero();
            Robot.shot(robot, "#backtestTitle", "backtest-stopped.png");

            robot.press(KeyCode.F5).release(KeyCode.F5); // the lock is still held: the read hangs again
            lock.awaitWaiting(APP);
            Robot.waitUntil(() -> showing(robot, "#backtestStop"));
            robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
            Robot.waitUntil(() -> !window.runner().isBusy());
            assertThat(text(robot, "#backtestMessage")).isEqualTo(STOPPED);
            assertThat(HangingReads.waiting(DB, APP)).isZero();
        }

        robot.press(KeyCode.F5).release(KeyCode.F5);
        Robot.idle(window);
        Robot.waitUntil(() -> !showing(robot, "#backtestMessage") && points(robot) == ReportData.DATED_POINTS);
        assertThat(text(robot, "#tradesRange")).isEqualTo("trades 1–500 of 1,200");
    }
}
