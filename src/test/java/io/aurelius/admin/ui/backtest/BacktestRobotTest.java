package io.aurelius.admin.ui.backtest;

import static io.aurelius.admin.ui.strategies.Robot.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.query.BacktestRow;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.main.Screen;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.testing.FixedConnector;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
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

/** Opens backtest reports from the Strategy screen on headless Monocle, against PostgreSQL. */
@ExtendWith(ApplicationExtension.class)
class BacktestRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private MainWindow window;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
        DB.sql(ReportData.sql());
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

    private void ready() throws Exception {
        Robot.waitUntil(window::browsing);
        Robot.idle(window);
    }

    private static int points(FxRobot robot, String chart) {
        XYChart<?, ?> c = robot.lookup(chart).query();
        return c.getData().stream().mapToInt(s -> s.getData().size()).sum();
    }

    @Test
    void enterOnABacktestRowOpensItsReportWithChartsAndBackReturns(FxRobot robot) throws Exception {
        ready();
        robot.interact(() -> window.go(Place.strategy(ReportData.STRATEGY)));
        Robot.waitUntil(() -> robot.lookup("#backtestsTable").tryQuery().map(n -> n.getScene() != null).orElse(false));
        Robot.idle(window);
        TableView<BacktestRow> table = robot.lookup("#backtestsTable").query();
        int row = table.getItems().stream().map(BacktestRow::id).toList().indexOf(ReportData.DATED);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(row);
        });
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        Robot.waitUntil(() -> window.viewModel().placeProperty().get().equals(Place.backtest(ReportData.DATED)));
        Robot.waitUntil(() -> robot.lookup("#equityChart").tryQuery().isPresent() && points(robot, "#equityChart") > 0);
        Robot.idle(window);

        assertThat(text(robot, "#backtestTitle")).isEqualTo("Backtest 2020-01-01 – 2022-12-31");
        assertThat(text(robot, "#backtestStatus")).isEqualTo("completed");
        assertThat(text(robot, "#stat-total_return")).isEqualTo("31.42 %");
        assertThat(text(robot, "#stat-calmar_ratio")).isEqualTo("unreadable");
        assertThat(points(robot, "#equityChart")).isEqualTo(ReportData.DATED_POINTS);
        assertThat(points(robot, "#drawdownChart")).isEqualTo(ReportData.DATED_POINTS);
        assertThat(text(robot, "#curve-points")).isEqualTo("756");
        Robot.shot(robot, "#backtestTitle", "backtest-charts.png");

        Node chart = robot.lookup("#equityChart").query();
        Bounds b = chart.localToScreen(chart.getBoundsInLocal());
        robot.moveTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.5, b.getMinY() + b.getHeight() * 0.4));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#equityChartReadout").<Label>query().getText()).matches("20\\d\\d-\\d\\d-\\d\\d · .*");

        robot.drag(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.3, b.getMinY() + b.getHeight() * 0.4))
                .dropTo(new javafx.geometry.Point2D(b.getMinX() + b.getWidth() * 0.5, b.getMinY() + b.getHeight() * 0.4));
        Robot.idle(window);
        assertThat(window.viewModel().placeProperty().get().screen()).isEqualTo(Screen.BACKTEST);
        ChartSeries zoomed = findViewModelSeries(robot);
        assertThat(zoomed.points()).isLessThan(ReportData.DATED_POINTS);
        assertThat(points(robot, "#drawdownChart")).isLessThan(ReportData.DATED_POINTS);
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT0).release(KeyCode.DIGIT0, KeyCode.CONTROL);
        Robot.idle(window);
        assertThat(points(robot, "#equityChart")).isEqualTo(ReportData.DATED_POINTS);

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT2).release(KeyCode.DIGIT2, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#monthlyHeatmap").tryQuery()).isPresent();
        assertThat(Robot.<Object>rows(robot, "#drawdownsTable")).hasSize(5);
        assertThat(points(robot, "#rollingChart")).isPositive();
        Robot.shot(robot, "#backtestTitle", "backtest-returns.png");

        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#tradesRange")).isEqualTo("trades 1–500 of 1,200");
        assertThat(Robot.cellTexts(robot, "#tradesTable")).contains("SPY", "buy", "2020-01-01 21:00:00");
        Robot.shot(robot, "#backtestTitle", "backtest-trades.png");

        robot.press(KeyCode.ALT, KeyCode.LEFT).release(KeyCode.LEFT, KeyCode.ALT);
        Robot.waitUntil(() -> window.viewModel().placeProperty().get().equals(Place.strategy(ReportData.STRATEGY)));
    }

    private ChartSeries findViewModelSeries(FxRobot robot) throws Exception {
        Robot.waitUntil(() -> robot.lookup("#resetZoomButton").query().isDisabled() == false);
        XYChart<?, ?> c = robot.lookup("#equityChart").query();
        javafx.scene.chart.NumberAxis x = (javafx.scene.chart.NumberAxis) c.getXAxis();
        int n = points(robot, "#equityChart");
        return new ChartSeries(null, null, x.getLowerBound(), x.getUpperBound(), n);
    }

    @Test
    void aBrokenCurveSaysWhatIsWrongAndTheReportStillShows(FxRobot robot) throws Exception {
        ready();
        robot.interact(() -> window.go(Place.backtest(ReportData.OBJECT)));
        Robot.waitUntil(() -> robot.lookup("#equityChartProblem").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("The equity curve is a JSON object")).orElse(false));
        Robot.idle(window);
        assertThat(robot.lookup("#equityChartProblem").query().isVisible()).isTrue();
        assertThat(robot.lookup("#drawdownChart").tryQuery().map(Node::isVisible).orElse(false)).isFalse();
        assertThat(text(robot, "#stat-total_return")).isEqualTo("1.50 %");
        Robot.shot(robot, "#backtestTitle", "backtest-broken.png");

        robot.interact(() -> window.go(Place.backtest(ReportData.FAILED)));
        Robot.waitUntil(() -> ("The backtest failed: " + ReportData.ERROR).equals(text(robot, "#backtestBanner")));
        robot.interact(() -> window.go(Place.backtest(ReportData.NUMBERS)));
        Robot.waitUntil(() -> robot.lookup("#equityChart").query().isVisible() && points(robot, "#equityChart") > 0);
        Robot.idle(window);
        assertThat(points(robot, "#equityChart")).isEqualTo(ReportData.NUMBER_POINTS);
        Robot.shot(robot, "#backtestTitle", "backtest-numbers.png");

        robot.clickOn("#rawMenu").clickOn("metrics");
        Robot.waitUntil(() -> robot.lookup("#rawJsonText").tryQuery().isPresent());
        assertThat(robot.lookup("#rawJsonText").<javafx.scene.control.TextArea>query().getText())
                .contains("\"total_return\" : 4.2");
        robot.clickOn("Close");
        robot.clickOn("#strategyLink");
        Robot.waitUntil(() -> window.viewModel().placeProperty().get().equals(Place.strategy(ReportData.STRATEGY)));
        assertThat(robot.lookup("#backtestTabs").tryQuery().map(n -> n.getScene() == null).orElse(true)).isTrue();
    }
}
