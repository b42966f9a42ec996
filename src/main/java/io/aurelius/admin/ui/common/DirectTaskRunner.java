package io.aurelius.admin.ui.common;


/** Runs each task on the calling thread, outcome included: for ViewModel tests, no toolkit needed. */
public final class DirectTaskRunner extends BookedTaskRunner {


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
    public void shutdown() {
        // nothing runs in the background
    }
}
