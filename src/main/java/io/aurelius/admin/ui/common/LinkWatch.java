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
    /** How often a lost server is asked again. */
    static final long LOST_EVERY_MS = 500;
    private final Heartbeat heartbeat;
    private final long everyMs;
    private final Consumer<Boolean> onBeat;
    private volatile boolean closed;

    /**
     * Starts beating every {@code every} (twice a second while the server does not answer, so its
     * return shows within a beat or two); {@code onBeat} gets true (answered) or false on the FX thread.
     */
    LinkWatch(Heartbeat heartbeat, Duration every, Consumer<Boolean> onBeat) {
        this.heartbeat = heartbeat;
        this.everyMs = every.toMillis();
        this.onBeat = onBeat;
        timer.schedule(this::beat, everyMs, TimeUnit.MILLISECONDS);
    }

    private void beat() {
        // A beat still due when the watch closes runs after close() (the timer runs delayed tasks after shutdown):
        // it must not connect again, or the old connection's heartbeat session would stay open for good.
        if (closed) {
            heartbeat.close();
            return;
        }
        boolean answered = heartbeat.beat();
        if (closed) {
            heartbeat.close();
            return;
        }
        Platform.runLater(() -> {
            if (!closed) {
                onBeat.accept(answered);
            }
        });
        long next = answered ? everyMs : Math.min(everyMs, LOST_EVERY_MS);
        try {
            timer.schedule(this::beat, next, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    /** Stops beating and closes the heartbeat's connection (on the watch thread, which owns it). */
    @Override
    public void close() {
        closed = true;
        timer.execute(heartbeat::close);
        timer.shutdown();
    }
}
