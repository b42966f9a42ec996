package io.aurelius.admin.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * With no working connection, the Connections and First-run setup screens stay reachable (the cover says
 * how to get there), and Connections' Test gives the db check verdict for what was typed.
 */
@ExtendWith(ApplicationExtension.class)
class SetupScreensRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private MainWindow window;

    @Start
    void start(Stage stage) {
        ConnectionSettings s = DB.settings();
        ConnectionSettings nowhere = new ConnectionSettings(s.host(), 1, s.database(), s.user(), s.password(), null,
                false, 2, false, Map.of("port", "a test"));
        window = MainWindow.open(stage, new FixedConnector(nowhere), new FxTaskRunner());
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.runner().isBusy());
        window.close();
    }

    @Test
    void fromTheFailureCoverToConnectionsWhereTestGivesTheVerdict(FxRobot robot) throws TimeoutException {
        MainWindowRobotTest.waitForShown(robot, "#coverConnectionsButton");
        robot.clickOn("#coverConnectionsButton");
        MainWindowRobotTest.waitForShown(robot, "#profilesTable");
        assertThat(robot.lookup("#cover").query().isVisible()).isFalse();

        ConnectionSettings s = DB.settings();
        fill(robot, "#nameField", "lab");
        fill(robot, "#hostField", s.host());
        fill(robot, "#portField", Integer.toString(s.port()));
        fill(robot, "#databaseField", s.database());
        fill(robot, "#userField", s.user());
        fill(robot, "#passwordField", s.password());
        robot.clickOn("#testButton");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> MainWindowRobotTest.text(robot, "#messageLabel")
                .startsWith("Connected to PostgreSQL"));
        assertThat(MainWindowRobotTest.text(robot, "#messageLabel")).contains("schema: empty")
                .doesNotContain(s.password().length() > 6 ? s.password() : "\u0000");
        MainWindowRobotTest.shot(robot, "connections.png");

        robot.clickOn("First-run setup");
        MainWindowRobotTest.waitForShown(robot, "#runButton");
        assertThat(robot.lookup("#cover").query().isVisible()).isFalse();
        assertThat(robot.lookup("#roleField").queryAs(TextField.class).getText()).isEqualTo("aurelius");
        MainWindowRobotTest.shot(robot, "setup.png");

        robot.clickOn("Database");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#cover").query().isVisible());
    }

    private static void fill(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }
}
