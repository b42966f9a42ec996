package io.aurelius.admin.query;

import io.aurelius.admin.db.Database;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A request to stop long work, passed from whoever may cancel (a button, Escape, Ctrl+C) to the work. The work
 * polls {@link #requested()} (or {@link #checkpoint()}) between rows and chunks; a running statement registers a
 * hook that cancels it on the server, so a cancel does not wait for a slow first row. One Cancel may stop several
 * reads at once, on several threads (a screen's header, curve and trades).
 */
public final class Cancel implements Database.Stop {

    /** What a read stopped by a request ends with (screens say their own sentence). */
    static final String STOPPED = "Stopped, as asked.";

    private volatile boolean requested;
    private final Set<Runnable> hooks = ConcurrentHashMap.newKeySet();

    /** Asks the work to stop; safe from any thread, more than once. */
    public void request() {
        requested = true;
        for (Runnable h : hooks) {
            if (hooks.remove(h)) { // each hook runs once, even when two threads request at once
                h.run();
            }
        }
    }

    @Override
    public boolean requested() {
        return requested;
    }

    @Override
    public Runnable whenRequested(Runnable hook) {
        Runnable h = hook::run; // its own identity: the same hook may be registered twice
        hooks.add(h);
        if (requested && hooks.remove(h)) {
            h.run();
        }
        return () -> hooks.remove(h);
    }

    @Override
    public RuntimeException stopped() {
        return new CancelledException(STOPPED);
    }

    /**
     * Runs {@code work} on this thread so that the reads it makes through the query services can be stopped
     * with this Cancel: a request cancels the running statement on the server and the read ends with a
     * {@link CancelledException}; parsing and reducing what was read stop at their next {@link #checkpoint()}.
     */
    public <R> R around(Callable<R> work) throws Exception {
        return Database.stoppedBy(this, work);
    }

    /** Ends the current thread's work with a {@link CancelledException} when its Cancel ({@link #around}) was requested. */
    public static void checkpoint() {
        Database.Stop stop = Database.currentStop();
        if (stop != null && stop.requested()) {
            throw stop.stopped();
        }
    }

    /** {@code in}, checking the current thread's Cancel before each chunk read: a parse of a long value stops between chunks. */
    public static java.io.InputStream checked(java.io.InputStream in) {
        if (in == null || Database.currentStop() == null) {
            return in;
        }
        return new java.io.FilterInputStream(in) {
            @Override
            public int read() throws java.io.IOException {
                checkpoint();
                return super.read();
            }

            @Override
            public int read(byte[] b, int off, int len) throws java.io.IOException {
                checkpoint();
                return super.read(b, off, len);
            }
        };
    }
}
