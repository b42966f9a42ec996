package io.aurelius.admin.ui.dashboard;

import io.aurelius.admin.ui.common.BackgroundTask;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.TaskRunner;
import java.util.Collection;
import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * One dashboard panel's state: its value (kept while it reloads), whether it loads, and the sentence to show in
 * its place ("Reading…", why it failed, or that there is nothing yet). Each panel loads in its own slot, so a
 * slow or failing one never holds up another.
 */
public final class Panel<T> {

    private final String slot;
    private final String what;
    private final String emptySentence;
    private final ReadOnlyObjectWrapper<T> value = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private int inFlight;

    /**
     * @param what          the panel's content in words, for the sentences ("the recent backtests")
     * @param emptySentence shown when the value is an empty collection ("No backtests yet.")
     */
    Panel(String slot, String what, String emptySentence) {
        this.slot = "dashboard:" + slot;
        this.what = what;
        this.emptySentence = emptySentence;
    }

    /** Reads the panel again; a newer load supersedes an older one. */
    void load(TaskRunner runner, Callable<T> call) {
        inFlight++;
        loading.set(true);
        if (value.get() == null) {
            message.set("Reading " + what + "…");
        }
        BackgroundTask.wrap(call)
                .titled("Reading " + what)
                .inSlot(slot)
                .onSuccess(this::show)
                .onFailure(this::fail)
                .onFinished(() -> loading.set(--inFlight > 0))
                .executeWith(runner);
    }

    void show(T v) {
        value.set(v);
        failed.set(false);
        message.set(v instanceof Collection<?> c && c.isEmpty() ? emptySentence : "");
    }

    void fail(Throwable error) {
        if (error instanceof io.aurelius.admin.query.CancelledException) {
            failed.set(false);
            message.set(value.get() == null ? "Stopped reading " + what + ", as asked; Refresh reads again." : "");
            return;
        }
        value.set(null);
        failed.set(true);
        message.set("Could not read " + what + ": " + Messages.sentence(error));
    }

    /** Empties the panel (e.g. nothing chosen), saying why. */
    void clear(String sentence) {
        value.set(null);
        failed.set(false);
        message.set(sentence);
    }

    public ReadOnlyObjectProperty<T> valueProperty() {
        return value.getReadOnlyProperty();
    }

    /** What to show instead of (or over) the content; "" when the content speaks for itself. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The last load failed: the message says why. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }
}
