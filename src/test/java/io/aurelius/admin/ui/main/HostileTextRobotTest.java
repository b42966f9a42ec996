package io.aurelius.admin.ui.main;

import static io.aurelius.admin.testing.Sentences.assertOneSentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.DataChecksum;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.HostileStrings;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The worst strings typed into the real window: the Strategies search box and filters, the connection manager's
 * fields and the setup wizard's. No error dialog opens (only the inline message), no exception escapes on the
 * JavaFX thread, the window keeps working afterwards, and the data is unchanged.
 */
@ExtendWith(ApplicationExtension.class)
@Proves(value = Reliability.HOSTILE_TEXT, how = "A TestFX robot types 10,000 characters, a NUL, RTL text with"
        + " emoji and a DROP TABLE into the Strategies search and filters, the Connections form and the setup"
        + " wizard, and checks that no dialog opened, no exception escaped and the list still pages.")
class HostileTextRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static final String FIRST_PAGE = "rows 1–50 of 246";
    private static final List<String> WORST = List.of(HostileStrings.TEN_THOUSAND, HostileStrings.NUL,
            HostileStrings.RTL_EMOJI, HostileStrings.DROP_TABLE, "%", "_", "$$; DROP TABLE strategies; $$");

    @TempDir
    static Path home;

    private static Map<String, String> before;
    private final List<Throwable> escaped = new CopyOnWriteArrayList<>();
    private MainWindow window;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
        try (Connection c = DB.connect()) {
            before = DataChecksum.of(c);
        }
    }

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> escaped.add(e));
        window = MainWindow.open(stage, new FixedConnector(DB.settings()), new FxTaskRunner(),
                new BrowseStore(home.resolve(System.nanoTime() + ".json")));
    }

    @AfterEach
    void close() throws Exception {
        Robot.idle(window);
        window.close();
        try (Connection c = DB.connect()) {
            assertThat(DataChecksum.of(c)).isEqualTo(before);
        }
    }

    /** Only the main window shows (no error dialog), and nothing escaped on the JavaFX thread. */
    private void assertNoDialogNorEscape(String after) {
        assertThat(Window.getWindows().stream().filter(Window::isShowing).toList()).as(after).hasSize(1);
        assertThat(escaped).as(after).isEmpty();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    private static void set(FxRobot robot, String query, String text) {
        TextField field = robot.lookup(query).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    @Test
    void theStrategiesSearchAndFiltersTakeTheWorstAndKeepWorking(FxRobot robot) throws Exception {
        Robot.waitForText(robot, "#rangeLabel", FIRST_PAGE);
        for (String worst : WORST) {
            set(robot, "#searchField", worst);
            robot.clickOn("#searchField").type(KeyCode.END).type(KeyCode.ENTER);
            Robot.idle(window);
            String shown = HostileStrings.shown(worst);
            assertNoDialogNorEscape("searching " + shown);
            assertThat(text(robot, "#strategiesMessage")).as(shown).isEmpty();
            assertThat(text(robot, "#rangeLabel")).as(shown).matches("No strategies match the filters\\.|rows 1–.*");
            if (worst.equals(HostileStrings.RTL_EMOJI)) {
                Robot.shot(robot, "#strategiesTable", "hostile-search.png");
            }
        }

        set(robot, "#searchField", "");
        robot.clickOn("#searchField").type(KeyCode.ENTER);
        Robot.waitForText(robot, "#rangeLabel", FIRST_PAGE);

        set(robot, "#minConfidenceField", HostileStrings.DROP_TABLE);
        robot.clickOn("#minConfidenceField").type(KeyCode.ENTER);
        Robot.idle(window);
        Robot.waitUntil(() -> !text(robot, "#strategiesMessage").isEmpty());
        assertThat(text(robot, "#strategiesMessage")).isEqualTo("Confidence must be a number, e.g. 0.75.");
        assertNoDialogNorEscape("a hostile confidence");
        set(robot, "#minConfidenceField", "");

        for (String worst : List.of(HostileStrings.DROP_TABLE, HostileStrings.RTL_EMOJI, HostileStrings.NUL)) {
            DatePicker from = robot.lookup("#fromPicker").queryAs(DatePicker.class);
            robot.interact(() -> from.getEditor().setText(worst));
            robot.clickOn(from.getEditor()).type(KeyCode.ENTER);
            Robot.idle(window);
            assertNoDialogNorEscape("a hostile date " + HostileStrings.shown(worst));
            assertThat(from.getValue()).isNull();
        }

        robot.clickOn("#nextButton");
        Robot.waitForText(robot, "#rangeLabel", "rows 51–100 of 246");
        assertNoDialogNorEscape("paging afterwards");
    }

    @Test
    void theConnectionsAndSetupFormsRefuseTheWorstInline(FxRobot robot) throws Exception {
        Robot.waitForText(robot, "#rangeLabel", FIRST_PAGE);
        robot.interact(() -> window.go(Place.of(Screen.CONNECTIONS)));
        MainWindowRobotTest.waitForShown(robot, "#saveButton");
        for (String field : List.of("#nameField", "#hostField", "#databaseField", "#userField")) {
            for (String worst : List.of("../../x", HostileStrings.RTL_EMOJI, HostileStrings.TEN_THOUSAND,
                    HostileStrings.NUL)) {
                robot.clickOn("#newButton");
                set(robot, "#nameField", "lab");
                set(robot, field, worst);
                robot.clickOn("#saveButton");
                Robot.idle(window);
                String what = field + " = " + HostileStrings.shown(worst);
                assertNoDialogNorEscape(what);
                assertOneSentence(text(robot, "#messageLabel"), worst);
            }
        }
        Robot.shot(robot, "#saveButton", "hostile-connections.png");

        robot.interact(() -> window.go(Place.of(Screen.SETUP)));
        MainWindowRobotTest.waitForShown(robot, "#runButton");
        for (String field : List.of("#roleField", "#databaseField", "#profileField", "#adminUserField", "#hostField")) {
            for (String worst : List.of(HostileStrings.TEN_THOUSAND, HostileStrings.NUL, HostileStrings.DROP_TABLE)) {
                set(robot, "#roleField", "aurelius");
                set(robot, "#databaseField", "aurelius");
                set(robot, "#profileField", "aurelius");
                set(robot, "#adminUserField", "postgres");
                set(robot, "#hostField", "localhost");
                set(robot, field, worst);
                robot.clickOn("#runButton");
                Robot.idle(window);
                String what = field + " = " + HostileStrings.shown(worst);
                assertNoDialogNorEscape(what);
                assertOneSentence(text(robot, "#messageLabel"), worst);
            }
        }
        Robot.shot(robot, "#runButton", "hostile-setup.png");

        robot.interact(() -> window.go(Place.of(Screen.STRATEGIES)));
        Robot.waitForText(robot, "#rangeLabel", FIRST_PAGE);
        robot.clickOn("#nextButton");
        Robot.waitForText(robot, "#rangeLabel", "rows 51–100 of 246");
        assertNoDialogNorEscape("paging afterwards");
    }
}
