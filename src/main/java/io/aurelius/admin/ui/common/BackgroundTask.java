package io.aurelius.admin.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * One piece of slow work and what to do with its outcome:
 * {@code BackgroundTask.wrap(() -> service.call()).onSuccess(...).onFailure(...).executeWith(runner)}.
 * The work runs off the JavaFX Application Thread; the callbacks run on it (with {@link FxTaskRunner}).
 *
 * <p>A task may name a slot: a newer task in the same slot supersedes an older one, whose outcome is then
 * dropped (its {@link #onFinished} still runs, so counters stay balanced).
 */
public final class BackgroundTask<T> {

    /** Work that can say how far it got ("Starting the local server…") while it runs. */
    @FunctionalInterface
    public interface Reporting<T> {
        T call(Consumer<String> say) throws Exception;
    }

    private final Reporting<T> work;
    private String title = "Working";
    private String slot;
    private Consumer<? super T> onSuccess = result -> { };
    private Consumer<Throwable> onFailure = error -> { };
    private Runnable onFinished = () -> { };
    private Consumer<String> onMessage = message -> { };

    private BackgroundTask(Reporting<T> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        Objects.requireNonNull(work, "work");
        return new BackgroundTask<>(say -> work.call());
    }

    /** Work that reports progress sentences; they reach {@link #onMessage} on the UI thread. */
    public static <T> BackgroundTask<T> wrapReporting(Reporting<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Words for the busy indicator, e.g. "Creating the schema". */
    public BackgroundTask<T> titled(String words) {
        this.title = Objects.requireNonNull(words, "title");
        return this;
    }

    /** Newer tasks in the same slot supersede this one. */
    public BackgroundTask<T> inSlot(String name) {
        this.slot = name;
        return this;
    }

    public BackgroundTask<T> onSuccess(Consumer<? super T> handler) {
        this.onSuccess = Objects.requireNonNull(handler, "onSuccess");
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Throwable> handler) {
        this.onFailure = Objects.requireNonNull(handler, "onFailure");
        return this;
    }

    /** Receives the work's progress sentences. */
    public BackgroundTask<T> onMessage(Consumer<String> handler) {
        this.onMessage = Objects.requireNonNull(handler, "onMessage");
        return this;
    }

    /** Runs after success, failure or being superseded; each handler given runs, in the order given. */
    public BackgroundTask<T> onFinished(Runnable handler) {
        Objects.requireNonNull(handler, "onFinished");
        Runnable before = onFinished;
        this.onFinished = () -> {
            try {
                before.run();
            } finally {
                handler.run();
            }
        };
        return this;
    }

    public void executeWith(TaskRunner runner) {
        runner.run(this);
    }

    public String title() {
        return title;
    }

    /** The slot, or null when this task supersedes nothing. */
    public String slot() {
        return slot;
    }

    T call(Consumer<String> say) throws Exception {
        return work.call(say);
    }

    void message(String sentence) {
        onMessage.accept(sentence);
    }

    void succeed(T result) {
        onSuccess.accept(result);
    }

    void fail(Throwable error) {
        onFailure.accept(error);
    }

    void finish() {
        onFinished.run();
    }
}
