package io.aurelius.admin.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.Connector;
import io.aurelius.admin.ui.common.FxTaskRunner;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
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

/** A connection that fails first (nothing listens on port 1), then works after Retry. */
@ExtendWith(ApplicationExtension.class)
class ConnectionFailureRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final AtomicInteger attempts = new AtomicInteger();
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = MainWindow.open(stage, new FirstAttemptFails(), new FxTaskRunner());
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.runner().isBusy());
        window.close();
    }

    @Test
    void theSentenceRetryAndDetailsAreShownThenRetryConnects(FxRobot robot) throws TimeoutException {
        MainWindowRobotTest.waitForShown(robot, "#retryButton");
        String sentence = ConnectionCoverRobotTest.coverText(robot);
        assertThat(sentence).contains(DB.settings().host() + ":1").doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(robot.lookup("#serverLabel").queryLabeled().getText()).isEqualTo("Server: —");
        MainWindowRobotTest.shot(robot, "connection-failed.png");

        robot.clickOn("#detailsButton");
        MainWindowRobotTest.waitForShown(robot, ".dialog-sentence");
        assertThat(robot.lookup(".dialog-sentence").queryAs(Label.class).getText()).isEqualTo(sentence);
        assertThat(robot.lookup("Show Details").tryQuery()).isPresent();
        robot.clickOn("OK");

        robot.clickOn("#retryButton");
        MainWindowRobotTest.waitForText(robot, "#schemaLabel", "Schema: empty");
        // the status bar and the cover follow the same connect on the FX thread: wait for the cover to go
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !robot.lookup("#cover").query().isVisible());
        assertThat(attempts.get()).isEqualTo(2);
    }

    private final class FirstAttemptFails implements Connector {
        @Override
        public ConnectionSettings resolve() {
            ConnectionSettings s = DB.settings();
            return attempts.incrementAndGet() == 1 ? new ConnectionSettings(s.host(), 1, s.database(), s.user(),
                    s.password(), null, false, 2, false, s.sources()) : s;
        }

        @Override
        public Services connect(ConnectionSettings settings, Consumer<String> say) {
            return Services.connect(settings);
        }
    }
}
