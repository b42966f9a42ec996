package io.aurelius.admin.ui.common;

import io.aurelius.admin.config.SettingsException;
import io.aurelius.admin.db.DatabaseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The bookkeeping both runners share: which tasks run (for the busy indicator) and which task is the
 * newest in each slot (so a superseded one's outcome is dropped). Used from one thread: the FX thread
 * for {@link FxTaskRunner}, the caller's for {@link DirectTaskRunner}.
 */
final class TaskBook {

    private static final Logger log = LoggerFactory.getLogger(TaskBook.class);

    private final Map<String, Long> newest = new HashMap<>();
    private final List<String> titles = new ArrayList<>();
    private final ReadOnlyIntegerWrapper running = new ReadOnlyIntegerWrapper(0);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper activity = new ReadOnlyStringWrapper("");
    private long counter;
    private boolean closed;

    /** From now on outcomes are dropped: the window they would update is closing. */
    void close() {
        closed = true;
    }

    /** Registers a task as started; returns its ticket. */
    long begin(BackgroundTask<?> task) {
        long ticket = ++counter;
        if (task.slot() != null) {
            newest.put(task.slot(), ticket);
        }
        titles.add(task.title());
        update();
        return ticket;
    }

    /**
     * Marks the task finished (so the busy indicator is right while its handlers run, e.g. a dialog),
     * delivers the outcome unless a newer task in its slot superseded it, then runs its onFinished.
     */
    <T> void settle(BackgroundTask<T> task, long ticket, T result, Throwable error) {
        titles.remove(task.title());
        update();
        try {
            boolean current = task.slot() == null || newest.get(task.slot()) == ticket;
            if (error != null) {
                logFailure(task.title(), error);
            }
            if (closed) {
                log.debug("{}: outcome dropped, the app is closing", task.title());
            } else if (!current) {
                log.debug("{}: outcome dropped, a newer task replaced it", task.title());
            } else if (error == null) {
                task.succeed(result);
            } else {
                task.fail(error);
            }
        } finally {
            task.finish();
        }
    }

    /**
     * Failures that explain themselves to the user (a wrong setting, a refused connection) are expected:
     * logged at INFO with their trace for the log file; a stop the user asked for, in one line. Anything else is a
     * fault: WARN.
     */
    private static void logFailure(String title, Throwable error) {
        if (error instanceof io.aurelius.admin.query.CancelledException) {
            log.info("{}: stopped, as asked", title); // the user's Stop: nothing went wrong
        } else if (error instanceof DatabaseException || error instanceof SettingsException) {
            log.info("{} failed: {}", title, error.getMessage(), error);
        } else {
            log.warn("{} failed: {}", title, error.getMessage(), error);
        }
    }

    private void update() {
        running.set(titles.size());
        busy.set(!titles.isEmpty());
        activity.set(titles.isEmpty() ? "" : titles.get(titles.size() - 1));
    }

    ReadOnlyIntegerProperty running() {
        return running.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    ReadOnlyStringProperty activity() {
        return activity.getReadOnlyProperty();
    }
}
