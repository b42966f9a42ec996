package io.aurelius.admin.ui.strategy;

import static io.aurelius.admin.ui.strategies.Robot.cellTexts;
import static io.aurelius.admin.ui.strategies.Robot.rows;
import static io.aurelius.admin.ui.strategies.Robot.text;
import static io.aurelius.admin.ui.strategies.Robot.waitForText;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.query.BacktestRow;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.strategies.AnalystData;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
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
import org.testfx.util.WaitForAsyncUtils;

/** Drives the Strategy screen on headless Monocle against PostgreSQL filled with realistic, hostile rows. */
@ExtendWith(ApplicationExtension.class)
class StrategyRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private MainWindow window;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
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

    private void open(FxRobot robot, String id) throws Exception {
        waitForText(robot, "#rangeLabel", "rows 1–50 of 246");
        Robot.idle(window);
        robot.interact(() -> window.go(Place.strategy(id)));
        Robot.waitUntil(() -> robot.lookup("#strategyName").tryQuery().map(n -> n.getScene() != null).orElse(false));
        Robot.idle(window);
    }

    @Test
    void showsTheHeaderParametersAndTheGateProgression(FxRobot robot) throws Exception {
        open(robot, AnalystData.MOMENTUM);

        assertThat(text(robot, "#strategyName")).isEqualTo("Momentum SPY 12-1");
        assertThat(text(robot, "#strategyType")).isEqualTo("ts_momentum");
        assertThat(text(robot, "#strategyConfidence")).isEqualTo("confidence 0.82");
        assertThat(text(robot, "#strategyDates")).contains("created 2026-03-01 09:00:00");
        assertThat(text(robot, "#step-dev-tab")).isEqualTo("dev ✓");
        assertThat(text(robot, "#step-crv-tab")).isEqualTo("crv ✗");
        assertThat(text(robot, "#step-product-tab")).isEqualTo("product —");
        assertThat(robot.lookup("#step-crv").query().getStyleClass()).contains("tone-error");
        TreeTableView<ParamNode> tree = robot.lookup("#parametersTree").query();
        List<TreeItem<ParamNode>> top = tree.getRoot().getChildren();
        assertThat(top).extracting(i -> i.getValue().key()).contains("lookback", "vol_target", "universe");
        TreeItem<ParamNode> universe = top.stream().filter(i -> i.getValue().key().equals("universe")).findFirst()
                .orElseThrow();
        assertThat(universe.getChildren()).extracting(i -> i.getValue().key()).containsExactly("symbols", "rebalance");
        assertThat(universe.getChildren().get(0).getChildren()).extracting(i -> i.getValue().value())
                .containsExactly("SPY", "QQQ", "IWM");

        robot.clickOn("#rawToggle");
        WaitForAsyncUtils.waitForFxEvents();
        TextArea raw = robot.lookup("#rawParameters").query();
        assertThat(raw.isVisible()).isTrue();
        assertThat(raw.getText()).contains("\"lookback\" : 252");
        robot.clickOn("#rawToggle");
        Robot.shot(robot, "#strategyName", "strategy.png");
    }

    @Test
    void backtestsShowFormattedNumbersUnreadableValuesAndErrors(FxRobot robot) throws Exception {
        open(robot, AnalystData.MOMENTUM);

        assertThat(Robot.<BacktestRow>rows(robot, "#backtestsTable")).hasSize(3);
        List<String> cells = cellTexts(robot, "#backtestsTable");
        assertThat(cells).contains("100,000", "250,000.50", "SPY, QQQ, IWM", "1.42", "48.37", "-12.85", "1,284",
                "2 min 5 s", "unreadable", "Data feed returned no bars for SPY in 2015-01", "failed");
        TableCell<?, ?> unreadable = robot.lookup("#backtestsTable").lookup(".table-cell")
                .match((Labeled l) -> "unreadable".equals(l.getText())).query();
        assertThat(unreadable.getTooltip().getText()).isEqualTo("Stored as: n/a");
        assertThat(unreadable.getStyleClass()).contains("tone-warn", "numeric");
    }

    @Test
    void tabsSwitchByClickAndKeysAndARowOpensWithItsJson(FxRobot robot) throws Exception {
        open(robot, AnalystData.MOMENTUM);
        TabPane tabs = robot.lookup("#strategyTabs").query();

        robot.clickOn("Validations");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(cellTexts(robot, "#validationsTable")).contains("1.52", "1.11", "81.5", "✓ passed",
                "Window 3 had no trades");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(2);
        assertThat(Robot.<Object>rows(robot, "#gatesTable")).hasSize(2);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT1).release(KeyCode.DIGIT1, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(tabs.getSelectionModel().getSelectedIndex()).isEqualTo(0);

        Node okRow = robot.lookup("#backtestsTable").lookup(".table-cell")
                .match((Labeled l) -> "1,284".equals(l.getText())).query();
        robot.doubleClickOn(okRow);
        // a backtest opens as its report; Back returns here
        Robot.waitUntil(() -> window.viewModel().placeProperty().get().equals(Place.backtest(AnalystData.MOMENTUM_BT_OK)));
        Robot.idle(window);
        assertThat(text(robot, "#backtestTitle")).isEqualTo("Backtest 2020-01-01 – 2024-12-31");
        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        Robot.waitUntil(() -> window.viewModel().placeProperty().get().equals(Place.strategy(AnalystData.MOMENTUM)));
        Robot.idle(window);

        TableView<?> gates = robot.lookup("#gatesTable").query();
        robot.interact(() -> tabs.getSelectionModel().select(2));
        robot.interact(() -> {
            gates.requestFocus();
            gates.getSelectionModel().select(0);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        // a gate row opens the strategy's gate history with that result selected
        Robot.waitUntil(() -> robot.lookup("#gateTimeline").tryQuery().map(n -> n.getScene() != null).orElse(false));
        Robot.idle(window);
        assertThat(text(robot, "#gateTitle")).isEqualTo("CRV gate: thresholds against actuals");
        robot.interact(() -> window.viewModel().back());
        Robot.waitUntil(() -> robot.lookup("#strategyName").tryQuery().map(n -> n.getScene() != null).orElse(false));
    }

    @Test
    void hostileTextStaysTextAndBrokenParametersStillShow(FxRobot robot) throws Exception {
        open(robot, AnalystData.MARKUP);
        assertThat(text(robot, "#strategyName")).isEqualTo(AnalystData.MARKUP_NAME);
        assertThat(text(robot, "#strategyDescription"))
                .isEqualTo("<i>not italic</i> &amp; <a href=\"x\">not a link</a>");
        assertThat(text(robot, "#step-dev")).isEqualTo("dev —");
        Robot.shot(robot, "#strategyName", "strategy-markup.png");

        robot.interact(() -> window.go(Place.strategy(AnalystData.LINES)));
        waitForText(robot, "#strategyName", "Line one ⏎ Line two ⇥ after a tab");
        Robot.idle(window);
        TreeTableView<ParamNode> tree = robot.lookup("#parametersTree").query();
        assertThat(tree.getRoot().getChildren()).extracting(i -> i.getValue().key()).containsExactly("[0]", "[1]",
                "[2]");
        assertThat(text(robot, "#strategyDescription")).isEqualTo("first line\nsecond line");

        robot.interact(() -> window.go(Place.strategy(AnalystData.SCRIPTS)));
        waitForText(robot, "#strategyName", AnalystData.SCRIPTS_NAME);
        Robot.idle(window);
        TreeTableView<ParamNode> scripts = robot.lookup("#parametersTree").query();
        assertThat(scripts.getRoot().getChildren()).extracting(i -> i.getValue().key() + "=" + i.getValue().value())
                .containsExactly("lookback=100", "vol_target=n/a");
        Robot.shot(robot, "#strategyName", "strategy-scripts.png");

        robot.interact(() -> window.go(Place.strategy("no-such-id")));
        waitForText(robot, "#strategyMessage", "There is no strategy with id no-such-id (it may have been deleted).");
    }
}
