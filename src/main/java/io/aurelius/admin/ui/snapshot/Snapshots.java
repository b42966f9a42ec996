package io.aurelius.admin.ui.snapshot;

import io.aurelius.admin.HeadStart;
import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyFilter;
import io.aurelius.admin.query.StrategyPage;
import io.aurelius.admin.ui.common.ConnectionState.Phase;
import io.aurelius.admin.ui.compare.CompareReader;
import io.aurelius.admin.ui.common.Connector;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.Screenshot;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.main.Place;
import io.aurelius.admin.ui.main.Screen;
import io.aurelius.admin.ui.strategies.BrowseStore;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Renders one screen of the desktop app, with live data, to a PNG, on a machine without a display: the
 * JavaFX toolkit runs on Monocle's headless platform with software rendering. Plain Java in its signature,
 * so the command line can call it without touching JavaFX.
 */
public final class Snapshots {

    /** The screens a snapshot can show. */
    public static final List<String> SCREENS = List.of("strategies", "strategy", "backtest", "validation", "gates",
            "dashboard", "compare", "database", "backups", "connections");
    /** Screens that show no row of their own: shown as they are, without --id. */
    private static final List<String> PLAIN = List.of("strategies", "dashboard", "database", "backups", "connections");
    private static final String MONOCLE = "com.sun.glass.ui.monocle.MonoclePlatformFactory";
    private static final long TIMEOUT_MS = 60_000;

    /**
     * What to render.
     *
     * @param screen "strategies" or "strategy"
     * @param id     the strategy for "strategy" and "gates", the validation for "validation"; null means the newest
     *               one (for "gates": a strategy with dev, crv and product results)
     */
    public record Request(String screen, String id, Path output, int width, int height) {
    }

