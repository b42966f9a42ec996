package io.aurelius.admin.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.Services;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.sql.Connection;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A read that runs too long (another session holds a lock on the table it reads) is stopped by the configured
 * statement timeout with a sentence naming the limit; a running load stops at once when its Cancel is
 * requested; writes are never limited by the read timeout.
 */
class StatementTimeoutTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static Services services;

    @BeforeAll
    static void open() throws Exception {
        try (Services s = Services.connect(DB.settings())) {
            s.schema().init();
        }
        DB.sql(BrowseData.sql(50, "jsonb"));
        services = Services.connect(DB.settings().withStatementTimeout(1));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "A page read blocked by another session's lock is ended by a 1 s "
            + "statement timeout with the sentence naming the limit; the next read works.")
    void aPageBlockedLongerThanTheLimitIsStoppedWithASentence() throws Exception {
        try (Connection locker = lockStrategies()) {
            assertThatThrownBy(() -> services.browser().page(StrategyFilter.none(), SortOrder.newestFirst(), 50,
                    null, true))
                    .isInstanceOf(DatabaseException.class)
                    .hasMessage("The query took longer than 1 s and was stopped: narrow the filters, or raise"
                            + " DB_STATEMENT_TIMEOUT (seconds, 0: no limit).");
        }
        assertThat(services.browser().page(StrategyFilter.none(), SortOrder.newestFirst(), 50, null, true).rows())
                .as("the next read works").hasSize(50);
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "A dashboard panel's read blocked by a lock is ended by the "
            + "statement timeout.")
    void aDashboardPanelBlockedLongerThanTheLimitIsStopped() throws Exception {
        try (Connection locker = lockStrategies()) {
            assertThatThrownBy(() -> services.dashboard().strategiesByType())
                    .isInstanceOf(DatabaseException.class).hasMessageStartingWith("The query took longer than 1 s");
        }
    }

    @Test
    @Proves(value = Reliability.SLOW_QUERY, how = "A page read without a timeout, blocked by a lock, ends as "
            + "cancelled when Cancel is requested.")
    void aRunningPageLoadStopsAtOnceWhenCancelled() throws Exception {
        try (Services unlimited = Services.connect(DB.settings().withStatementTimeout(0));
             Connection locker = lockStrategies()) {
            Cancel cancel = new Cancel();
            CompletableFuture<Object> load = CompletableFuture.supplyAsync(() -> {
                try {
                    return cancel.around(() -> unlimited.browser().page(StrategyFilter.none(),
                            SortOrder.newestFirst(), 50, null, true));
                } catch (Exception e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            Thread.sleep(700);
            assertThat(load).isNotDone();
            cancel.request(); // without the cancel the load would wait for the lock for ever
            assertThatThrownBy(() -> load.get(30, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                    .hasCauseInstanceOf(CancelledException.class);
        }
    }

    @Test
    void aDashboardLoadStopsWhenCancelled() throws Exception {
        try (Connection locker = lockStrategies()) {
            Cancel cancel = new Cancel();
            cancel.request();
            assertThatThrownBy(() -> cancel.around(() -> services.dashboard().strategiesByType()))
                    .isInstanceOf(CancelledException.class);
        }
    }

    @Test
    void writesAreNotLimitedByTheReadTimeout() {
        long slept = services.database().withConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("SELECT pg_sleep(1.5)");
            }
            return 1L;
        });
        assertThat(slept).isEqualTo(1L);
    }

    /** Another session takes a lock on strategies that every read waits for, until the connection closes. */
    private static Connection lockStrategies() throws Exception {
        Connection c = DB.connect();
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("LOCK TABLE strategies IN ACCESS EXCLUSIVE MODE");
        }
        return c;
    }
}
