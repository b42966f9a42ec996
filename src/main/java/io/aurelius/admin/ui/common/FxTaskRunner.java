package io.aurelius.admin.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.application.Platform;
import javafx.concurrent.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs tasks as {@link javafx.concurrent.Task}s on a small pool of daemon threads and delivers their
 * outcome on the JavaFX Application Thread. {@link #run} may be called from any thread.
 */
public final class FxTaskRunner extends BookedTaskRunner {

    private static final Logger log = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService pool;

    public FxTaskRunner() {
        this(3);
    }

    public FxTaskRunner(int threads) {
        this.pool = Executors.newFixedThreadPool(threads, daemonThreads());
    }

    @Override
    public <T> void run(BackgroundTask<T> task) {
        if (Platform.isFxApplicationThread()) {
            start(task);
        } else {
            Platform.runLater(() -> start(task));
        }
    }

    private <T> void start(BackgroundTask<T> task) {
        if (pool.isShutdown()) {
            log.debug("{}: not started, the app is closing", task.title());
            return;
        }
        long ticket = book.begin(task);
        Task<T> fx = new Task<>() {
            @Override
            protected T call() throws Exception {
                return task.call(this::updateMessage);
            }
        };
        fx.messageProperty().addListener((obs, old, sentence) -> task.message(sentence));
        fx.setOnSucceeded(e -> book.settle(task, ticket, fx.getValue(), null));
        fx.setOnFailed(e -> book.settle(task, ticket, null, fx.getException()));
        fx.setOnCancelled(e -> book.settle(task, ticket, null, new IllegalStateException("cancelled")));
        pool.execute(fx);
    }

    /** Starts nothing more and delivers no more outcomes; running work finishes on its own. */
    @Override
    public void shutdown() {
        pool.shutdown();
        if (Platform.isFxApplicationThread()) {
            book.close();
        } else {
            Platform.runLater(book::close);
        }
    }

    private static ThreadFactory daemonThreads() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "aurelius-task-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
