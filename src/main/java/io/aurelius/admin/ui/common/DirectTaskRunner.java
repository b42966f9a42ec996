package io.aurelius.admin.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** Runs each task on the calling thread, outcome included: for ViewModel tests, no toolkit needed. */
public final class DirectTaskRunner implements TaskRunner {

    private final TaskBook book = new TaskBook();

    @Override
    public <T> void run(BackgroundTask<T> task) {
        long ticket = book.begin(task);
        T result = null;
        Throwable error = null;
        try {
            result = task.call(task::message);
        } catch (Exception e) {
            error = e;
        }
        book.settle(task, ticket, result, error);
    }

    @Override
    public ReadOnlyIntegerProperty runningProperty() {
        return book.running();
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return book.busy();
    }

    @Override
    public ReadOnlyStringProperty activityProperty() {
        return book.activity();
    }

    @Override
    public void shutdown() {
        // nothing runs in the background
    }
}
