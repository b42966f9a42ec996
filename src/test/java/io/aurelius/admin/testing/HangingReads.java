package io.aurelius.admin.testing;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Another client's session holding a lock that makes this app's reads wait for as long as it is held (released
 * by {@link #close}), and what pg_stat_activity shows of the app's sessions meanwhile.
 */
public final class HangingReads implements AutoCloseable {

    private final FreshDatabase db;
    private final Connection locker;

    private HangingReads(FreshDatabase db, String sql) throws SQLException {
        this.db = db;
        this.locker = db.connect();
        locker.setAutoCommit(false);
        try (Statement st = locker.createStatement()) {
            st.execute(sql);
        }
    }

    /** Every read of these tables waits. */
    public static HangingReads tables(FreshDatabase db, String... tables) throws SQLException {
        return new HangingReads(db, "LOCK TABLE " + String.join(", ", tables) + " IN ACCESS EXCLUSIVE MODE");
    }

    /**
     * Only reads that fetch a value {@code table} stores out of line (an equity curve, the trades) wait; reads of
     * its short columns go on. REINDEX holds an exclusive lock on the TOAST table's index until the transaction
     * ends, and fetching an out-of-line value reads that index.
     */
    public static HangingReads largeValues(FreshDatabase db, String table) throws SQLException {
        String index;
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT i.indexrelid::regclass::text"
                + " FROM pg_class t JOIN pg_index i ON i.indrelid = t.reltoastrelid WHERE t.oid = ?::regclass")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalStateException(table + " has no TOAST table");
                }
                index = rs.getString(1);
            }
        }
        return new HangingReads(db, "REINDEX INDEX " + index);
    }

    /** Waits until a session called {@code application} (a LIKE pattern) waits for this lock: its read hangs. */
    public void awaitWaiting(String application) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> waiting(db, application) > 0);
    }

    /** Sessions called {@code application} that wait for a lock now. */
    public static int waiting(FreshDatabase db, String application) throws SQLException {
        return count(db, application, "wait_event_type = 'Lock'");
    }

    /** Statements of sessions called {@code application} that run on the server now. */
    public static int running(FreshDatabase db, String application) throws SQLException {
        return count(db, application, "state = 'active'");
    }

    private static int count(FreshDatabase db, String application, String condition) throws SQLException {
        try (Connection c = db.connect(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM"
                + " pg_stat_activity WHERE application_name LIKE ? AND application_name NOT LIKE '% heartbeat'"
                + " AND pid <> pg_backend_pid() AND " + condition)) {
            ps.setString(1, application);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Ends the other session's transaction: the lock is gone. */
    @Override
    public void close() throws SQLException {
        locker.close();
    }
}
