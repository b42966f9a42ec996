package io.aurelius.admin.ui.compare;

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
import java.util.List;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TableView;
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

/** From a strategy's Backtests tab to the Compare screen, on headless Monocle against PostgreSQL. */
@ExtendWith(ApplicationExtension.class)
class CompareRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private MainWindow window;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
        DB.sql(CompareData.sql());
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

    @Test
    void compareSelectedShowsTwoCurvesAndTheTableCutsToDifferences(FxRobot robot) throws Exception {
        Robot.waitUntil(window::browsing);
        Robot.idle(window);
        robot.interact(() -> window.go(Place.strategy(CompareData.S2)));
        Robot.waitUntil(() -> robot.lookup("#backtestsTable").tryQuery().map(n -> n.getScene() != null).orElse(false));
        Robot.idle(window);
        TableView<BacktestRow> table = robot.lookup("#backtestsTable").query();
        Button compare = robot.lookup("#compareButton").query();
        Robot.waitUntil(() -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(compare.isDisabled()).as("one selected").isTrue();
        robot.interact(() -> table.getSelectionModel().selectAll());
        assertThat(compare.isDisabled()).as("two selected").isFalse();

        robot.clickOn(compare);

        Robot.waitUntil(() -> window.viewModel().placeProperty().get().screen().equals(Screen.COMPARE));
        assertThat(window.viewModel().placeProperty().get().arguments())
                .containsExactlyInAnyOrder(CompareData.DATED, CompareData.DATED2);
        Robot.waitUntil(() -> robot.lookup("#compareChart").tryQuery()
                .map(c -> ((XYChart<?, ?>) c).getData().size() == 2).orElse(false));
        Robot.idle(window);
        XYChart<?, ?> chart = robot.lookup("#compareChart").query();
        assertThat(chart.getData()).allSatisfy(s -> assertThat(((Number) s.getData().get(0).getYValue())
                .doubleValue()).isEqualTo(1.0));
        TableView<Comparison.Row> rows = robot.lookup("#compareTable").query();
        assertThat(rows.getColumns()).hasSize(3);
        int all = rows.getItems().size();

        robot.clickOn(robot.lookup("#differencesOnly").<CheckBox>query());
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(rows.getItems().size()).isLessThan(all);
        assertThat(rows.getItems().stream().map(Comparison.Row::name).toList()).contains("Total return")
                .doesNotContain("Capital", "lookback");
        robot.interact(() -> window.go(Place.compare(List.of(CompareData.NUMBERS, CompareData.BROKEN))));
        Robot.waitUntil(() -> chart.getData().size() == 1);
        Robot.idle(window);
        assertThat(robot.lookup("#compareProblems").query().isVisible()).isTrue();
    }
}
