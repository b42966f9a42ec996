package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.application.Platform;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;

/**
 * What the screenshot and the first-window mark wait for: the connection settled and the last read's outcome
 * shown. A finished task stops counting as busy just before its outcome is delivered, so a check made right then
 * would see the window without the rows that read brought.
 */
class WhenSettledTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void runsOnceTheLastReadsOutcomeIsShown() throws Exception {
        for (int round = 0; round < 3; round++) {
            FxTaskRunner runner = new FxTaskRunner();
            AtomicBoolean shown = new AtomicBoolean();
            CompletableFuture<Boolean> sawRows = new CompletableFuture<>();
            CompletableFuture<ConnectionState> made = new CompletableFuture<>();
            Platform.runLater(() -> {
                ConnectionState connection = new ConnectionState(new FixedConnector(DB.settings()), runner);
                made.complete(connection);
                // as the Strategies list does: its first read starts when the services come, before "connected"
                connection.servicesProperty().addListener((obs, old, services) -> {
                    if (services != null) {
                        BackgroundTask.wrap(() -> {
                            Thread.sleep(200);
                            return 50;
                        }).onSuccess(rows -> shown.set(true)).executeWith(runner);
                    }
                });
                Screenshot.whenSettled(connection, runner, () -> sawRows.complete(shown.get()));
                connection.connect();
            });
            assertThat(sawRows.get(30, TimeUnit.SECONDS)).as("the rows were shown when it ran").isTrue();
            Platform.runLater(() -> made.join().close());
            runner.shutdown();
        }
    }
}
