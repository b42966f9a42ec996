package io.aurelius.admin.ui.common;

import static io.aurelius.admin.ui.strategies.Robot.cellTexts;
import static io.aurelius.admin.ui.strategies.Robot.text;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.chart.Axis;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
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

/**
 * What an analyst reads on the result screens when the data is awkward: an equity curve that barely moves (its
 * value axis must still tell its ticks apart), a validation of 100 windows (its window labels must not run into
 * each other), NaN and Infinity in float columns and JSON (a dash, as a null shows), and names that are empty or
 * only spaces (a muted "(no name)", not a blank cell).
 */
@ExtendWith(ApplicationExtension.class)
class ReadableValuesRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    static final String BLANK = "99999999-0000-4000-8000-000000000001";
    static final String EMPTY = "99999999-0000-4000-8000-000000000002";
    static final String NARROW = "99999999-0000-4000-8000-000000000011";
    static final String FLAT = "99999999-0000-4000-8000-000000000012";
    static final String MANY = "99999999-0000-4000-8000-000000000021";
    static final String SOME = "99999999-0000-4000-8000-000000000022";
    static final int WINDOWS = 100;
    /** Windows whose labels fit the axis on average but not one beside the other (on the test window's 1280 px). */
    static final int SOME_WINDOWS = 64;

    private MainWindow window;

    @BeforeAll
    static void data() throws Exception {
        try (Services s = Services.connect(DB.settings())) {
            s.schema().init();
        }
        DB.sql("""
            INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,
                                    updated_at, status) VALUES
            ('{BLANK}', '   ', 'Only spaces for a name.', 'ts_momentum', 'NaN', '{"": 1, "   ": 2, "lookback": 20}',
             TIMESTAMP '2026-05-02 09:00', TIMESTAMP '2026-05-02 09:00', 'active'),
            ('{EMPTY}', '', 'An empty name.', 'stat_arb', 'Infinity', '{}',
             TIMESTAMP '2026-05-01 09:00', TIMESTAMP '2026-05-01 09:00', 'active');

            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                                   metrics, trades, equity_curve, created_at, duration_seconds)
            SELECT '{NARROW}', '{BLANK}', '2021-01-01', '2021-12-31', 100000, '["SPY"]', 'completed',
             '{"total_return": 0.01, "sharpe_ratio": "NaN", "max_drawdown": "-Infinity", "avg_trade": 1.5}',
             '[{"symbol": "SPY", "side": "buy", "price": 101.25, "pnl": "NaN"},
               {"symbol": "SPY", "side": "sell", "price": 101.5, "pnl": "inf"}]',
             (SELECT jsonb_agg(round((100000 + 30 * sin(i / 9.0))::numeric, 2) ORDER BY i)
                FROM generate_series(0, 299) i),
             TIMESTAMP '2026-05-02 10:00', 'NaN';

            INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments, status,
                                   metrics, trades, equity_curve, created_at, duration_seconds)
            SELECT '{FLAT}', '{BLANK}', '2021-01-01', '2021-12-31', 100000, '["SPY"]', 'completed',
             '{"total_return": 0}', '[]',
             (SELECT jsonb_agg(100000 ORDER BY i) FROM generate_series(0, 299) i),
             TIMESTAMP '2026-05-02 11:00', 1.5;

            INSERT INTO validations (id, strategy_id, start_date, end_date, window_size_days, train_size_days,
                                     initial_capital, status, windows, num_windows, avg_train_sharpe,
                                     avg_test_sharpe, avg_degradation, stability_score, passed, created_at)
            SELECT '{MANY}', '{BLANK}', '2000-01-01', '2024-12-31', 63, 252, 100000, 'completed',
             (SELECT jsonb_agg(jsonb_build_object('window_id', i,
                     'train_sharpe', CASE WHEN i = 7 THEN to_jsonb('NaN'::text) ELSE to_jsonb(1 + (i % 5) * 0.1) END,
                     'test_sharpe', 0.5 - (i % 7) * 0.2) ORDER BY i)
                FROM generate_series(1, {WINDOWS}) i),
             {WINDOWS}, 1.2, 'NaN', 'Infinity', 'NaN', NULL, TIMESTAMP '2026-05-02 12:00';

            INSERT INTO validations (id, strategy_id, start_date, end_date, window_size_days, train_size_days,
                                     initial_capital, status, windows, num_windows, created_at)
            SELECT '{SOME}', '{EMPTY}', '2008-01-01', '2024-12-31', 63, 252, 100000, 'completed',
             (SELECT jsonb_agg(jsonb_build_object('window_id', i, 'train_sharpe', 1 + (i % 5) * 0.1,
                     'test_sharpe', 0.3 + (i % 9) * 0.2) ORDER BY i) FROM generate_series(1, {SOME_WINDOWS}) i),
             {SOME_WINDOWS}, TIMESTAMP '2026-05-01 12:00';
            """.replace("{BLANK}", BLANK).replace("{EMPTY}", EMPTY).replace("{NARROW}", NARROW)
                .replace("{FLAT}", FLAT).replace("{MANY}", MANY).replace("{WINDOWS}", Integer.toString(WINDOWS))
                .replace("{SOME}", SOME).replace("{SOME_WINDOWS}", Integer.toString(SOME_WINDOWS)));
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

    /** The tick labels a chart's value axis shows (its visible texts), top to bottom. */
    private static List<String> shownTicks(FxRobot robot, String chart) {
        XYChart<?, ?> c = robot.lookup(chart).query();
        List<String> out = new ArrayList<>();
        robot.interact(() -> c.getYAxis().getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.isVisible())
                .sorted(Comparator.comparingDouble(n -> n.getBoundsInParent().getMinY()))
                .forEach(n -> out.add(((Text) n).getText())));
        return out;
    }

    /** Texts of the cells (table and tree table) under a node that carry the style class {@code style}. */
    private static List<String> styledCells(FxRobot robot, String query, String style) {
        List<String> out = new ArrayList<>();
        for (String kind : List.of(".table-cell", ".tree-table-cell")) {
            robot.from(robot.lookup(query).<Node>query()).lookup(kind).<IndexedCell<?>>queryAll().stream()
                    .filter(c -> c.getStyleClass().contains(style) && c.getText() != null)
                    .forEach(c -> out.add(c.getText()));
        }
        return out;
    }

    private static List<String> treeTexts(FxRobot robot, String query) {
        return robot.from(robot.lookup(query).<Node>query()).lookup(".tree-table-cell").queryAllAs(Labeled.class)
                .stream().map(Labeled::getText).filter(t -> t != null && !t.isEmpty()).toList();
    }

    @Test
    void anEquityCurveThatBarelyMovesHasValueTicksThatDiffer(FxRobot robot) throws Exception {
        for (String id : List.of(NARROW, FLAT)) {
            go(robot, Place.backtest(id), "#equityChart");
            Robot.waitUntil(() -> !shownTicks(robot, "#equityChart").isEmpty());
            List<String> equity = shownTicks(robot, "#equityChart");
            List<String> drawdown = shownTicks(robot, "#drawdownChart");
            assertThat(equity).as("equity ticks of " + id).hasSizeGreaterThan(2).doesNotHaveDuplicates();
            // a flat curve never falls: its drawdown axis is the single tick 0 %
            assertThat(drawdown).as("drawdown ticks of " + id).hasSizeGreaterThan(id.equals(FLAT) ? 0 : 2)
                    .doesNotHaveDuplicates();
            Robot.shot(robot, "#equityChart", "readable-equity-" + (id.equals(FLAT) ? "flat" : "narrow") + ".png");
        }
    }

    @Test
    void manyWindowsKeepTheirLabelsApartAndTheirBarsVisible(FxRobot robot) throws Exception {
        windowLabelsApart(robot, SOME, SOME_WINDOWS);
        Robot.shot(robot, "#windowsTable", "readable-validation-" + SOME_WINDOWS + ".png");
        windowLabelsApart(robot, MANY, WINDOWS);
        Robot.shot(robot, "#windowsTable", "readable-validation-" + WINDOWS + ".png");
    }

    private void windowLabelsApart(FxRobot robot, String id, int windows) throws Exception {
        go(robot, Place.validation(id), "#windowsTable");
        BarChart<?, ?> chart = robot.lookup("#sharpeChart").query();
        // window 7 of MANY has no train bar (NaN)
        int trainBars = id.equals(MANY) ? windows - 1 : windows;
        Robot.waitUntil(() -> chart.getData().size() == 2 && chart.getData().get(0).getData().size() == trainBars);
        WaitForAsyncUtils.waitForFxEvents();
        List<Bounds> labels = new ArrayList<>();
        List<Bounds> valueTicks = new ArrayList<>();
        Bounds[] valueTitle = {null};
        double[] narrowest = {Double.MAX_VALUE};
        robot.interact(() -> {
            for (Node n : chart.getYAxis().getChildrenUnmodifiable()) {
                if (n instanceof Text && n.isVisible()) {
                    valueTicks.add(n.getBoundsInParent());
                } else if (n instanceof Labeled l && "Sharpe ratio".equals(l.getText())) {
                    valueTitle[0] = n.getBoundsInParent();
                }
            }
            Axis<?> axis = chart.getXAxis();
            axis.getChildrenUnmodifiable().stream().filter(n -> n instanceof Text && n.isVisible())
                    .map(Node::getBoundsInParent).sorted(Comparator.comparingDouble(Bounds::getMinX))
                    .forEach(labels::add);
            chart.lookupAll(".chart-bar").forEach(b -> narrowest[0] = Math.min(narrowest[0],
                    b.getLayoutBounds().getWidth()));
        });
        assertThat(labels).as("window labels shown of " + windows).hasSizeGreaterThan(4);
        for (int i = 1; i < labels.size(); i++) {
            assertThat(labels.get(i).getMinX()).as(windows + " windows: label " + i + " starts after label "
                    + (i - 1) + " ends").isGreaterThan(labels.get(i - 1).getMaxX());
        }
        assertThat(narrowest[0]).as("the narrowest bar's width").isGreaterThanOrEqualTo(1);
        assertThat(valueTicks).isNotEmpty();
        assertThat(valueTicks).as("Sharpe tick labels clear of the axis title " + valueTitle[0])
                .noneMatch(b -> b.intersects(valueTitle[0]));
    }

    @Test
    @Proves(value = Reliability.HOSTILE_JSON, how = "Shows NaN and Infinity stored in float columns and in metrics,"
            + " trades and windows JSON: every one reads as a dash, as a null does, never as raw NaN.")
    void notANumberReadsAsADashInEveryTable(FxRobot robot) throws Exception {
        Robot.waitUntil(window::browsing);
        Robot.idle(window);
        Robot.waitUntil(() -> Robot.rows(robot, "#strategiesTable").size() == 2);
        List<String> list = cellTexts(robot, "#strategiesTable");
        assertThat(list).contains("—").noneMatch(t -> t.contains("NaN") || t.contains("Infinity"));

        go(robot, Place.backtest(NARROW), "#equityChart");
        assertThat(text(robot, "#stat-sharpe_ratio")).isEqualTo("—");
        assertThat(text(robot, "#stat-max_drawdown")).isEqualTo("—");
        robot.press(KeyCode.CONTROL, KeyCode.DIGIT3).release(KeyCode.DIGIT3, KeyCode.CONTROL);
        Robot.waitUntil(() -> cellTexts(robot, "#tradesTable").contains("101.25"));
        List<String> trades = cellTexts(robot, "#tradesTable");
        assertThat(trades).contains("—").noneMatch(t -> t.equalsIgnoreCase("NaN") || t.equalsIgnoreCase("inf"));

        go(robot, Place.validation(MANY), "#windowsTable");
        assertThat(text(robot, "#tileTest")).isEqualTo("—");
        assertThat(text(robot, "#tileDegradation")).isEqualTo("—");
        List<String> windows = cellTexts(robot, "#windowsTable");
        assertThat(windows).contains("—").noneMatch(t -> t.contains("NaN") || t.equals("unreadable"));
        Robot.shot(robot, "#windowsTable", "readable-nan-windows.png");

        go(robot, Place.strategy(BLANK), "#strategyName");
        robot.clickOn("Validations");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cellTexts(robot, "#validationsTable")).contains("—").noneMatch(t -> t.contains("NaN")
                || t.contains("Infinity"));
    }

    @Test
    void blankNamesShowAMutedNoName(FxRobot robot) throws Exception {
        Robot.waitUntil(window::browsing);
        Robot.idle(window);
        Robot.waitUntil(() -> Robot.rows(robot, "#strategiesTable").size() == 2);
        assertThat(styledCells(robot, "#strategiesTable", "muted")).containsExactly("(no name)", "(no name)");

        go(robot, Place.strategy(BLANK), "#strategyName");
        assertThat(text(robot, "#strategyName")).isEqualTo("(no name)");
        assertThat(treeTexts(robot, "#parametersTree")).contains("(no name)", "lookback");
        assertThat(styledCells(robot, "#parametersTree", "muted")).containsOnly("(no name)").hasSize(2);

        go(robot, Place.validation(MANY), "#windowsTable");
        assertThat(text(robot, "#validationStrategy")).isEqualTo("(no name)");
        go(robot, Place.backtest(FLAT), "#equityChart");
        assertThat(text(robot, "#strategyLink")).isEqualTo("(no name)");
    }
}
