package io.aurelius.admin.ui.common;

import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.CancelledException;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;

/**
 * A screen's reads, which the user may stop ({@link StopButton}: Stop, or Escape). Each runs inside the screen's
 * current {@link Cancel}: a stop cancels the running statements on the server and ends parsing and reducing
 * between chunks, so the reads end at once with a {@link CancelledException}; what was shown stays, and the
 * next read runs as usual. Used on the JavaFX thread (the calling thread with {@link DirectTaskRunner}).
 */
public final class Loads {

    private volatile Cancel cancel = new Cancel();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private int running;

    /** A task whose work the screen's Stop ends; the screen counts as loading until it finishes. */
    public <T> BackgroundTask<T> task(Callable<T> work) {
        Callable<T> stoppable = stoppable(work);
        running++;
        loading.set(true);
        return BackgroundTask.wrap(stoppable).onFinished(() -> loading.set(--running > 0));
    }

    /** Work the screen's Stop ends, for a task that says by itself that it loads (the dashboard's panels). */
    public <T> Callable<T> stoppable(Callable<T> work) {
        Cancel c = cancel;
        return () -> c.around(work);
    }

    /**
     * Stops every read under way: the request goes to the server from a thread of its own (it opens a connection
     * to send the cancel), so the screen never waits for it.
     */
    public void stop() {
        Cancel c = cancel;
        cancel = new Cancel(); // reads started from now on run as usual
        Thread t = new Thread(c::request, "aurelius-stop");
        t.setDaemon(true);
        t.start();
    }

    /** True while a read runs: the Stop button shows. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public boolean isLoading() {
        return loading.get();
    }

    /** True when {@code error} ended a read because the user stopped it, not a failure. */
    public static boolean stopped(Throwable error) {
        return error instanceof CancelledException;
    }

    /**
     * The one sentence for a read that ended with {@code error}: "Stopped reading the backtest, as asked; Refresh
     * (F5) reads it again." after a stop, else "Could not read the backtest: " and what went wrong.
     *
     * @param what the thing read, with its article: "the backtest", "the gate results"
     */
    public static String failure(String what, Throwable error) {
        if (stopped(error)) {
            return stoppedSentence(what);
        }
        return "Could not read " + what + ": " + Messages.sentence(error);
    }

    /** "Stopped reading the trades, as asked; Refresh (F5) reads them again." */
    public static String stoppedSentence(String what) {
        boolean plural = what.endsWith("s") && !what.endsWith("status");
        return "Stopped reading " + what + ", as asked; Refresh (F5) reads " + (plural ? "them" : "it") + " again.";
    }
}
