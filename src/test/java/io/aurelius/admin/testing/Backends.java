package io.aurelius.admin.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/** Finds and ends server sessions, for tests of work the server cuts short. */
public final class Backends {

    private Backends() {
    }

    /**
     * Waits until a session waits on {@code blocker}'s locks and returns its pid (looked up from a session of its
     * own: an open transaction sees a frozen pg_stat_activity).
     */
    public static int waitingOn(FreshDatabase db, Connection blocker) throws Exception {
        int blockerPid = blocker.unwrap(org.postgresql.PGConnection.class).getBackendPID();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection watcher = db.connect(); Statement st = watcher.createStatement()) {
            while (System.nanoTime() < until) {
                try (ResultSet rs = st.executeQuery("SELECT pid FROM pg_stat_activity WHERE " + blockerPid
                        + " = ANY (pg_blocking_pids(pid))")) {
                    if (rs.next()) {
                        return rs.getInt(1);
                    }
                }
                Thread.sleep(50);
            }
        }
        throw new AssertionError("no session ever waited on " + blockerPid);
    }

    /** Ends a server session as a server restart would (pg_terminate_backend). */
    public static void terminate(FreshDatabase db, int pid) throws Exception {
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("SELECT pg_terminate_backend(" + pid + ")");
        }
    }
}
