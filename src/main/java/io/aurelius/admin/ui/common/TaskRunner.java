package io.aurelius.admin.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** Runs {@link BackgroundTask}s and tells the UI how much work is in flight. */
public interface TaskRunner {

    <T> void run(BackgroundTask<T> task);

    /** Tasks started and not yet finished. */
    ReadOnlyIntegerProperty runningProperty();

    /** True while any task runs: drives the busy indicator. */
    ReadOnlyBooleanProperty busyProperty();

    /** The title of the most recent task still running, or "" when idle. */
    ReadOnlyStringProperty activityProperty();

    default boolean isBusy() {
        return busyProperty().get();
    }

    /** Stops accepting work; running tasks finish on their own. */
    void shutdown();
}
