package io.aurelius.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.aurelius.admin.config.SettingsException;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.testing.FreshDatabase;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The connection begun before the window: taken once for its own settings, closed when nobody takes it. */
class HeadStartTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @Test
    void theFirstConnectForTheSameSettingsTakesItAndNoOtherDoes() throws Exception {
        HeadStart early = HeadStart.begin(DB.settings());
        assertThat(early.take(DB.settings().withPoolSize(3))).as("other settings").isEmpty();
        try (Services s = early.take(DB.settings()).orElseThrow()) {
            assertThat(s.database().settings()).isEqualTo(DB.settings());
            assertThat(sessions()).as("the pool's first session, opened by the head start's schema read").isOne();
            String database = s.database().readJdbc(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT current_database()")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(database).isEqualTo(DB.name());
            assertThat(early.take(DB.settings())).as("taken once").isEmpty();
            early.close();
            Integer one = s.database().readJdbc(c -> 1);
            assertThat(one).as("close leaves taken services open").isEqualTo(1);
        }
    }

    @Test
    void aHeadStartNobodyTakesIsClosedAndItsSessionsEnd() throws Exception {
        HeadStart early = HeadStart.begin(DB.settings());
        early.close();
        assertThat(early.take(DB.settings())).isEmpty();
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        long sessions;
        do {
            Thread.sleep(100);
            sessions = sessions();
        } while (sessions > 0 && System.nanoTime() < until);
        assertThat(sessions).as("the head start's sessions").isZero();
    }

    @Test
    void aFailedHeadStartGivesItsSentenceToWhoTakesIt() {
        HeadStart early = HeadStart.begin(DB.settings().withDatabase("no_such_db_for_head_start"));
        assertThatThrownBy(() -> early.take(DB.settings().withDatabase("no_such_db_for_head_start")))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("no_such_db_for_head_start");
    }

    @Test
    void settingsResolvedOnItsThreadAreWhatItConnectsWith() {
        HeadStart early = HeadStart.begin(() -> Optional.of(DB.settings()));
        assertThat(early.settings()).contains(DB.settings());
        try (Services s = early.take(DB.settings()).orElseThrow()) {
            Integer one = s.database().readJdbc(c -> 1);
            assertThat(one).isEqualTo(1);
        }
    }

    @Test
    void noSettingsOrAFailedResolutionLeaveNoHeadStart() {
        HeadStart none = HeadStart.begin(Optional::empty);
        assertThat(none.settings()).isEmpty();
        assertThat(none.take(DB.settings())).isEmpty();
        HeadStart failed = HeadStart.begin(() -> {
            throw new SettingsException("DB_PORT must be a number; fix it in .env.");
        });
        assertThat(failed.settings()).as("the window resolves again and shows the fault").isEmpty();
        assertThat(failed.take(DB.settings())).isEmpty();
        HeadStart broken = HeadStart.begin(() -> {
            throw new LinkageError("a class the settings need is missing");
        });
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThat(broken.settings()).isEmpty(),
                "the window's connect must not wait for settings that never come");
        none.close();
        failed.close();
        broken.close();
    }

    private static long sessions() throws Exception {
        try (var c = DB.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                     + " AND application_name LIKE 'aurelius-admin #%'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
