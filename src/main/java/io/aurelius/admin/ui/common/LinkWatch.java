package io.aurelius.admin.ui.common;

import io.aurelius.admin.db.Heartbeat;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * Beats a {@link Heartbeat} on a thread of its own (never the task pool, which may be stuck waiting for
 * the very connection that is gone) and hands each answer to the JavaFX thread.
 */
final class LinkWatch implements AutoCloseable {

    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "aurelius-heartbeat");
        t.setDaemon(true);
        return t;
    });
    private final Heartbeat heartbeat;
    private volatile boolean closed;

    /** Starts beating every {@code every}; {@code onBeat} gets true (answered) or false on the FX thread. */
    LinkWatch(Heartbeat heartbeat, Duration every, Consumer<Boolean> onBeat) {
        this.heartbeat = heartbeat;
        long ms = every.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            boolean answered = heartbeat.beat();
            if (!closed) {
                Platform.runLater(() -> {
                    if (!closed) {
                        onBeat.accept(answered);
                    }
                });
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Stops beating and closes the heartbeat's connection (on the watch thread, which owns it). */
    @Override
    public void close() {
        closed = true;
        timer.execute(heartbeat::close);
        timer.shutdown();
    }
}
