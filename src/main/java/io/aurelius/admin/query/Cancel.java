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

    private static final ThreadLocal<Cancel> CURRENT = new ThreadLocal<>();

    /**
     * Runs {@code work} on this thread so that the reads it makes through the query services can be stopped
     * with this Cancel: a request cancels the running statement on the server and the read ends with a
     * {@link CancelledException}.
     */
    public <R> R around(java.util.concurrent.Callable<R> work) throws Exception {
        Cancel outer = CURRENT.get();
        CURRENT.set(this);
        try {
            return work.call();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /**
     * Runs JDBC work on {@code c} so that the Cancel of the current thread ({@link #around}), if any, cancels
     * its running statement; after such a request the work ends with a {@link CancelledException}.
     */
    static <R> R stoppable(java.sql.Connection c, io.aurelius.admin.db.Database.SqlFunction<java.sql.Connection, R> work)
            throws java.sql.SQLException {
        Cancel cancel = CURRENT.get();
        if (cancel == null) {
            return work.apply(c);
        }
        if (cancel.requested()) {
            throw new CancelledException("Stopped, as asked.");
        }
        cancel.onRequest(() -> cancelQuietly(c));
        try {
            return work.apply(c);
        } catch (java.sql.SQLException e) {
            if (cancel.requested()) {
                throw new CancelledException("Stopped, as asked.");
            }
            throw e;
        } finally {
            cancel.onRequest(null);
        }
    }

    private static void cancelQuietly(java.sql.Connection c) {
        try {
            c.unwrap(org.postgresql.core.BaseConnection.class).cancelQuery();
        } catch (java.sql.SQLException | RuntimeException e) {
            // the statement finished meanwhile
        }
    }
}
