package io.aurelius.admin.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.common.Screenshot;
import io.aurelius.admin.ui.testing.FixedConnector;
import io.aurelius.admin.ui.testing.Schemas;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Drives the real window on headless Monocle against a fresh database. */
@ExtendWith(ApplicationExtension.class)
class MainWindowRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    static final Path SHOTS = Path.of("target", "ui-screenshots");

    private MainWindow window;

    @Start
    void start(Stage stage) throws SQLException {
        Schemas.empty(DB);
        window = MainWindow.open(stage, new FixedConnector(DB.settings()), new FxTaskRunner());
    }

    @AfterEach
    void close() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.runner().isBusy());
        window.close();
    }

    @Test
    void showsTheConnectionAndTheSchemaState(FxRobot robot) throws TimeoutException {
        waitForText(robot, "#schemaLabel", "Schema: empty");
        waitForText(robot, "#schemaStateLabel", "empty");
        waitUntilIdle(robot);

        assertThat(text(robot, "#connectionLabel")).isEqualTo(DB.settings().describe());
        assertThat(text(robot, "#serverLabel")).startsWith("PostgreSQL ");
        assertThat(text(robot, "#schemaStateLabel")).isEqualTo("empty");
        assertThat(text(robot, "#versionLabel")).startsWith("PostgreSQL ");
        assertThat(robot.lookup("#cover").query().isVisible()).isFalse();
        assertThat(robot.lookup("#initButton").queryAs(Button.class).getText()).isEqualTo("Create schema");
        assertThat(robot.lookup("#dropButton").queryAs(Button.class).isDisabled()).isTrue();
        shot(robot, "main-empty.png");
    }

    @Test
    void clickingInitOnAnEmptyDatabaseEndsManaged(FxRobot robot) throws TimeoutException {
        waitForText(robot, "#schemaStateLabel", "empty");
        waitUntilIdle(robot);

        robot.clickOn("#initButton");

        waitForText(robot, "#schemaLabel", "Schema: managed (version 1)");
        waitUntilIdle(robot);
        assertThat(text(robot, "#schemaStateLabel")).isEqualTo("managed (version 1)");
        assertThat(text(robot, "#messageLabel")).startsWith("Created the AURELIUS schema");
        assertThat(rows(robot, "#tablesTable")).hasSize(4);
        assertThat(rows(robot, "#migrationsTable")).hasSize(1);
        shot(robot, "main-managed.png");
    }

    @Test
    void checkReconnectsAndReportsTheRoundTrip(FxRobot robot) throws TimeoutException {
        waitForText(robot, "#schemaStateLabel", "empty");
        waitUntilIdle(robot);

        robot.clickOn("#checkButton");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> text(robot, "#messageLabel").startsWith("The connection works: PostgreSQL "));
        waitUntilIdle(robot);
        assertThat(text(robot, "#roundTripLabel")).endsWith(" ms");
        assertThat(robot.lookup("#cover").query().isVisible()).isFalse();
    }

    @Test
    void dropAsksForTheDatabaseNameThenDropsTheTables(FxRobot robot) throws Exception {
        initialise(robot);
        waitForText(robot, "#schemaLabel", "Schema: managed (version 1)");
        waitUntilIdle(robot);
        Schemas.oneStrategy(DB);

        robot.clickOn("#dropButton");
        waitForShown(robot, "#confirmText");
        Node field = robot.lookup("#confirmText").query();
        assertThat(robot.lookup(".confirm-item").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(line -> assertThat(line).startsWith("strategies — 1 row,"))
                .anySatisfy(line -> assertThat(line).startsWith("gate_results — 0 rows,"));
        assertThat(robot.lookup("Drop tables").queryButton().isDisabled()).isTrue();
        robot.clickOn(field).write(DB.name());
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshot.write(field.getScene(), SHOTS.resolve("drop-confirm.png")));
        robot.clickOn("Drop tables");

        waitForText(robot, "#schemaLabel", "Schema: empty");
        waitUntilIdle(robot);
        assertThat(text(robot, "#messageLabel")).startsWith("Dropped gate_results, validations, backtests, strategies");
        assertThat(rows(robot, "#tablesTable")).isEmpty();
        assertThat(((TextField) field).getText()).isEqualTo(DB.name());
    }

    @Test
    void dropWithAWrongNameShowsTheSentenceAndKeepsTheTables(FxRobot robot) throws Exception {
        initialise(robot);
        waitForText(robot, "#schemaLabel", "Schema: managed (version 1)");
        waitUntilIdle(robot);

        robot.clickOn("#dropButton");
        waitForShown(robot, "#confirmText");
        robot.clickOn("#confirmText").write("postgres");
        robot.clickOn("Drop tables");

        waitForShown(robot, ".dialog-sentence");
        Label sentence = robot.lookup(".dialog-sentence").queryAs(Label.class);
        assertThat(sentence.getText()).startsWith("The name typed does not match the database");
        robot.interact(() -> Screenshot.write(sentence.getScene(), SHOTS.resolve("drop-wrong-name.png")));
        robot.clickOn("OK");
        waitUntilIdle(robot);
        assertThat(text(robot, "#schemaLabel")).isEqualTo("Schema: managed (version 1)");
        assertThat(rows(robot, "#tablesTable")).hasSize(4);
    }

    /** Waits for the empty database's state on screen, clicks Init and waits until it is managed. */
    private void initialise(FxRobot robot) throws TimeoutException {
        waitForText(robot, "#schemaStateLabel", "empty");
        waitUntilIdle(robot);
        robot.clickOn("#initButton");
    }

    static List<?> rows(FxRobot robot, String query) {
        return robot.lookup(query).<TableView<?>>query().getItems();
    }

    /** Waits until the node is in a window that shows (a dialog opens asynchronously). */
    static void waitForShown(FxRobot robot, String query) throws TimeoutException {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, () -> robot.lookup(query).tryQuery()
                .map(MainWindowRobotTest::shown).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return node.getScene() != null && node.getScene().getWindow() != null
                && node.getScene().getWindow().isShowing();
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryLabeled().getText();
    }

    static void waitForText(FxRobot robot, String query, String expected) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> robot.lookup(query).tryQuery().map(n -> expected.equals(((Label) n).getText())).orElse(false));
    }

    /** No task in flight (connecting, Hibernate start-up, refreshes): the screen shows its final state. */
    void waitUntilIdle(FxRobot robot) throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !window.runner().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    static void shot(FxRobot robot, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshot.write(robot.lookup("#content").query().getScene(), SHOTS.resolve(name)));
    }
}
