package io.aurelius.admin.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.aurelius.admin.Services;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Refusal, force, replace, cancellation and an API-made json schema. */
class DemoDataSafetyTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    static final DemoSpec SMALL = DemoSpec.of(30).withSeed(5);
    private Services services;
    private DemoData demo;

    @BeforeEach
    void emptySchema() throws SQLException {
        DB.sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
        services = Services.connect(DB.settings());
        demo = new DemoData(services.database());
    }

    @AfterEach
    void close() {
        services.close();
    }

    long count(String sql) throws SQLException {
        try (Connection c = DB.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    void realStrategy() throws SQLException {
        DB.sql("INSERT INTO strategies (id, name, strategy_type, confidence, parameters, created_at, updated_at)"
                + " VALUES ('3f2b6c1e-9a0d-4c8e-b1f7-2d5e8a9c0b14', 'Real one', 'ts_momentum', 0.8, '{}', now(), now())");
    }

    @Test
    void refusesWithoutTables() {
        assertThatThrownBy(() -> demo.generate(SMALL, Progress.NONE, () -> false))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("db init");
    }

    @Test
    void refusesNonDemoDataUnlessForcedAndReplaceKeepsIt() throws SQLException {
        services.schema().init();
        realStrategy();
        assertThatThrownBy(() -> demo.generate(SMALL, Progress.NONE, () -> false))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("The database '" + DB.name() + "' holds AURELIUS data that is not demo data (1 strategy):"
                        + " use an empty database, or pass --force to add demo data beside it.");
        assertThat(count("SELECT count(*) FROM strategies")).isEqualTo(1);

        demo.generate(SMALL.withSafety(true, false), Progress.NONE, () -> false);
        assertThat(count("SELECT count(*) FROM strategies")).isEqualTo(31);
        DB.sql("INSERT INTO backtests (id, strategy_id, start_date, end_date, initial_capital, instruments,"
                + " created_at) SELECT 'a1b2c3d4-0000-4000-8000-000000000001', id, '2024-01-01', '2024-06-01',"
                + " 1000, '[]', now() FROM strategies WHERE " + DemoRandom.SQL_IS_DEMO + " LIMIT 1");

        assertThatThrownBy(() -> demo.generate(SMALL.withSafety(true, false), Progress.NONE, () -> false))
                .hasMessageContaining("already holds demo data").hasMessageContaining("--replace");
        DemoResult r = demo.generate(SMALL.withSeed(6).withSafety(true, true), Progress.NONE, () -> false);
        assertThat(r.cleared()).isPositive();
        assertThat(count("SELECT count(*) FROM strategies WHERE NOT " + DemoRandom.SQL_IS_DEMO)).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM strategies")).isEqualTo(31);
        assertThat(count("SELECT count(*) FROM aurelius_demo WHERE seed = 6")).isEqualTo(1);
        assertThat(count("SELECT count(*) FROM aurelius_demo")).isEqualTo(1);
    }

    @Test
    void demoOnlyDataNeedsReplaceWhichTruncates() throws SQLException {
        services.schema().init();
        demo.generate(SMALL, Progress.NONE, () -> false);
        long backtests = count("SELECT count(*) FROM backtests");
        assertThatThrownBy(() -> demo.generate(SMALL, Progress.NONE, () -> false))
                .isInstanceOf(DatabaseException.class)
                .hasMessage("The database '" + DB.name() + "' already holds demo data (30 strategies, " + backtests
                        + " backtests, 15 validations, 30 gate results): pass --replace to replace it, or use an"
                        + " empty database.");
        DemoResult r = demo.generate(SMALL.withSafety(false, true), Progress.NONE, () -> false);
        assertThat(r.cleared()).isEqualTo(30 + backtests + 15 + 30);
        assertThat(count("SELECT count(*) FROM strategies")).isEqualTo(30);
        assertThat(demo.survey().nonDemoRows()).isZero();
        assertThat(demo.survey().lastSeed()).isEqualTo(5L);
    }

    @Test
    void cancellationLeavesNothing() throws SQLException {
        services.schema().init();
        AtomicBoolean cancel = new AtomicBoolean();
        DemoSpec spec = DemoSpec.of(2_000).withSeed(9);
        assertThatThrownBy(() -> demo.generate(spec, (table, rows, total, f) -> {
            if (table.equals("backtests") && rows > 0) {
                cancel.set(true);
            }
        }, cancel::get)).isInstanceOf(CancellationException.class).hasMessageContaining("nothing was written");
        assertThat(cancel.get()).isTrue();
        for (String t : new String[] {"strategies", "backtests", "validations", "gate_results"}) {
            assertThat(count("SELECT count(*) FROM " + t)).isZero();
        }
        assertThat(count("SELECT count(*) FROM pg_class WHERE relname = 'aurelius_demo'")).isZero();
        // the pooled connection is usable again afterwards
        assertThat(demo.generate(SMALL, Progress.NONE, () -> false).rows()).containsEntry("strategies", 30L);
    }

    @Test
    @Proves(value = Reliability.RESTART_DURING_DEMO, how = "Terminates the generator's writing session while it "
            + "copies backtests: generation fails with a sentence, no table holds a row, and generating again "
            + "works.")
    void theServerEndingTheSessionMidwayLeavesNothing() throws Exception {
        services.schema().init();
        AtomicBoolean cut = new AtomicBoolean();
        DemoSpec spec = DemoSpec.of(2_000).withSeed(9);
        Throwable failure = catchThrowable(() -> demo.generate(spec, (table, rows, total, f) -> {
            if (table.equals("backtests") && rows > 0 && !cut.getAndSet(true)) {
                terminateWriters();
            }
        }, () -> false));
        assertThat(cut.get()).isTrue();
        assertThat(failure).isInstanceOf(io.aurelius.admin.db.DatabaseException.class);
        assertThat(failure.getMessage()).doesNotContain("Exception").contains("nothing was written");
        for (String t : new String[] {"strategies", "backtests", "validations", "gate_results"}) {
            assertThat(count("SELECT count(*) FROM " + t)).isZero();
        }
        assertThat(demo.generate(SMALL, Progress.NONE, () -> false).rows()).containsEntry("strategies", 30L);
    }

    /** Ends every session of this database that holds a write transaction (the generator's), as a restart would. */
    private static void terminateWriters() {
        try (java.sql.Connection c = DB.connect(); java.sql.Statement st = c.createStatement()) {
            st.execute("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database()"
                    + " AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void apiMadeJsonSchemaIsRefusedThenFilledWithForce() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/schemas/api-init-db.sql")) {
            DB.sql(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        long before = count("SELECT count(*) FROM strategies");
        assertThatThrownBy(() -> demo.generate(SMALL, Progress.NONE, () -> false))
                .isInstanceOf(DatabaseException.class).hasMessageContaining("--force");
        DemoResult r = demo.generate(SMALL.withLargeCurves(2, 100, 0).withSafety(true, false), Progress.NONE,
                () -> false);
        assertThat(r.rows()).containsEntry("strategies", 30L);
        assertThat(count("SELECT count(*) FROM strategies")).isEqualTo(before + 30);
        assertThat(count("SELECT count(*) FROM information_schema.columns WHERE table_name = 'backtests'"
                + " AND column_name = 'equity_curve' AND data_type = 'json'")).isEqualTo(1);
        // json columns hold valid JSON of both curve shapes, hostile text included
        assertThat(count("SELECT count(*) FROM backtests WHERE jsonb_typeof(equity_curve::jsonb -> 0) = 'object'"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM backtests WHERE jsonb_typeof(equity_curve::jsonb -> 0) = 'number'"))
                .isPositive();
        assertThat(count("SELECT count(*) FROM strategies WHERE parameters::jsonb ? 'lookback'")).isEqualTo(32);
    }
}
