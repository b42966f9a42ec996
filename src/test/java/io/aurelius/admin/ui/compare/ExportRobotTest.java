package io.aurelius.admin.ui.compare;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.common.Screenshot;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
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

/** The export actions are where an analyst looks: menus on the result screens, Save in the raw JSON dialog. */
@ExtendWith(ApplicationExtension.class)
class ExportRobotTest {

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
    void theScreensOfferTheirExports(FxRobot robot) throws Exception {
        Robot.waitUntil(window::browsing);
        assertThat(robot.lookup("#exportBar").tryQuery()).as("the export's line in the status bar").isPresent();
        robot.interact(() -> window.go(Place.strategy(CompareData.S2)));
        Robot.idle(window);
        MenuButton strategy = robot.lookup("#strategyExport").queryAs(MenuButton.class);
        assertThat(strategy.getItems()).extracting(MenuItem::getText).contains("Backtests to CSV…",
                "Validations to CSV…", "Gate results to CSV…", "Parameters to a JSON file…");
        assertThat(robot.lookup("#saveParameters").tryQuery()).isPresent();

        robot.interact(() -> window.go(Place.compare(List.of(CompareData.DATED, CompareData.DATED2))));
        Robot.idle(window);
        MenuButton compare = robot.lookup("#compareExport").queryAs(MenuButton.class);
        assertThat(compare.getItems()).extracting(MenuItem::getText).containsExactly("Chart to PNG…",
                "Table to CSV…");
        robot.clickOn(compare);
        WaitForAsyncUtils.waitForFxEvents();
        Robot.shot(robot, "#compareExport", "compare-export-menu.png");
        robot.interact(compare::hide);

        robot.interact(() -> window.go(Place.backtest(CompareData.DATED)));
        Robot.idle(window);
        robot.clickOn("#rawMenu");
        robot.clickOn("equity_curve");
        Robot.waitUntil(() -> robot.lookup("#rawJsonSave").tryQuery().isPresent());
        Node save = robot.lookup("#rawJsonSave").query();
        assertThat(((Button) save).getText()).isEqualTo("Save to file…");
        DialogPane pane = robot.lookup("#rawJsonDialog").queryAs(DialogPane.class);
        robot.interact(() -> Screenshot.write(pane.getScene(), Robot.SHOTS.resolve("raw-json-save.png")));
        robot.interact(() -> pane.getScene().getWindow().hide());
    }
}
