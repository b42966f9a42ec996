package io.aurelius.admin.db;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two clients (two Databases, two pools, as two desktop apps would have) run `db init` on one empty database
 * at once. The first is held inside its migration (another session's uncommitted table of the same name makes
 * it wait) while the second arrives: the second waits for the first's lock rather than reading a half-made
 * schema, then finds the schema current. One created it, the other did nothing, neither saw an error, and the
 * history holds the migration once.
 *
 * <p>Flyway (13.12) has a lock of its own on PostgreSQL, verified in its code: {@code pg_try_advisory_xact_lock}
 * retried up to 50 times about a second apart, then "Unable to acquire PostgreSQL advisory lock". It guards only
 * the migration, not our reading of the schema state before it, and gives up after a minute; SchemaManager's own
 * session lock ({@code pg_advisory_lock}, no limit) covers the whole of init.
 */
class ConcurrentInitTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @Test
    @Proves(value = Reliability.CONCURRENT_INIT, how = "Two pools run init on one empty database while the first is"
            + " held mid-migration: the second waits on the schema lock, then both end with the whole schema, one"
            + " CREATED and one ALREADY_CURRENT, no error, the migration recorded once.")
    void twoClientsInitAtOnceOneMigratesTheOtherWaitsAndFindsItDone() throws Exception {
        try (Database first = Database.open(DB.settings()); Database second = Database.open(DB.settings());
             Connection holder = DB.connect()) {
            holder.setAutoCommit(false);
            exec(holder, "CREATE TABLE validations (x int)"); // uncommitted: the first's migration waits on it
            CompletableFuture<SchemaManager.InitResult> one = CompletableFuture.supplyAsync(
                    () -> new SchemaManager(first).init());
            waitUntil("the first client's migration waits on the held table", () -> waitingOnTable(holder));

            CompletableFuture<SchemaManager.InitResult> two = CompletableFuture.supplyAsync(
                    () -> new SchemaManager(second).init());
            waitUntil("the second client waits on the schema lock", () -> waitingOnSchemaLock() == 1);
            assertThat(two).as("the second did not go ahead on a half-made schema").isNotDone();

            holder.rollback();
            SchemaManager.InitResult a = one.get(60, TimeUnit.SECONDS);
            SchemaManager.InitResult b = two.get(60, TimeUnit.SECONDS);

            assertThat(a.action()).isEqualTo(SchemaManager.InitAction.CREATED);
            assertThat(b.action()).isEqualTo(SchemaManager.InitAction.ALREADY_CURRENT);
            assertThat(b.message()).startsWith("The schema is already current");
            for (SchemaManager.InitResult r : List.of(a, b)) {
                assertThat(r.after().state()).isEqualTo(SchemaReport.State.MANAGED);
                assertThat(r.after().missingTables()).isEmpty();
            }
            assertThat(new SchemaManager(second).inspect().missingIndexes()).isEmpty();
            assertThat(history()).containsExactly("1:true");
        }
    }

    @Test
    @Proves(value = Reliability.CONCURRENT_INIT, how = "Four rounds of two pools starting init together on an emptied"
            + " database: every round exactly one CREATED, the other ALREADY_CURRENT, never an error.")
    void twoClientsStartedTogetherNeverBothMigrate() throws Exception {
        for (int round = 0; round < 4; round++) {
            DB.sql("DROP TABLE IF EXISTS gate_results, validations, backtests, strategies, flyway_schema_history");
            try (Database first = Database.open(DB.settings()); Database second = Database.open(DB.settings())) {
                java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
                List<CompletableFuture<SchemaManager.InitResult>> runs = new ArrayList<>();
                for (Database d : List.of(first, second)) {
                    runs.add(CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return new SchemaManager(d).init();
                    }));
                }
                List<SchemaManager.InitAction> actions = new ArrayList<>();
                for (CompletableFuture<SchemaManager.InitResult> r : runs) {
                    actions.add(r.get(60, TimeUnit.SECONDS).action());
                }
                assertThat(actions).as("round " + round).containsExactlyInAnyOrder(
                        SchemaManager.InitAction.CREATED, SchemaManager.InitAction.ALREADY_CURRENT);
                assertThat(history()).as("round " + round).containsExactly("1:true");
            }
        }
    }

    private static void await(java.util.concurrent.CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** True once a session waits on a lock {@code holder} holds. */
    private static boolean waitingOnTable(Connection holder) throws Exception {
        int pid = holder.unwrap(org.postgresql.PGConnection.class).getBackendPID();
        return count("SELECT count(*) FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))", pid) == 1;
    }

    /** Sessions waiting for SchemaManager's advisory lock (key 0x4155524C: classid 0, objid the key). */
    private static int waitingOnSchemaLock() throws Exception {
        return count("SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND NOT granted AND classid = 0"
                + " AND objid = ? AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                (int) SchemaManager.LOCK_KEY);
    }

    private static int count(String sql, int arg) throws Exception {
        try (Connection c = DB.connect(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** "version:success" for each row of the migration history. */
    private static List<String> history() throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DB.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT version, success FROM flyway_schema_history"
                     + " WHERE version IS NOT NULL ORDER BY installed_rank")) {
            while (rs.next()) {
                out.add(rs.getString(1) + ":" + rs.getBoolean(2));
            }
        }
        return out;
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void waitUntil(String what, Check check) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            if (check.holds()) {
                return;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("never: " + what);
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
