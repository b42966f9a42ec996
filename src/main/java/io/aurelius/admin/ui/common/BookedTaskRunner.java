package io.aurelius.admin.ui.common;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/** What every runner shares: the book of tasks in flight and the busy state read from it. */
abstract class BookedTaskRunner implements TaskRunner {

    protected final TaskBook book = new TaskBook();

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
}
