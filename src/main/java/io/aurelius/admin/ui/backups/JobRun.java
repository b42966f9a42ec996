package io.aurelius.admin.ui.backups;

import io.aurelius.admin.backup.JobListener;
import io.aurelius.admin.backup.Progress;
import io.aurelius.admin.ui.common.BackgroundTask;
import io.aurelius.admin.ui.common.Formats;
import io.aurelius.admin.ui.common.TaskRunner;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * One backup or restore at a time for a screen: runs it in the background and shows its live log (the
 * tool's lines, the newest {@value #LOG_LINES} kept), its progress in words, and cancels it on request.
 * The job's threads only queue what they report; the JavaFX thread takes it in batches.
 */
public final class JobRun {

    static final int LOG_LINES = 2_000;

    /** The work: given the listener to report to, runs the job and returns its result. */
    @FunctionalInterface
    public interface Work<T> {
        T run(JobListener listener) throws Exception;
    }

    private final TaskRunner runner;
    private final ObservableList<String> log = FXCollections.observableArrayList();
    /** One wrapper for every caller: a wrapper made per call holds its listeners only weakly. */
    private final ObservableList<String> logView = FXCollections.unmodifiableObservableList(log);
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final Queue<String> pending = new ConcurrentLinkedQueue<>();
    private final AtomicReference<Progress> latest = new AtomicReference<>();
    private volatile Runnable canceller = () -> { };

    public JobRun(TaskRunner runner) {
        this.runner = runner;
    }

    /**
     * Starts {@code work} unless a job already runs (then does nothing and returns false).
     *
     * @param cancel stops the job (called from the FX thread on {@link #cancel()})
     */
    public <T> boolean start(String title, Work<T> work, Runnable cancel, Consumer<T> done,
                             Consumer<Throwable> failed) {
        if (running.get()) {
            return false;
        }
        log.clear();
        pending.clear();
        latest.set(null);
        progress.set(title + "…");
        canceller = cancel;
        running.set(true);
        AtomicLong ticks = new AtomicLong();
        BackgroundTask.wrapReporting(say -> work.run(new JobListener() {
            @Override
            public void line(String line) {
                pending.add(line);
                say.accept(Long.toString(ticks.incrementAndGet()));
            }

            @Override
            public void progress(Progress p) {
                latest.set(p);
                say.accept(Long.toString(ticks.incrementAndGet()));
            }
        }))
                .titled(title)
                .onMessage(tick -> takeReports())
                .onSuccess(done)
                .onFailure(failed)
                .onFinished(() -> {
                    takeReports();
                    canceller = () -> { };
                    running.set(false);
                })
                .executeWith(runner);
        return true;
    }

    /** Asks the running job to stop (it kills the tool's process tree and removes partial output). */
    public void cancel() {
        if (running.get()) {
            progress.set("Cancelling…");
            canceller.run();
        }
    }

    private void takeReports() {
        for (String line; (line = pending.poll()) != null; ) {
            log.add(line);
        }
        if (log.size() > LOG_LINES) {
            log.remove(0, log.size() - LOG_LINES);
        }
        Progress p = latest.get();
        if (p != null) {
            progress.set(describe(p));
        }
    }

    /** "dumping — 14 objects, 3 tables, 12.4 MB, 0:07" (no size when the tool reports none). */
    public static String describe(Progress p) {
        long s = p.elapsed().toSeconds();
        return p.phase() + " — " + Formats.count(p.objects()) + " objects, " + Formats.count(p.tables())
                + " tables, " + (p.bytes() > 0 ? Formats.bytes(p.bytes()) + ", " : "") + s / 60 + ":"
                + String.format("%02d", s % 60);
    }

    public ObservableList<String> log() {
        return logView;
    }

    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }
}