    /** A snapshot that could not be made; the message is one sentence for the user. */
    public static final class SnapshotException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SnapshotException(String sentence, Throwable cause) {
            super(sentence, cause);
        }
    }

    private Snapshots() {
    }

    /** Connects, shows the screen, waits for its data, writes the PNG and closes the window. */
    public static Path render(ConnectionSettings settings, Request request) {
        if (!SCREENS.contains(request.screen())) {
            throw new SnapshotException("There is no screen '" + request.screen() + "' to snapshot; the screens are "
                    + String.join(", ", SCREENS) + ".", null);
        }
        HeadStart early = HeadStart.begin(settings); // connects while the toolkit starts and the window is built
        startToolkit(request.width(), request.height());
        FxTaskRunner runner = new FxTaskRunner();
        MainWindow window = onFx(() -> open(settings, early, runner, request));
        try {
            waitFor(() -> !window.connection().phaseProperty().get().inProgress()
                    && window.connection().phaseProperty().get() != Phase.IDLE, "connecting");
            if (onFx(() -> window.connection().phaseProperty().get()) == Phase.FAILED) {
                Throwable failure = onFx(() -> window.connection().failureProperty().get());
                throw new SnapshotException(Messages.sentence(failure), failure);
            }
            if (!onFx(window::browsing)) {
                throw new SnapshotException("The database has no AURELIUS tables to show; run `db init` first.",
                        null);
            }
            Place place = place(window, request);
            onFx(() -> {
                window.go(place);
                return null;
            });
            settle(runner);
            return onFx(() -> {
                Screenshot.write(windowScene(window), request.output());
                return request.output().toAbsolutePath();
            });
        } finally {
            onFx(() -> {
                window.close();
                window.stage().close();
                return null;
            });
            early.close();
        }
    }

    private static javafx.scene.Scene windowScene(MainWindow window) {
        return window.stage().getScene();
    }

    private static MainWindow open(ConnectionSettings settings, HeadStart early, FxTaskRunner runner,
                                   Request request) {
        Stage stage = new Stage();
        MainWindow window = MainWindow.open(stage, new FixedSettings(settings, early), runner, BrowseStore.none());
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(request.width());
        stage.setHeight(request.height());
        return window;
    }

    private static Place place(MainWindow window, Request request) {
        if (request.screen().equals("backtest")) {
            return backtestPlace(window, request);
        }
        if (request.screen().equals("compare")) {
            return comparePlace(window, request);
        }
        if (PLAIN.contains(request.screen())) {
            return Place.of(Screen.named(request.screen()));
        }
        if (request.screen().equals("validation")) {
            return Place.validation(request.id() != null ? request.id()
                    : window.connection().services().results().newestValidation().orElseThrow(() ->
                    new SnapshotException("There are no validations to show; give one with --id or add some.", null)));
        }
        if (request.screen().equals("gates")) {
            return Place.gates(request.id() != null ? request.id()
                    : window.connection().services().results().strategyWithGates().orElseThrow(() ->
                    new SnapshotException("There are no gate results to show; give a strategy with --id or add"
                            + " some.", null)));
        }
        if (request.id() != null) {
            return Place.strategy(request.id());
        }
        StrategyPage newest = window.connection().services().browser()
                .page(StrategyFilter.none(), SortOrder.newestFirst(), 1, null, true);
        if (newest.rows().isEmpty()) {
            throw new SnapshotException("There are no strategies to show; give one with --id or add some.", null);
        }
        return Place.strategy(newest.rows().get(0).id());
    }

    /** The backtest asked for, or the newest completed one with a curve. */
    private static Place backtestPlace(MainWindow window, Request request) {
        if (request.id() != null) {
            return Place.backtest(request.id());
        }
        return Place.backtest(window.connection().services().reports().newestWithCurve().orElseThrow(() ->
                new SnapshotException("There is no completed backtest with an equity curve; give one with --id.", null)));
    }

    /** The backtests asked for (comma-separated ids), or the 3 newest completed ones with curves. */
    private static Place comparePlace(MainWindow window, Request request) {
        List<String> ids = request.id() != null
                ? java.util.Arrays.stream(request.id().split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList()
                : window.connection().services().reports().newestWithCurves(3);
        if (CompareReader.countProblem(ids.size()) != null) {
            throw new SnapshotException(request.id() != null ? "--id names " + ids.size() + " backtest"
                    + (ids.size() == 1 ? "" : "s") + " and compare shows " + CompareReader.MIN + " to "
                    + CompareReader.MAX + "; give " + CompareReader.MIN + " to " + CompareReader.MAX
                    + " backtest ids separated by commas."
                    : "There are fewer than 2 completed backtests with an equity curve; give 2 to 8 backtest ids"
                    + " separated by commas with --id.", null);
        }
        return Place.compare(ids);
    }

    /** Waits until no work has been in flight for a moment, then lets the screen lay itself out. */
    private static void settle(FxTaskRunner runner) {
        long quietSince = -1;
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            boolean busy = onFx(runner::isBusy);
            long now = System.currentTimeMillis();
            if (busy) {
                quietSince = -1;
            } else if (quietSince < 0) {
                quietSince = now;
            } else if (now - quietSince > 600) {
                return;
            }
            sleep(100);
        }
        throw new SnapshotException("The screen did not finish loading within a minute.", null);
    }

    private static void waitFor(Callable<Boolean> condition, String what) {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (onFx(condition)) {
                return;
            }
            sleep(100);
        }
        throw new SnapshotException("Gave up " + what + " after a minute.", null);
    }

    /** Starts the headless JavaFX toolkit (Monocle, software rendering) once in this JVM. */
    public static void startToolkit(int width, int height) {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("headless.geometry", width + "x" + height + "-32");
        setIfAbsent("java.awt.headless", "true");
        if ("Monocle".equals(System.getProperty("glass.platform"))) {
            try {
                Class.forName(MONOCLE);
            } catch (ClassNotFoundException e) {
                throw new SnapshotException("Snapshots need the Monocle headless platform (org.testfx:openjfx-monocle)"
                        + " on the class path, and this build lacks it.", e);
            }
        }
        CompletableFuture<Void> started = new CompletableFuture<>();
        try {
            Platform.startup(() -> started.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            started.complete(null);
        }
        Platform.setImplicitExit(false);
        try {
            started.get(30, TimeUnit.SECONDS);
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new SnapshotException("The headless JavaFX toolkit did not start.", e);
        }
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static <T> T onFx(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (RuntimeException e) {
                throw e;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            return result.get(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException | TimeoutException e) {
            throw new SnapshotException("The JavaFX thread did not answer.", e);
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SnapshotException("Interrupted.", e);
        }
    }

    /** Connects to the given settings, as the command line resolved them. */
    private record FixedSettings(ConnectionSettings settings, HeadStart early) implements Connector {
        @Override
        public ConnectionSettings resolve() {
            return settings;
        }

        @Override
        public Services connect(ConnectionSettings s, Consumer<String> say) {
            return early.take(s).orElseGet(() -> Services.connect(s));
        }
    }
}
