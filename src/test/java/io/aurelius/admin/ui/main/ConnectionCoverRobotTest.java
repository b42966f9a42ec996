package io.aurelius.admin.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.Label;
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
 * The cover over the screens: shown at once while connecting (the FX thread stays free), and with the
 * sentence, Retry and Details when the connection fails.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectionCoverRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private FixedConnector connector;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        connector = new FixedConnector(DB.settings()).held();
        window = MainWindow.open(stage, connector, new FxTaskRunner());
    }

    @AfterEach
    void close() throws TimeoutException {
        connector.release();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.runner().isBusy());
        window.close();
    }

    @Test
    void theWindowShowsConnectingWhileTheConnectRunsInTheBackground(FxRobot robot) throws TimeoutException {
        String expected = "Connecting to " + DB.settings().describe() + "…";
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> expected.equals(coverText(robot)));

        assertThat(robot.lookup("#cover").query().isVisible()).isTrue();
        assertThat(robot.lookup("#busyIndicator").query().isVisible()).isTrue();
        assertThat(robot.lookup("#activityLabel").queryLabeled().getText()).startsWith("Connecting to");
        assertThat(robot.lookup("#connectionLabel").queryLabeled().getText()).isEqualTo(DB.settings().describe());

        connector.release();

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !robot.lookup("#cover").query().isVisible());
        MainWindowRobotTest.waitForText(robot, "#schemaLabel", "Schema: empty");
    }

    static String coverText(FxRobot robot) {
        return robot.lookup("#coverText").queryAs(Label.class).getText();
    }
}
