package io.aurelius.admin.ui.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.JsonFuzzRows;
import io.aurelius.admin.testing.JsonFuzzRows.Backtest;
import io.aurelius.admin.testing.JsonFuzzRows.Rows;
import io.aurelius.admin.testing.JsonFuzzRows.Validation;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.common.ShownText;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.Robot;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.sql.Connection;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeTableCell;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;
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
 * The worst of the fuzzed rows on the real screens, headless: backtest reports, validations, gate histories and
 * comparisons. No exception reaches the JavaFX thread's handler, no error dialog opens, the JavaFX thread keeps
 * answering, and what the screens show is readable: no blank column header or tree key, no number hundreds of
 * digits long, a sentence wherever a chart cannot be drawn.
 */
@ExtendWith(ApplicationExtension.class)
@Proves(value = Reliability.HOSTILE_JSON, how = "A TestFX robot opens the 60 most hostile of 1,000 fuzzed rows on"
        + " the real backtest, validation, gate and compare screens and checks that no exception escaped, no dialog"
        + " opened, the JavaFX thread kept answering and every header, key and chart note reads.")
class FuzzedScreensRobotTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private static final java.util.Set<String> KEYED_TABLES = java.util.Set.of("tradesTable", "windowsTable");
    private static Rows rows;
    private final List<Throwable> escaped = new CopyOnWriteArrayList<>();
    private final Findings found = new Findings();
    private MainWindow window;

    @BeforeAll
    static void data() throws Exception {
        try (Services s = Services.connect(DB.settings())) {
            s.schema().init();
        }
        try (Connection c = DB.connect()) {
            rows = JsonFuzzRows.insert(c, 21, true, 20, 600, 200, 200);
        }
    }

    @Start
    void start(Stage stage) {
        Thread.currentThread().setUncaughtExceptionHandler((t, e) -> escaped.add(e));
        window = MainWindow.open(stage, new FixedConnector(DB.settings()), new FxTaskRunner(), BrowseStore.none());
    }

    @AfterEach
    void close() throws Exception {
        Robot.idle(window);
        window.close();
    }

    @Test
    void theWorstFuzzedRowsOpenOnTheRealScreens(FxRobot robot) throws Exception {
        Robot.waitUntil(window::browsing);
        Robot.idle(window);
        List<Backtest> backtests = new ArrayList<>(rows.worstBacktests(20));
        // and those with blank keys, whose trades columns and metrics keys need a name
        rows.backtests().stream().filter(b -> blankKey(b.trades().label()) || blankKey(b.metrics().label()))
                .filter(b -> !b.inProgress()).limit(4).forEach(backtests::add);
        for (Backtest b : backtests) {
            show(robot, Place.backtest(b.id()), b.id() + " " + b.values().stream().map(v -> v.label()).toList());
        }
        List<Validation> validations = new ArrayList<>(rows.worstValidations(15));
        rows.validations().stream().filter(v -> blankKey(v.windows().label())).limit(2).forEach(validations::add);
        for (Validation v : validations) {
            show(robot, Place.validation(v.id()), v.id() + " " + v.windows().label());
        }
        for (String strategy : rows.worstGateStrategies(10)) {
            show(robot, Place.gates(strategy), "gates of " + strategy);
            ListView<?> timeline = robot.lookup("#gateTimeline").queryAs(ListView.class);
            for (int i = 0; i < timeline.getItems().size(); i++) {
                int index = i;
                robot.interact(() -> timeline.getSelectionModel().select(index));
                settle(robot, "gate " + i + " of " + strategy);
            }
        }
        List<Backtest> worst = rows.worstBacktests(60);
        for (int i = 0; i + 4 <= worst.size(); i += 4) {
            List<String> ids = worst.subList(i, i + 4).stream().map(Backtest::id).toList();
            show(robot, Place.compare(ids), "compare " + ids);
        }
        assertThat(found.none()).as(found.report()).isTrue();
    }

    private static boolean blankKey(String label) {
        return label.contains("ODD_KEY") && (label.contains("key → \"\"") || label.contains("key → \"   \""));
    }

    private void show(FxRobot robot, Place place, String what) throws Exception {
        robot.interact(() -> window.go(place));
        settle(robot, what);
    }

    /** Waits for the screen's reads, then checks what it shows. */
    private void settle(FxRobot robot, String what) throws Exception {
        Robot.idle(window);
        CompletableFuture<Boolean> answered = new CompletableFuture<>();
        Platform.runLater(() -> answered.complete(true));
        found.check(answered.get(60, TimeUnit.SECONDS), "JavaFX thread", what, "did not answer");
        WaitForAsyncUtils.waitForFxEvents();
        found.check(escaped.isEmpty(), "uncaught exception", what, escaped.toString());
        escaped.clear();
        List<Window> open = Window.getWindows().stream().filter(Window::isShowing).toList();
        found.check(open.size() == 1, "dialog", what, open.size() + " windows open");
        robot.interact(() -> scan(window.stage().getScene().getRoot(), what));
        // the tabs not shown yet (a report's trades, returns): each in turn
        for (TabPane tabs : robot.lookup(".tab-pane").queryAllAs(TabPane.class)) {
            if (tabs.getScene() == null || !tabs.isVisible()) {
                continue;
            }
            for (int i = 1; i < tabs.getTabs().size(); i++) {
                int index = i;
                robot.interact(() -> tabs.getSelectionModel().select(index));
                WaitForAsyncUtils.waitForFxEvents();
                robot.interact(() -> scan(tabs, what + " › " + tabs.getTabs().get(index).getText()));
            }
            robot.interact(() -> tabs.getSelectionModel().select(0));
        }
        found.check(escaped.isEmpty(), "uncaught exception", what, escaped.toString());
    }

    /** Every node shown: readable headers and keys, short numbers, sentences where charts would be. */
    private void scan(Parent root, String what) {
        Deque<Node> todo = new ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            Node n = todo.pop();
            if (!n.isVisible()) {
                continue;
            }
            // tables whose columns are the stored JSON keys (trades, windows): every header reads
            if (n instanceof TableView<?> t && KEYED_TABLES.contains(t.getId())) {
                leaves(new ArrayList<>(t.getColumns())).forEach(c -> found.check(c.getGraphic() != null
                        || c.getText() != null && !c.getText().isBlank(), "table column", what,
                        "a blank header in " + t.getId()));
            }
            if (n instanceof TreeTableCell<?, ?> cell && !cell.isEmpty() && cell.getItem() != null) {
                TreeTableView<?> tree = cell.getTreeTableView();
                boolean key = tree != null && !tree.getColumns().isEmpty()
                        && (Object) cell.getTableColumn() == tree.getColumns().get(0);
                found.check(!key || cell.getText() != null && !cell.getText().isBlank(), "tree key", what,
                        "a blank key in " + (tree == null ? "?" : tree.getId()));
            }
            if (n instanceof Labeled l && l.getText() != null) {
                String text = l.getText();
                found.check(text.length() <= ShownText.NOTE + ShownText.NOTE / ShownText.BREAK + 60, "label", what,
                        Findings.shown(text));
                // a number hundreds of digits long (1e308 written out), even when cut to a line
                found.check(!text.matches("(?s)-?[0-9][0-9,]{" + Findings.NUMBER_CHARS + ",}.*"), "number", what,
                        Findings.shown(text));
                if (n.getStyleClass().contains("chart-problem")) {
                    found.sentence(text, "chart note", what);
                }
            }
            if (n instanceof Parent p) {
                p.getChildrenUnmodifiable().forEach(todo::push);
            }
        }
    }

    private static List<TableColumnBase<?, ?>> leaves(List<? extends TableColumnBase<?, ?>> columns) {
        List<TableColumnBase<?, ?>> out = new ArrayList<>();
        for (TableColumnBase<?, ?> c : columns) {
            if (c.getColumns().isEmpty()) {
                out.add(c);
            } else {
                out.addAll(leaves(c.getColumns()));
            }
        }
        return out;
    }
}
