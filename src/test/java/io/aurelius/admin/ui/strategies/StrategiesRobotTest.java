package io.aurelius.admin.ui.strategies;

import static io.aurelius.admin.ui.strategies.Robot.cellTexts;
import static io.aurelius.admin.ui.strategies.Robot.rows;
import static io.aurelius.admin.ui.strategies.Robot.text;
import static io.aurelius.admin.ui.strategies.Robot.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.query.StrategyRow;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** Drives the Strategies screen on headless Monocle against PostgreSQL filled with realistic, hostile rows. */
@ExtendWith(ApplicationExtension.class)
class StrategiesRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static final String FIRST_PAGE = "rows 1–50 of 246";

    @TempDir
    static Path home;

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

    private List<StrategyRow> shown(FxRobot robot) {
        return rows(robot, "#strategiesTable");
    }

    @Test
    void opensOnTheStrategiesWithHostileNamesShownAsText(FxRobot robot) throws Exception {
        waitForText(robot, "#rangeLabel", FIRST_PAGE);
        Robot.idle(window);

        assertThat(shown(robot)).extracting(StrategyRow::name).startsWith("Momentum SPY 12-1", "Pairs KO/PEP",
                AnalystData.MARKUP_NAME, AnalystData.LINES_NAME, AnalystData.SCRIPTS_NAME, AnalystData.LITERAL_NAME);
        assertThat(cellTexts(robot, "#strategiesTable")).contains(AnalystData.MARKUP_NAME,
                "Line one ⏎ Line two ⇥ after a tab", AnalystData.SCRIPTS_NAME, AnalystData.LITERAL_NAME,
                "crv ✗", "product ✓");
        assertThat(robot.lookup("#firstButton").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isFalse();
        Robot.shot(robot, "#strategiesTable", "strategies.png");
    }

    @Test
    void clickingAHeaderSortsInTheDatabase(FxRobot robot) throws Exception {
        waitForText(robot, "#rangeLabel", FIRST_PAGE);
        Robot.idle(window);

        robot.clickOn(header(robot, "name"));
        Robot.waitUntil(() -> shown(robot).get(0).name().startsWith("Filler") || !shown(robot).get(0).name()
                .equals("Momentum SPY 12-1"));
        Robot.idle(window);
        List<String> fillers = fillers(robot);
        assertThat(fillers).isSortedAccordingTo(Comparator.naturalOrder()).contains("Filler 001");
        assertThat(text(robot, "#rangeLabel")).isEqualTo(FIRST_PAGE);

        robot.clickOn(header(robot, "name"));
        Robot.waitUntil(() -> fillers(robot).contains("Filler 240"));
        Robot.idle(window);
        assertThat(fillers(robot)).isSortedAccordingTo(Comparator.reverseOrder());

        robot.clickOn(header(robot, "confidence"));
        Robot.waitUntil(() -> !fillers(robot).contains("Filler 240"));
        Robot.idle(window);
        assertThat(shown(robot)).extracting(StrategyRow::confidence).isSorted();
    }

    private List<String> fillers(FxRobot robot) {
        return shown(robot).stream().map(StrategyRow::name).filter(n -> n.startsWith("Filler")).toList();
    }

    private static Node header(FxRobot robot, String column) {
        return robot.lookup(".column-header").match(n -> column.equals(n.getId())).query();
    }

    @Test
    void pagesForwardAndBackWithButtonsAndKeys(FxRobot robot) throws Exception {
        waitForText(robot, "#rangeLabel", FIRST_PAGE);
        Robot.idle(window);

        robot.clickOn("#nextButton");
        waitForText(robot, "#rangeLabel", "rows 51–100 of 246");
        String first51 = shown(robot).get(0).name();
        robot.clickOn("#strategiesTable").press(KeyCode.CONTROL, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.CONTROL);
        waitForText(robot, "#rangeLabel", "rows 101–150 of 246");
        robot.clickOn("#previousButton");
        waitForText(robot, "#rangeLabel", "rows 51–100 of 246");
        assertThat(shown(robot).get(0).name()).isEqualTo(first51);
        robot.clickOn("#lastButton");
        waitForText(robot, "#rangeLabel", "rows 197–246 of 246");
        assertThat(shown(robot)).last().extracting(StrategyRow::name).isEqualTo("Filler 001");
        assertThat(robot.lookup("#nextButton").queryButton().isDisabled()).isTrue();
        robot.clickOn("#firstButton");
        waitForText(robot, "#rangeLabel", FIRST_PAGE);
        assertThat(shown(robot).get(0).name()).isEqualTo("Momentum SPY 12-1");
    }

    @Test
    void searchMatchesPercentUnderscoreAndQuotesLiterally(FxRobot robot) throws Exception {
        waitForText(robot, "#rangeLabel", FIRST_PAGE);
        Robot.idle(window);

        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        assertThat(robot.lookup("#searchField").query().isFocused()).isTrue();
        robot.write("%_'\"");

        waitForText(robot, "#rangeLabel", "rows 1–1 of 1");
        assertThat(shown(robot)).extracting(StrategyRow::name).containsExactly(AnalystData.LITERAL_NAME);
        robot.interact(() -> robot.lookup("#searchField").queryTextInputControl().setText("50%_off"));
        waitForText(robot, "#rangeLabel", "No strategies match the filters.");
        Robot.shot(robot, "#strategiesTable", "strategies-no-match.png");
        robot.interact(() -> robot.lookup("#searchField").queryTextInputControl().setText("line two"));
        waitForText(robot, "#rangeLabel", "rows 1–1 of 1");
        assertThat(shown(robot)).extracting(StrategyRow::id).containsExactly(AnalystData.LINES);
    }

    @Test
    void filtersByTypeStatusAndConfidence(FxRobot robot) throws Exception {
        waitForText(robot, "#rangeLabel", FIRST_PAGE);
        Robot.idle(window);

        robot.interact(() -> robot.lookup("#typeFilter").<CheckComboBox<String>>query().getCheckModel()
                .check("pairs_trading"));
        waitForText(robot, "#rangeLabel", "rows 1–49 of 49");
        assertThat(shown(robot)).extracting(StrategyRow::type).containsOnly("pairs_trading");

        robot.interact(() -> robot.lookup("#statusFilter").<ComboBox<String>>query().setValue("archived"));
        waitForText(robot, "#rangeLabel", "rows 1–8 of 8");
        assertThat(shown(robot)).extracting(StrategyRow::status).containsOnly("archived");

        robot.clickOn("#minConfidenceField").write("0.6").press(KeyCode.ENTER).release(KeyCode.ENTER);
        Robot.waitUntil(() -> shown(robot).stream().allMatch(r -> r.confidence() >= 0.6));
        Robot.idle(window);
        assertThat(shown(robot)).isNotEmpty().hasSizeLessThan(8);
        Robot.shot(robot, "#strategiesTable", "strategies-filtered.png");

        robot.clickOn("#clearButton");
        waitForText(robot, "#rangeLabel", FIRST_PAGE);
        assertThat(robot.lookup("#typeFilter").<CheckComboBox<String>>query().getCheckModel().getCheckedItems())
                .isEmpty();
    }

    @Test
    void enterOpensTheStrategyCtrlCCopiesItsIdAndAltLeftComesBack(FxRobot robot) throws Exception {
        waitForText(robot, "#rangeLabel", FIRST_PAGE);
        Robot.idle(window);
        TableView<?> table = robot.lookup("#strategiesTable").query();
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });

        robot.press(KeyCode.CONTROL, KeyCode.C).release(KeyCode.C, KeyCode.CONTROL);
        robot.interact(() -> assertThat(Clipboard.getSystemClipboard().getString()).isEqualTo(AnalystData.MOMENTUM));
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);

        waitForText(robot, "#strategyName", "Momentum SPY 12-1");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        Robot.waitUntil(() -> robot.lookup("#strategiesTable").tryQuery().map(n -> n.getScene() != null)
                .orElse(false));
        assertThat(text(robot, "#rangeLabel")).isEqualTo(FIRST_PAGE);
        robot.press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        waitForText(robot, "#strategyName", "Momentum SPY 12-1");
    }
}
