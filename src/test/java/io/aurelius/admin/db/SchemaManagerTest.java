package io.aurelius.admin.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.Services;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** `db init/drop/reset` against real PostgreSQL databases built the ways DATA-SHAPES.md lists. */
class SchemaManagerTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    @RegisterExtension
    static final FreshDatabase GUIDE = new FreshDatabase();

    private Services services;

    @BeforeEach
    void emptySchema() throws SQLException {
        DB.sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
        services = Services.connect(DB.settings());
    }

    @AfterEach
    void close() {
        services.close();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SchemaManagerTest.class.getResourceAsStream("/schemas/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** DB_POOL_SIZE sizes the browsing pool; schema work (Flyway holds two connections, init a third) must not wait on it. */
    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {1, 2})
    void initStatusDropAndResetWorkWithTheSmallestPools(int poolSize) {
        services.close();
        services = Services.connect(DB.settings().withPoolSize(poolSize));

        assertThat(services.schema().init().action()).isEqualTo(SchemaManager.InitAction.CREATED);
        assertThat(services.schema().status().migrations()).isNotEmpty();
        assertThat(services.schema().init().action()).isEqualTo(SchemaManager.InitAction.ALREADY_CURRENT);
        assertThat(services.schema().reset(Confirmation.assumedYes(DB.name())).action())
                .isEqualTo(SchemaManager.InitAction.CREATED);
        assertThat(services.schema().drop(Confirmation.assumedYes(DB.name()))).hasSize(5);
        assertThat(services.schema().inspect().state()).isEqualTo(SchemaReport.State.EMPTY);
    }

    @Test
    void initOnEmptyDatabaseGivesTheGuidesCatalogExactly() throws Exception {
        assertThat(services.schema().inspect().state()).isEqualTo(SchemaReport.State.EMPTY);

        SchemaManager.InitResult r = services.schema().init();

        assertThat(r.action()).isEqualTo(SchemaManager.InitAction.CREATED);
        assertThat(r.after().state()).isEqualTo(SchemaReport.State.MANAGED);
        assertThat(r.after().flywayVersion()).isEqualTo("1");
        assertThat(r.after().missingIndexes()).isEmpty();
        GUIDE.sql("DROP SCHEMA public CASCADE; CREATE SCHEMA public;");
        GUIDE.sql(resource("guide-ddl.sql"));
        try (Connection ours = DB.connect(); Connection guide = GUIDE.connect()) {
            List<String> expected = Catalog.snapshot(guide);
            assertThat(expected).hasSizeGreaterThan(60);
            assertThat(Catalog.snapshot(ours)).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void initTwiceIsAlreadyCurrent() {
        services.schema().init();
        SchemaManager.InitResult again = services.schema().init();
        assertThat(again.action()).isEqualTo(SchemaManager.InitAction.ALREADY_CURRENT);
    }

    @Test
    void guideDdlRunByHandIsAdopted() throws Exception {
        DB.sql(resource("guide-ddl.sql"));
        SchemaReport before = services.schema().inspect();
        assertThat(before.state()).isEqualTo(SchemaReport.State.FOREIGN);
        assertThat(before.origin()).contains("guide's DDL");

        SchemaManager.InitResult r = services.schema().init();

        assertThat(r.action()).isEqualTo(SchemaManager.InitAction.ADOPTED);
        assertThat(r.after().state()).isEqualTo(SchemaReport.State.MANAGED);
    }

    @Test
    void apiBuiltDatabaseIsAdoptedWithoutChangingARow() throws Exception {
        DB.sql(resource("api-init-db.sql"));
        String[] tables = {"strategies", "backtests", "validations", "gate_results", "users", "alembic_version",
            "orchestrator_runs"};
        List<String> catalogBefore;
        List<String> rowsBefore;
        try (Connection c = DB.connect()) {
            catalogBefore = Catalog.snapshot(c);
            rowsBefore = Catalog.rowDigests(c, tables);
        }
        SchemaReport before = services.schema().inspect();
        assertThat(before.state()).isEqualTo(SchemaReport.State.FOREIGN);
        assertThat(before.origin()).contains("Alembic").contains("7f3a9c21b4de");
        assertThat(before.jsonColumnType()).isEqualTo("json");
        assertThat(before.otherTables()).containsExactly("orchestrator_runs", "users");

        SchemaManager.InitResult r = services.schema().init();

        assertThat(r.action()).isEqualTo(SchemaManager.InitAction.ADOPTED);
        assertThat(r.message()).contains("no row was changed");
        assertThat(r.after().state()).isEqualTo(SchemaReport.State.MANAGED);
        try (Connection c = DB.connect()) {
            assertThat(Catalog.snapshot(c)).containsExactlyElementsOf(catalogBefore);
            assertThat(Catalog.rowDigests(c, tables)).containsExactlyElementsOf(rowsBefore);
        }
        assertThat(services.schema().init().action()).isEqualTo(SchemaManager.InitAction.ALREADY_CURRENT);
    }

    @Test
    void partialSchemaIsCompletedKeepingRows() throws Exception {
        DB.sql("CREATE TABLE strategies (id VARCHAR(36) PRIMARY KEY, name VARCHAR(255) NOT NULL, description TEXT,"
                + " strategy_type VARCHAR(50) NOT NULL, confidence FLOAT NOT NULL, parameters JSONB NOT NULL,"
                + " created_at TIMESTAMP NOT NULL, updated_at TIMESTAMP NOT NULL, status VARCHAR(20) DEFAULT 'active');"
                + "INSERT INTO strategies VALUES ('s1', 'kept', NULL, 'stat_arb', 0.5, '{}', now(), now(), 'active')");
        SchemaReport before = services.schema().inspect();
        assertThat(before.state()).isEqualTo(SchemaReport.State.PARTIAL);
        assertThat(before.missingTables()).containsExactly("backtests", "validations", "gate_results");

        SchemaManager.InitResult r = services.schema().init();

        assertThat(r.action()).isEqualTo(SchemaManager.InitAction.COMPLETED);
        assertThat(r.after().state()).isEqualTo(SchemaReport.State.MANAGED);
        assertThat(services.crud().getStrategy("s1").getName()).isEqualTo("kept");
    }

    @Test
    void driftIsNamedInWordsAndInitRefuses() throws Exception {
        DB.sql(resource("guide-ddl.sql"));
        DB.sql("ALTER TABLE backtests DROP COLUMN metrics; ALTER TABLE strategies ALTER COLUMN confidence TYPE text");
        SchemaReport report = services.schema().inspect();
        assertThat(report.state()).isEqualTo(SchemaReport.State.DRIFTED);
        assertThat(report.drift()).containsExactlyInAnyOrder("backtests.metrics is missing",
                "strategies.confidence is text, expected a floating-point number");

        assertThatThrownBy(() -> services.schema().init()).isInstanceOf(DatabaseException.class)
                .hasMessageContaining("backtests.metrics is missing").hasMessageContaining("reset");
        assertThat(services.schema().inspect().flywayVersion()).isNull();
    }

    @Test
    void dropLeavesOtherTablesAndResetEndsEmptyAndCurrent() throws Exception {
        DB.sql("CREATE TABLE notes (id int PRIMARY KEY, body text); INSERT INTO notes VALUES (1, 'mine')");
        services.schema().init();
        DB.sql("INSERT INTO strategies VALUES ('s1', 'x', NULL, 'stat_arb', 0.5, '{}', now(), now(), 'active')");

        List<String> dropped = services.schema().drop(Confirmation.typed(DB.name(), DB.name()));

        assertThat(dropped).containsExactly("gate_results", "validations", "backtests", "strategies",
                "flyway_schema_history");
        SchemaReport after = services.schema().inspect();
        assertThat(after.state()).isEqualTo(SchemaReport.State.OTHER_TABLES_ONLY);
        assertThat(after.otherTables()).containsExactly("notes");
        try (Connection c = DB.connect()) {
            assertThat(Catalog.rowDigests(c, "notes").get(0)).startsWith("notes 1 ");
        }

        DB.sql("DROP TABLE notes");
        services.schema().init();
        DB.sql("INSERT INTO strategies VALUES ('s2', 'y', NULL, 'stat_arb', 0.5, '{}', now(), now(), 'active')");
        SchemaManager.InitResult reset = services.schema().reset(Confirmation.assumedYes(DB.name()));
        assertThat(reset.after().state()).isEqualTo(SchemaReport.State.MANAGED);
        assertThat(services.schema().status().tables()).allSatisfy(t -> assertThat(t.rows()).isZero());
        assertThat(services.schema().status().pendingCount()).isZero();
    }

    @Test
    void dropBlockedByADependentForeignTableDropsNothing() throws Exception {
        services.schema().init();
        DB.sql("CREATE TABLE reflexion_iterations (id int PRIMARY KEY,"
                + " strategy_id VARCHAR(36) REFERENCES strategies(id))");

        assertThatThrownBy(() -> services.schema().drop(Confirmation.assumedYes(DB.name())))
                .isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("Nothing was dropped: other objects depend on the AURELIUS tables");
        assertThat(services.schema().inspect().state()).isEqualTo(SchemaReport.State.MANAGED);
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "A drop confirmed with a mistyped name or another "
            + "database's name changes nothing.")
    void confirmationMustNameThisDatabase() {
        services.schema().init();
        assertThatThrownBy(() -> Confirmation.typed("aurelius-typo", DB.name()))
                .hasMessageContaining("does not match");
        assertThatThrownBy(() -> services.schema().drop(Confirmation.assumedYes("some_other_db")))
                .hasMessageContaining("nothing was changed");
        assertThat(services.schema().inspect().state()).isEqualTo(SchemaReport.State.MANAGED);
    }

    @Test
    @Proves(value = Reliability.CONCURRENT_INIT, how = "Two clients run `db init` at once on an empty database: "
            + "one creates the schema, the other finds it current, and one migration is recorded.")
    void twoClientsInitAtOnceOneMigratesTheOtherFindsItDone() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try (Services other = Services.connect(DB.settings())) {
            List<Callable<SchemaManager.InitResult>> jobs = List.of(() -> services.schema().init(),
                    () -> other.schema().init());
            List<SchemaManager.InitAction> actions = new ArrayList<>();
            for (Future<SchemaManager.InitResult> f : pool.invokeAll(jobs)) {
                actions.add(f.get().action());
            }
            assertThat(actions).containsExactlyInAnyOrder(SchemaManager.InitAction.CREATED,
                    SchemaManager.InitAction.ALREADY_CURRENT);
        } finally {
            pool.shutdownNow();
        }
        assertThat(services.schema().status().migrations()).hasSize(1);
    }
}
