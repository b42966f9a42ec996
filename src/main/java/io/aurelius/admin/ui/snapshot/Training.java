package io.aurelius.admin.ui.snapshot;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.ui.common.Connector;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.main.MainWindow;
import io.aurelius.admin.ui.strategies.BrowseStore;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The class-data training run the build makes after packaging ({@code java -XX:ArchiveClassesAtExit=...}): the
 * main window opened on the headless toolkit, a connection tried (to a port nothing listens on, so no server is
 * needed) and the window rendered. The classes this loads (JavaFX, FXML, CSS, the driver, the pool, the app's
 * own) are what a start-up loads; from the archive the JVM maps them instead of reading and verifying them.
 */
public final class Training {

    /** Port 1 on the loopback: refused at once, nothing listens there. */
    private static final ConnectionSettings NOWHERE = new ConnectionSettings("127.0.0.1", 1, "aurelius", "aurelius",
            null, "disable", false, 1, true, Map.of());

    private Training() {
    }

    /** Opens, waits for the connection to fail, renders once and closes; never throws. */
    public static void run() {
        try {
            Snapshots.startToolkit(1600, 1000);
            FxTaskRunner runner = new FxTaskRunner();
            MainWindow window = onFx(() -> MainWindow.open(new Stage(), new Nowhere(), runner, BrowseStore.none()));
            long deadline = System.currentTimeMillis() + 30_000;
            while (onFx(() -> window.connection().phaseProperty().get().inProgress())
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            onFx(() -> {
                window.stage().getScene().snapshot(null);
                window.close();
                window.stage().close();
                return null;
            });
        } catch (Exception | LinkageError e) {
            System.err.println("The start-up training run did not finish (" + e + "); the app starts without it.");
        }
    }

    private static <T> T onFx(Supplier<T> work) throws Exception {
        CompletableFuture<T> done = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                done.complete(work.get());
            } catch (RuntimeException e) {
                done.completeExceptionally(e);
            }
        });
        return done.get(30, TimeUnit.SECONDS);
    }

    private static final class Nowhere implements Connector {
        @Override
        public ConnectionSettings resolve() {
            return NOWHERE;
        }

        @Override
        public Services connect(ConnectionSettings settings, Consumer<String> say) {
            return Services.connect(settings);
        }
    }
}
