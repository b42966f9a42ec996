package io.aurelius.admin.query;

/**
 * A request to stop long work, passed from whoever may cancel (a button, Ctrl+C) to the work. The work polls
 * {@link #requested()} between rows; a running statement registers a hook ({@link #onRequest}) that cancels
 * it on the server, so a cancel does not wait for a slow first row.
 */
public final class Cancel {

    private volatile boolean requested;
    private volatile Runnable hook;

    /** Asks the work to stop; safe from any thread, more than once. */
    public void request() {
        requested = true;
        Runnable h = hook;
        if (h != null) {
            h.run();
        }
    }

    public boolean requested() {
        return requested;
    }

    /** Runs {@code h} on a cancel from now on (or now, when one came already); null removes the hook. */
    void onRequest(Runnable h) {
        hook = h;
        if (h != null && requested) {
            h.run();
        }
    }
}
