package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.db.Database;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The connection watch's heartbeat session ends when the watch closes (on every reconnect and when a window
 * closes), even when a beat was due just then: otherwise the app would leave sessions behind that a later
 * restore, drop or reset counts as another client's.
 */
class HeartbeatClosedTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @BeforeAll
    static void toolkit() throws TimeoutException {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    @Proves(value = Reliability.RESTORE_WHILE_CONNECTED, how = "A closed connection watch leaves no heartbeat session"
            + " on the server once its last due beat has passed, so the app never meets its own old sessions as"
            + " other clients.")
    void aClosedWatchLeavesNoHeartbeatSession() throws Exception {
        try (Database db = Database.open(DB.settings())) {
            String name = db.applicationName() + " heartbeat";
            for (int round = 0; round < 5; round++) {
                LinkWatch watch = new LinkWatch(db.heartbeat(), Duration.ofMillis(40), answered -> { });
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sessions(name) == 1);
                watch.close();
                Thread.sleep(400); // every beat that was due has run by now
                WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> sessions(name) == 0);
            }
            assertThat(sessions(name)).isZero();
        }
    }

    private static int sessions(String applicationName) throws Exception {
        try (Connection c = DB.connect();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM pg_stat_activity WHERE application_name"
                     + " = ?")) {
            ps.setString(1, applicationName);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
