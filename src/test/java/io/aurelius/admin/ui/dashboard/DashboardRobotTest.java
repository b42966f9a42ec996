package io.aurelius.admin.ui.dashboard;

import static io.aurelius.admin.ui.strategies.Robot.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.query.Dashboard;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.main.Screen;
import io.aurelius.admin.ui.strategies.AnalystData;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
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

/** The Dashboard on headless Monocle against realistic, hostile rows: panels fill, fail alone, and link on. */
@ExtendWith(ApplicationExtension.class)
class DashboardRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    static Path home;

    private MainWindow window;

    @BeforeAll
    static void data() throws Exception {
        Robot.fill(DB);
    }

    @Start
    void start(Stage stage) {
        window = MainWindow.open(stage, new FixedConnector(DB.settings()), new FxTaskRunner(),
                new BrowseStore(home.resolve(System.nanoTime() + ".json")));
    }

    @AfterEach
    void close() throws Exception {
        Robot.idle(window);
        window.close();
    }

    private void open(FxRobot robot) throws Exception {
        Robot.waitUntil(window::browsing);
        robot.interact(() -> window.go(Place.of(Screen.DASHBOARD)));
        Robot.waitUntil(() -> text(robot, "#typesTotal") != null && text(robot, "#typesTotal").endsWith("strategies"));
        Robot.idle(window);
    }

    @Test
    void everyPanelFillsAndAFailureOpensItsRun(FxRobot robot) throws Exception {
        open(robot);
        assertThat(text(robot, "#typesTotal")).isEqualTo("246 strategies");
        GridPane types = robot.lookup("#typeBars").queryAs(GridPane.class);
        assertThat(types.getChildren()).hasSizeGreaterThanOrEqualTo(3 * 2);
        assertThat(robot.lookup("#gateBars").queryAs(GridPane.class).getChildren()).isNotEmpty();
        assertThat(text(robot, "#activityTime")).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(robot.lookup("#recentTable").queryAs(TableView.class).getItems()).isNotEmpty();
        List<?> failures = robot.lookup("#failuresTable").queryAs(TableView.class).getItems();
        assertThat(failures).extracting(f -> ((Dashboard.Failure) f).id()).contains(AnalystData.MOMENTUM_BT_FAILED);
        for (String panel : List.of("#typesMessage", "#gatesMessage", "#recentMessage", "#failuresMessage",
                "#readyMessage", "#backtestStatusMessage")) {
            assertThat(text(robot, panel)).as(panel).isEmpty();
        }
        Robot.shot(robot, "#typeBars", "dashboard.png");

        Dashboard.Failure first = (Dashboard.Failure) failures.get(0);
        scrollTo(robot, "#failuresTable");
        robot.clickOn(robot.lookup("#failuresTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        Place expected = "validation".equals(first.kind()) ? Place.validation(first.id()) : Place.backtest(first.id());
        Robot.waitUntil(() -> expected.equals(window.viewModel().placeProperty().get()));
    }

    @Test
    void aRecentBacktestOpensItsReport(FxRobot robot) throws Exception {
        open(robot);
        Dashboard.RecentBacktest first = (Dashboard.RecentBacktest) robot.lookup("#recentTable")
                .queryAs(TableView.class).getItems().get(0);
        scrollTo(robot, "#recentTable");
        robot.clickOn(robot.lookup("#recentTable .table-row-cell").nth(0).queryAs(javafx.scene.Node.class));
        Robot.waitUntil(() -> Place.backtest(first.id()).equals(window.viewModel().placeProperty().get()));
        Robot.idle(window);
    }

    @Test
    void aFailingPanelSaysSoWhileTheOthersShow(FxRobot robot) throws Exception {
        open(robot);
        DB.sql("ALTER TABLE gate_results RENAME COLUMN passed TO passed_renamed");
        try {
            robot.clickOn("#dashboardRefresh");
            Robot.waitUntil(() -> text(robot, "#gatesMessage").startsWith("Could not read the gate results: "));
            Robot.idle(window);
            assertThat(robot.lookup("#gatesMessage").queryAs(Label.class).getStyleClass()).contains("tone-error");
            assertThat(text(robot, "#typesTotal")).isEqualTo("246 strategies");
            assertThat(text(robot, "#typesMessage")).isEmpty();
            assertThat(robot.lookup("#recentTable").queryAs(TableView.class).getItems()).isNotEmpty();
        } finally {
            DB.sql("ALTER TABLE gate_results RENAME COLUMN passed_renamed TO passed");
        }
        robot.clickOn("#dashboardRefresh");
        Robot.waitUntil(() -> text(robot, "#gatesMessage").isEmpty());
    }

    @Test
    void aTypesBarListsItsStrategies(FxRobot robot) throws Exception {
        open(robot);
        Label firstType = (Label) robot.lookup("#typeBars").queryAs(GridPane.class).getChildren().get(0);
        String type = firstType.getText();
        robot.clickOn(firstType);
        Robot.waitUntil(() -> window.viewModel().placeProperty().get().screen().equals(Screen.STRATEGIES));
        Robot.idle(window);
        @SuppressWarnings("unchecked")
        CheckComboBox<String> filter = robot.lookup("#typeFilter").queryAs(CheckComboBox.class);
        assertThat(filter.getCheckModel().getCheckedItems()).containsExactly(type);
    }

    /** Scrolls the dashboard so the node shows (the window is smaller than the screen). */
    private static void scrollTo(FxRobot robot, String query) throws Exception {
        robot.interact(() -> {
            ScrollPane scroll = robot.lookup("#dashboard").queryAs(ScrollPane.class);
            javafx.scene.Node node = robot.lookup(query).query();
            double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            double room = scroll.getContent().getBoundsInLocal().getHeight() - scroll.getViewportBounds().getHeight();
            scroll.setVvalue(room <= 0 ? 0 : Math.min(1, y / room));
        });
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
    }
}
