package io.aurelius.admin.ui.validation;

import static io.aurelius.admin.ui.strategies.Robot.cellTexts;
import static io.aurelius.admin.ui.strategies.Robot.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.results.WindowTable;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.gates.GateEntry;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.main.Screen;
import io.aurelius.admin.ui.strategies.AnalystData;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.testing.FixedConnector;
import javafx.scene.Node;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opens a validation and the gate history from the Strategy screen on headless Monocle, with broken rows. */
@ExtendWith(ApplicationExtension.class)
class ResultViewsRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private MainWindow window;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
        DB.sql(ResultRows.sql());
    }

    @Start
    void start(Stage stage) {
        window = MainWindow.open(stage, new FixedConnector(DB.settings()), new FxTaskRunner(), BrowseStore.none());
    }

    @AfterEach
    void close() throws Exception {
        Robot.idle(window);
        window.close();
    }

    private void go(FxRobot robot, Place place, String shownNode) throws Exception {
        Robot.waitUntil(window::browsing);
        Robot.idle(window);
        robot.interact(() -> window.go(place));
        Robot.waitUntil(() -> robot.lookup(shownNode).tryQuery().map(n -> n.getScene() != null).orElse(false));
        Robot.idle(window);
    }

    private void shown(FxRobot robot, String node) throws Exception {
        Robot.waitUntil(() -> robot.lookup(node).tryQuery().map(n -> n.getScene() != null).orElse(false));
        Robot.idle(window);
    }

    @Test
    void aValidationRowOpensTheValidationAndBackReturns(FxRobot robot) throws Exception {
        go(robot, Place.strategy(AnalystData.MOMENTUM), "#strategyName");
        robot.clickOn("Validations");
        WaitForAsyncUtils.waitForFxEvents();
        Node row = robot.lookup("#validationsTable").lookup(".table-cell")
                .match((Labeled l) -> "2016-01-01 – 2024-12-31".equals(l.getText())).query();
        robot.doubleClickOn(row);
        shown(robot, "#windowsTable");
        assertThat(window.viewModel().placeProperty().get()).isEqualTo(Place.validation(ResultRows.FULL));
        assertThat(text(robot, "#validationStrategy")).isEqualTo("Momentum SPY 12-1");
        assertThat(text(robot, "#tileWindows")).isEqualTo("4");
        assertThat(text(robot, "#tileDegradation")).isEqualTo("56.8 %");
        assertThat(text(robot, "#stabilityValue")).isEqualTo("62.5");
        assertThat(text(robot, "#chartNote")).isEqualTo("No bar for window 2 test (unreadable: n/a).");
        assertThat(Robot.<WindowTable.Row>rows(robot, "#windowsTable")).hasSize(4);
        assertThat(cellTexts(robot, "#windowsTable")).contains("2017-05-19", "1.62", "unreadable", "18.40 %",
                "25.3 %", "bull");
        BarChart<?, ?> chart = robot.lookup("#sharpeChart").query();
        assertThat(chart.getData()).hasSize(2);
        assertThat(chart.getData().get(0).getData()).hasSize(4);
        assertThat(chart.getData().get(1).getData()).hasSize(3);
        Robot.shot(robot, "#windowsTable", "validation.png");

        robot.clickOn("#validationRawToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#validationRaw").<TextArea>query().getText()).contains("\"test_sharpe\" : \"n/a\"");
        robot.clickOn("#validationRawToggle");

        robot.clickOn("#validationStrategy");
        shown(robot, "#strategyName");
        assertThat(window.viewModel().placeProperty().get()).isEqualTo(Place.strategy(AnalystData.MOMENTUM));
        robot.interact(() -> window.viewModel().back());
        shown(robot, "#windowsTable");
        assertThat(window.viewModel().placeProperty().get().screen()).isEqualTo(Screen.VALIDATION);
    }

    @Test
    void failedPendingAndBrokenValidationsShowWhatIsWrong(FxRobot robot) throws Exception {
        go(robot, Place.validation(ResultRows.FAILED), "#windowsTable");
        assertThat(text(robot, "#validationError")).isEqualTo("Failed: Window 3 had no trades");
        assertThat(text(robot, "#validationStatus")).isEqualTo("failed");
        Robot.shot(robot, "#windowsTable", "validation-failed.png");
        robot.interact(() -> window.go(Place.validation(ResultRows.PENDING)));
        Robot.waitForText(robot, "#validationStatus", "pending");
        assertThat(text(robot, "#validationNotice")).startsWith("This validation is pending");
        robot.interact(() -> window.go(Place.validation(ResultRows.OBJECT)));
        Robot.waitForText(robot, "#windowsNote", "The windows are stored as an object keyed by name, not a list;"
                + " each value is shown as a window.");
        Robot.idle(window);
        Robot.shot(robot, "#windowsTable", "validation-object.png");
        robot.interact(() -> window.go(Place.validation(ResultRows.JUNK)));
        Robot.waitForText(robot, "#windowsNote", "3 of 4 entries are not window objects; they show as unreadable rows.");
        Robot.idle(window);
        Robot.shot(robot, "#windowsTable", "validation-junk.png");
    }

    @Test
    void aGateRowOpensTheHistoryWithThatResultSelected(FxRobot robot) throws Exception {
        go(robot, Place.strategy(AnalystData.PAIRS), "#strategyName");
        robot.clickOn("Gate results");
        WaitForAsyncUtils.waitForFxEvents();
        Node crv = robot.lookup("#gatesTable").lookup(".table-cell").match((Labeled l) -> "crv".equals(l.getText()))
                .query();
        robot.doubleClickOn(crv);
        shown(robot, "#gateTimeline");
        ListView<GateEntry> timeline = robot.lookup("#gateTimeline").query();
        assertThat(timeline.getItems()).extracting(GateEntry::title).containsExactly("dev ✓ passed",
                "crv ✓ passed", "product ✓ passed");
        assertThat(timeline.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(text(robot, "#gatesStrategy")).isEqualTo("Pairs KO/PEP");
        assertThat(text(robot, "#gates-step-product")).isEqualTo("product ✓");
        assertThat(robot.lookup("#crvCriteria").query().isVisible()).isTrue();

        robot.clickOn("product ✓ passed");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#gateTitle")).isEqualTo("Product gate: production readiness");
        assertThat(text(robot, "#productReady")).isEqualTo("yes");
        assertThat(text(robot, "#productRecommendation")).isEqualTo("Deploy with half size; watch the spread.");
        Robot.shot(robot, "#gateTimeline", "gates-product.png");
        robot.interact(() -> window.viewModel().back());
        shown(robot, "#strategyName");
    }

    @Test
    void everyGateTypeAndShapeShows(FxRobot robot) throws Exception {
        go(robot, Place.gates(ResultRows.BROKEN, ResultRows.GATE_DEV_KEYED), "#gateTimeline");
        assertThat(cellTexts(robot, "#devChecks")).contains("lookahead", "✗ failed", "No future data",
                "uses close of t+1", "costs", "✓ passed");
        Robot.shot(robot, "#gateTimeline", "gates-dev-keyed.png");
        ListView<GateEntry> timeline = robot.lookup("#gateTimeline").query();

        robot.interact(() -> timeline.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#crvCriteria").query().isVisible()).isTrue();
        assertThat(cellTexts(robot, "#crvCriteria")).contains("Sharpe ratio", "1.00", "1.23", "unreadable",
                "✓ pass (computed)", "✗ fail ⚠", "actual ≥ threshold");
        assertThat(text(robot, "#gateRestTitle")).isEqualTo("Other fields");
        Robot.shot(robot, "#gateTimeline", "gates-crv-strings.png");

        robot.interact(() -> timeline.getSelectionModel().select(3));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#gateProblem")).isEqualTo("The results are an array, not an object of named fields.");
        assertThat(text(robot, "#gateRestTitle")).isEqualTo("Results as stored");

        robot.interact(() -> timeline.getSelectionModel().select(4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#productScore")).isEqualTo("unreadable (stored as high)");
        assertThat(cellTexts(robot, "#readinessChecks")).contains("risk_review", "capacity", "unreadable");
        Robot.shot(robot, "#gateTimeline", "gates-product-list.png");

        robot.interact(() -> timeline.getSelectionModel().select(5));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#gateTitle")).isEqualTo("Gate “risk”");
        assertThat(robot.lookup("#gateRest").query().isVisible()).isTrue();
        assertThat(robot.lookup("#devChecks").query().isVisible()).isFalse();
        robot.clickOn("#gateRawToggle");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#gateRaw").<TextArea>query().getText()).contains("\"var_95\" : 0.021");
        Robot.shot(robot, "#gateTimeline", "gates-risk-raw.png");
        robot.clickOn("#gateRawToggle");
        assertThat(Robot.<Object>rows(robot, "#crvCriteria")).isEmpty();
        assertThat(robot.lookup("#readinessChecks").<TableView<?>>query().getItems()).isEmpty();
    }
}
