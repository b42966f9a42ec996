package io.aurelius.admin.ui.common;

import io.aurelius.admin.export.JsonFile;
import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.CancelledException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The exports of the result screens (tables to CSV, charts to PNG, a row's JSON to a file), one at a time: asks
 * where to save, runs the work in the background with progress and a Cancel, and ends with one sentence. The
 * work writes through {@code export/AtomicFile}, so a cancel or a failure leaves no file. The main window's
 * status bar shows it ({@link ExportBar}).
 */
public final class ExportJob {

    /** Writes the file; reports progress as a fraction (negative: unknown); returns what it wrote in words. */
    @FunctionalInterface
    public interface Work {
        String write(Path file, Cancel cancel, Progress progress) throws Exception;
    }

    /** Takes a fraction 0..1 (negative: unknown) and the words for it ("12.5 of 40.1 MB"). */
    @FunctionalInterface
    public interface Progress {
        void report(double fraction, String words);
    }

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final Supplier<JsonFile> jsonFile;
    private Cancel cancel;

    /** @param jsonFile saves a row's JSON in full while connected, else gives null */
    public ExportJob(TaskRunner runner, DialogService dialogs, Supplier<JsonFile> jsonFile) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.jsonFile = jsonFile;
    }

    /** What saves a row's JSON in full, or null while not connected. */
    public JsonFile jsonFile() {
        return jsonFile.get();
    }

    /**
     * Asks for a file (offering {@code suggestedName}) and runs {@code work} on it; nothing while another export
     * runs.
     *
     * @param what the thing exported in words, e.g. "the backtests table"
     */
    public void start(String what, String suggestedName, Work work) {
        if (running.get()) {
            status.set("An export is running; wait for it or cancel it first.");
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile("Export " + what, suggestedName);
        file.ifPresent(f -> run(what, f, work));
    }

    /** Runs {@code work} on a file already chosen (tests, and a chart grabbed before the dialog). */
    public void run(String what, Path file, Work work) {
        Cancel c = new Cancel();
        cancel = c;
        AtomicReference<Double> fraction = new AtomicReference<>(-1.0);
        running.set(true);
        progress.set(-1);
        status.set("Exporting " + what + "…");
        long start = System.nanoTime();
        BackgroundTask.wrapReporting(say -> work.write(file, c, (f, words) -> {
            fraction.set(f);
            say.accept("Exporting " + what + ": " + words + "…");
        }))
                .titled("Exporting " + what)
                .onMessage(sentence -> {
                    status.set(sentence);
                    progress.set(Math.min(1.0, fraction.get()));
                })
                .onSuccess(done -> status.set(String.format(Locale.ROOT, "Exported %s to %s in %.1f s.", done,
                        file.toAbsolutePath(), (System.nanoTime() - start) / 1e9)))
                .onFailure(error -> status.set(failure(what, error)))
                .onFinished(() -> {
                    running.set(false);
                    progress.set(-1);
                    cancel = null;
                })
                .executeWith(runner);
    }

    private static String failure(String what, Throwable error) {
        if (error instanceof CancelledException) {
            return "Export cancelled; no file was written.";
        }
        if (error instanceof UncheckedIOException) {
            return Messages.sentence(error) + "; choose a folder that exists and may be written.";
        }
        return "Could not export " + what + ": " + Messages.sentence(error);
    }

    /** Stops the running export; its partial file is removed. */
    public void cancel() {
        Cancel c = cancel;
        if (c != null) {
            c.request();
            status.set("Cancelling the export…");
        }
    }

    /** Clears the last result sentence. */
    public void dismiss() {
        if (!running.get()) {
            status.set("");
        }
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** 0 to 1 while the size is known, else -1 (indeterminate). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Where the export is, or how it ended; "" before the first one. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
