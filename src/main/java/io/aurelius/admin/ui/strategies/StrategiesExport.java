package io.aurelius.admin.ui.strategies;

import io.aurelius.admin.export.StrategiesCsv;
import io.aurelius.admin.query.Cancel;
import io.aurelius.admin.query.CancelledException;
import io.aurelius.admin.query.SortOrder;
import io.aurelius.admin.query.StrategyFilter;
import io.aurelius.admin.query.Total;
import io.aurelius.admin.ui.common.BackgroundTask;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.TaskRunner;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * "Export CSV…" on the Strategies screen: asks where to save, then streams the list as filtered and sorted now
 * (every page) to that file in the background, with progress, a Cancel, and one sentence at the end. The
 * file appears only when complete (see {@link StrategiesCsv}).
 */
public final class StrategiesExport {

    private final ObservableValue<StrategiesCsv> exporter;
    private final StrategiesViewModel list;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private Cancel cancel;

    /** @param exporter the export service while connected (tables present), else null */
    public StrategiesExport(ObservableValue<StrategiesCsv> exporter, StrategiesViewModel list, TaskRunner runner,
                            DialogService dialogs) {
        this.exporter = exporter;
        this.list = list;
        this.runner = runner;
        this.dialogs = dialogs;
    }

    /** Asks for a file and starts the export (nothing when one runs, or the filters make no sense). */
    public void start() {
        StrategiesCsv csv = exporter.getValue();
        if (running.get() || csv == null) {
            return;
        }
        FilterInputs.Built built = list.filters().build();
        if (!built.ok()) {
            status.set(built.problem());
            return;
        }
        Optional<Path> file = dialogs.chooseSaveFile("Export the strategies list to CSV",
                "strategies-" + LocalDate.now() + ".csv");
        file.ifPresent(f -> run(csv, built.filter(), list.sortProperty().get(), f));
    }

    private void run(StrategiesCsv csv, StrategyFilter filter, SortOrder order, Path file) {
        Cancel c = new Cancel();
        cancel = c;
        AtomicLong rows = new AtomicLong();
        AtomicReference<Total> expected = new AtomicReference<>();
        running.set(true);
        progress.set(-1);
        status.set("Exporting the strategies…");
        BackgroundTask.wrapReporting(say -> csv.export(filter, order, file, c, (n, total) -> {
            rows.set(n);
            expected.set(total);
            say.accept("Exported " + Formats.count(n) + of(total) + " rows…");
        }))
                .titled("Exporting strategies to CSV")
                .onMessage(sentence -> {
                    status.set(sentence);
                    Total t = expected.get();
                    progress.set(t == null || t.count() == 0 ? -1 : Math.min(1.0, (double) rows.get() / t.count()));
                })
                .onSuccess(r -> status.set(String.format(Locale.ROOT, "Exported %s strategies to %s in %.1f s.",
                        Formats.count(r.rows()), r.file().toAbsolutePath(), r.elapsed().toMillis() / 1000.0)))
                .onFailure(this::failed)
                .onFinished(() -> {
                    running.set(false);
                    progress.set(-1);
                    cancel = null;
                })
                .executeWith(runner);
    }

    private void failed(Throwable error) {
        if (error instanceof CancelledException) {
            status.set("Export cancelled; no file was written.");
        } else if (error instanceof UncheckedIOException) {
            status.set(Messages.sentence(error) + "; choose a folder that exists and may be written.");
        } else {
            status.set("Could not export the strategies: " + Messages.sentence(error));
        }
    }

    private static String of(Total t) {
        return t == null ? "" : " of " + (t.estimated() ? "about " : "") + Formats.count(t.count());
    }

    /** Stops a running export; its partial file is removed. */
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

    /** 0 to 1 while the total is known, else -1 (indeterminate). */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Where the export is, or how it ended; "" before the first one. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** True while exporting is possible (connected, tables present). */
    public boolean available() {
        return exporter.getValue() != null;
    }

    public ObservableValue<StrategiesCsv> exporter() {
        return exporter;
    }
}
