package io.aurelius.admin.ui.strategies;

import static io.aurelius.admin.ui.strategies.Robot.rows;
import static io.aurelius.admin.ui.strategies.Robot.text;
import static io.aurelius.admin.ui.strategies.Robot.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.query.StrategyRow;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.main.Screen;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
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
 * Reads that hang (another session holds locks on the AURELIUS tables): the configured statement timeout
 * (3 s here) ends a page read with a sentence naming the limit, and Stop ends a running page read or dashboard
 * refresh at once; what was shown stays, and the next read works once the locks are gone.
 */
@ExtendWith(ApplicationExtension.class)
class SlowQueryRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static final int TIMEOUT = 3;

    @TempDir
    static Path home;

    private MainWindow window;
    private Connection locker;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
    }

    @Start
    void start(Stage stage) {
        window = MainWindow.open(stage, new FixedConnector(DB.settings().withStatementTimeout(TIMEOUT)),
                new FxTaskRunner(), new BrowseStore(home.resolve(System.nanoTime() + ".json")));
    }

    @AfterEach
    void close() throws Exception {
        unlock();
        Robot.idle(window);
        window.close();
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "Another session locks the tables; with a 3 s statement timeout "
            + "a page move on the Strategies screen ends with the sentence naming the limit, the rows stay, and "
            + "the next read works once the lock is gone.")
    void aPageReadLongerThanTheLimitIsStoppedWithASentenceAndTheRowsStay(FxRobot robot) throws Exception {
        waitForText(robot, "#rangeLabel", "rows 1–50 of 246");
        Robot.idle(window);
        List<StrategyRow> before = rows(robot, "#strategiesTable");
        lock();
        robot.clickOn("#nextButton");
        Robot.waitUntil(() -> !text(robot, "#strategiesMessage").isEmpty());
        assertThat(text(robot, "#strategiesMessage")).isEqualTo("Could not read the strategies: The query took"
                + " longer than 3 s and was stopped: narrow the filters, or raise DB_STATEMENT_TIMEOUT (seconds,"
                + " 0: no limit).");
        assertThat(rows(robot, "#strategiesTable")).isEqualTo(before);
        Robot.shot(robot, "#root", "statement-timeout.png");
        unlock();
        robot.clickOn("#nextButton");
        waitForText(robot, "#rangeLabel", "rows 51–100 of 246");
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "Stop ends a page read blocked by a lock with its own sentence "
            + "(not the timeout's); the rows stay.")
    void stopEndsARunningPageReadAtOnce(FxRobot robot) throws Exception {
        waitForText(robot, "#rangeLabel", "rows 1–50 of 246");
        Robot.idle(window);
        List<StrategyRow> before = rows(robot, "#strategiesTable");
        lock();
        robot.clickOn("#nextButton");
        Robot.waitUntil(() -> robot.lookup("#loadCancel").query().isVisible());
        robot.clickOn("#loadCancel");
        Robot.waitUntil(() -> !text(robot, "#strategiesMessage").isEmpty());
        // the Stop sentence, not the 3 s timeout's: Stop ended the read (no timing asserted: machines are noisy)
        assertThat(text(robot, "#strategiesMessage"))
                .isEqualTo("Stopped reading the strategies, as asked; Refresh (F5) reads them again.");
        assertThat(rows(robot, "#strategiesTable")).isEqualTo(before);
        assertThat(robot.lookup("#loadCancel").query().isVisible()).isFalse();
        unlock();
        robot.clickOn("#nextButton");
        waitForText(robot, "#rangeLabel", "rows 51–100 of 246");
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "Stop ends a blocked dashboard refresh: its panels say they were "
            + "stopped, none ran into the timeout, and Refresh works afterwards.")
    void stopEndsARunningDashboardRefresh(FxRobot robot) throws Exception {
        waitForText(robot, "#rangeLabel", "rows 1–50 of 246");
        Robot.idle(window);
        lock();
        robot.interact(() -> window.go(Place.of(Screen.DASHBOARD)));
        Robot.waitUntil(() -> robot.lookup("#dashboardStop").query().isVisible());
        robot.clickOn("#dashboardStop");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.runner().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dashboardStop").query().isVisible()).isFalse();
        List<String> said = robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class).stream()
                .filter(Node::isVisible).map(javafx.scene.control.Label::getText).filter(t -> t != null).toList();
        // Stop ended the panels' reads: they say so, and none ran into the 3 s timeout instead
        assertThat(said).anyMatch(t -> t.startsWith("Stopped reading ")).noneMatch(t -> t.contains("took longer"));
        Robot.shot(robot, ".main-window", "dashboard-stopped.png");
        unlock();
        robot.clickOn("#dashboardRefresh");
        Robot.waitUntil(() -> text(robot, "#typesTotal") != null && text(robot, "#typesTotal").endsWith("strategies"));
    }

    private void lock() throws Exception {
        locker = DB.connect();
        locker.setAutoCommit(false);
        try (Statement st = locker.createStatement()) {
            st.execute("LOCK TABLE strategies, backtests, validations, gate_results IN ACCESS EXCLUSIVE MODE");
        }
    }

    private void unlock() throws Exception {
        if (locker != null) {
            locker.close();
            locker = null;
        }
    }
}
