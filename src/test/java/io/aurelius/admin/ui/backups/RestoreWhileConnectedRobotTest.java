package io.aurelius.admin.ui.backups;

import io.aurelius.admin.testing.OtherClients;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.common.Screenshot;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.main.Screen;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TableView;
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
 * The Backups screen restoring over the connected database while another client (a psql session) is
 * connected to it: before the typed confirmation, a question lists that session and offers to end it; Cancel
 * leaves everything as it was, "End it and restore" ends it and the restore goes through.
 */
@ExtendWith(ApplicationExtension.class)
class RestoreWhileConnectedRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    static Path home;
    @TempDir
    Path folder;

    private MainWindow window;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
    }

    @Start
    void start(Stage stage) {
        BrowseStore store = new BrowseStore(home.resolve(System.nanoTime() + ".json"));
        window = MainWindow.open(stage, new FixedConnector(DB.settings()), new FxTaskRunner(), store);
    }

    @AfterEach
    void close() throws Exception {
        Robot.idle(window);
        window.close();
    }

    @Test
    @Proves(value = Reliability.RESTORE_WHILE_CONNECTED, how = "On the Backups screen, restoring over the database a"
            + " psql session is connected to first shows a question naming that session; Cancel keeps it and the"
            + " data, 'End it and restore' ends it, then the typed-name restore completes.")
    void theRestorePaneAsksBeforeEndingAnotherClientsSession(FxRobot robot) throws Exception {
        Robot.waitForText(robot, "#rangeLabel", "rows 1–50 of 246");
        robot.interact(() -> {
            window.backupFolderProperty().set(folder);
            window.go(Place.of(Screen.BACKUPS));
        });
        Robot.idle(window);
        robot.clickOn("#backupButton");
        waitFor(robot, "#backupMessage", "Backed up to ");
        Robot.waitUntil(() -> !Robot.rows(robot, "#backupsTable").isEmpty());
        robot.interact(() -> robot.lookup("#backupsTable").<TableView<?>>query().getSelectionModel().select(0));
        robot.clickOn("#restoreSelectedButton");
        Robot.waitUntil(() -> !robot.lookup("#holdsList").<javafx.scene.control.ListView<String>>query().getItems()
                .isEmpty());

        try (Connection other = client("psql")) {
            robot.clickOn("#currentRadio");
            robot.clickOn("#restoreButton");
            DialogPane question = dialog(robot);
            assertThat(question.getHeaderText()).isEqualTo("Other sessions on " + DB.name());
            assertThat(question.getContentText()).startsWith("1 other session is connected to " + DB.name() + ":")
                    .contains(DB.settings().user() + " from ").contains("'psql', idle, connected since ");
            robot.interact(() -> Screenshot.write(question.getScene(), Robot.SHOTS.resolve("restore-others.png")));
            robot.clickOn(button(robot, question, "Cancel"));
            waitFor(robot, "#restoreMessage", "Cancelled; nothing was restored.");
            assertThat(alive(other)).isTrue();

            robot.clickOn("#restoreButton");
            robot.clickOn(button(robot, dialog(robot), "End it and restore"));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#confirmText").tryQuery().isPresent());
            robot.clickOn("#confirmText").write(DB.name());
            robot.type(javafx.scene.input.KeyCode.ENTER);
            waitFor(robot, "#restoreMessage", "Restored 5 tables into " + DB.name());
            assertThat(alive(other)).as("the other client's session was ended").isFalse();
        }
    }

    private static DialogPane dialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        return robot.lookup(".dialog-pane").query();
    }

    /** The dialog's button (the screen has a Cancel button of its own). */
    private static Node button(FxRobot robot, DialogPane dialog, String text) {
        return robot.from(dialog).lookup((Node n) -> n instanceof Button b && text.equals(b.getText())).query();
    }

    private static Connection client(String name) throws SQLException {
        return OtherClients.connect(DB.settings(), name);
    }

    private static boolean alive(Connection c) {
        return OtherClients.alive(c);
    }

    private static void waitFor(FxRobot robot, String query, String start) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
                String t = Robot.text(robot, query);
                return t != null && t.startsWith(start);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError(query + " never began \"" + start + "\"; it says \"" + Robot.text(robot, query)
                    + "\"", e);
        }
    }
}
