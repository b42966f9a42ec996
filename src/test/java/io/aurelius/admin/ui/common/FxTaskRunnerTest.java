package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.db.DatabaseException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.application.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The real runner: work off the FX thread, outcomes on it, stale outcomes dropped. */
class FxTaskRunnerTest {

    private final FxTaskRunner runner = new FxTaskRunner(2);
    private final List<String> seen = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void stop() {
        runner.shutdown();
    }

    @Test
    void worksOffTheFxThreadAndDeliversOnIt() throws TimeoutException {
        BackgroundTask.wrap(() -> Platform.isFxApplicationThread() ? "on fx" : "off fx")
                .onSuccess(r -> seen.add(r + ", delivered " + (Platform.isFxApplicationThread() ? "on fx" : "off fx")))
                .executeWith(runner);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !seen.isEmpty());
        assertThat(seen).containsExactly("off fx, delivered on fx");
    }

    @Test
    void failuresArriveOnTheFxThread() throws TimeoutException {
        BackgroundTask.wrap(() -> {
            throw new DatabaseException("No route to the server; check DB_HOST.");
        }).onFailure(e -> seen.add(e.getMessage() + " " + Platform.isFxApplicationThread())).executeWith(runner);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !seen.isEmpty());
        assertThat(seen).containsExactly("No route to the server; check DB_HOST. true");
    }

    @Test
    void aStaleResultIsDroppedAndTheBusyIndicatorClears() throws Exception {
        CountDownLatch olderMayFinish = new CountDownLatch(1);
        BackgroundTask.wrap(() -> {
            olderMayFinish.await(10, TimeUnit.SECONDS);
            return "older";
        }).inSlot("status").onSuccess(seen::add).onFinished(() -> seen.add("older finished")).executeWith(runner);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, runner::isBusy);
        BackgroundTask.wrap(() -> "newer").inSlot("status").onSuccess(seen::add).executeWith(runner);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.contains("newer"));

        assertThat(runner.runningProperty().get()).isEqualTo(1);
        olderMayFinish.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> seen.contains("older finished"));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(seen).containsExactly("newer", "older finished");
        assertThat(runner.isBusy()).isFalse();
    }
}
