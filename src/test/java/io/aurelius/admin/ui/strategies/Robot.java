package io.aurelius.admin.ui.strategies;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.Screenshot;
import io.aurelius.admin.ui.main.MainWindow;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** What the browsing robot tests share: the filled database, waits on screen text, screenshots. */
public final class Robot {

    public static final Path SHOTS = Path.of("target", "ui-screenshots");

    private Robot() {
    }

    /** Creates the schema with the app's own init and fills it with {@link AnalystData}. */
    public static void fill(FreshDatabase db) throws Exception {
        try (Services s = Services.connect(db.settings())) {
            s.schema().init();
        }
        db.sql(AnalystData.sql());
    }

    public static String text(FxRobot robot, String query) {
        return robot.lookup(query).tryQuery().map(n -> ((Labeled) n).getText()).orElse(null);
    }

    public static void waitForText(FxRobot robot, String query, String expected) throws TimeoutException {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> expected.equals(text(robot, query)));
        } catch (TimeoutException e) {
            throw new AssertionError(query + " never said \"" + expected + "\"; it says \"" + text(robot, query) + "\"", e);
        }
    }

    public static void waitUntil(Callable<Boolean> condition) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** No work in flight for the window: the screen shows its final state. */
    public static void idle(MainWindow window) throws TimeoutException {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !window.runner().isBusy());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @SuppressWarnings("unchecked")
    public static <S> List<S> rows(FxRobot robot, String query) {
        return List.copyOf(((TableView<S>) robot.lookup(query).query()).getItems());
    }

    /** Every cell text under the node, badges included (what the user reads). */
    public static List<String> cellTexts(FxRobot robot, String tableQuery) {
        Node table = robot.lookup(tableQuery).query();
        List<String> texts = new java.util.ArrayList<>();
        for (String kind : List.of(".table-cell", ".small-badge")) {
            robot.from(table).lookup(kind).queryAllAs(Labeled.class).stream().map(Labeled::getText)
                    .filter(t -> t != null && !t.isEmpty()).forEach(texts::add);
        }
        return texts;
    }

    public static void shot(FxRobot robot, String query, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> Screenshot.write(robot.lookup(query).query().getScene(), SHOTS.resolve(name)));
    }
}
