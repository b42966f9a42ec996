package io.aurelius.admin.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The server ends the migrating session in the middle of `db init` (after two of the four tables were made):
 * init fails with a sentence, and the catalog holds none of the AURELIUS tables (the migration is one
 * transaction); init run again creates the whole schema.
 */
class InterruptedInitTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @Test
    @Proves(value = Reliability.RESTART_DURING_INIT, how = "Terminates the migrating session "
            + "(pg_terminate_backend) halfway through `db init`: init fails with a sentence, the catalog holds "
            + "none of the four tables, and init run again creates the whole schema.")
    void aMigrationCutMidwayLeavesNoHalfSchemaAndInitAgainCompletesIt() throws Exception {
        try (Services services = Services.connect(DB.settings()); Connection other = DB.connect()) {
            // another session's uncommitted table of the same name makes the migration wait at its third table
            other.setAutoCommit(false);
            exec(other, "CREATE TABLE validations (x int)");
            CompletableFuture<SchemaManager.InitResult> init =
                    CompletableFuture.supplyAsync(() -> services.schema().init());
            int migrating = waitForBlocked(other);
            assertThat(tables(other)).as("the migration had not committed anything when it was cut").isEmpty();
            exec(other, "SELECT pg_terminate_backend(" + migrating + ")");
            assertThatThrownBy(() -> init.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .cause().isInstanceOf(DatabaseException.class)
                    .satisfies(e -> assertThat(e.getMessage()).startsWith("The server ended the connection")
                            .endsWith("so none was half applied: run init again.")
                            .doesNotContain(DB.settings().password()));
            other.rollback();
            assertThat(tables(other)).as("no half schema").isEmpty();

            SchemaManager.InitResult again = services.schema().init();
            assertThat(again.after().state()).isEqualTo(SchemaReport.State.MANAGED);
            assertThat(tables(other)).containsExactly("backtests", "gate_results", "strategies", "validations");
        }
    }

    /** The pid of the session waiting on {@code blocker}'s transaction (seen from a session of its own). */
    private static int waitForBlocked(Connection blocker) throws Exception {
        int blockerPid = blocker.unwrap(org.postgresql.PGConnection.class).getBackendPID();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        try (Connection watcher = DB.connect(); Statement st = watcher.createStatement()) {
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
        throw new AssertionError("the migration never waited");
    }

    /** The AURELIUS tables another session sees (committed ones). */
    private static List<String> tables(Connection c) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection fresh = DB.connect(); Statement st = fresh.createStatement();
             ResultSet rs = st.executeQuery("SELECT relname FROM pg_class WHERE relkind = 'r' AND relnamespace ="
                     + " 'public'::regnamespace AND relname IN ('strategies', 'backtests', 'validations',"
                     + " 'gate_results') ORDER BY 1")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static void exec(Connection c, String sql) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
