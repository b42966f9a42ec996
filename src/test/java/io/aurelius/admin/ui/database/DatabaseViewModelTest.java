package io.aurelius.admin.ui.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.db.SchemaStatus;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.common.TypedConfirmation;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.testing.FixedConnector;
import io.aurelius.admin.ui.testing.Schemas;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import io.aurelius.admin.backup.BackupService;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Database screen's logic against a real database, with the synchronous runner and a fake dialog. */
class DatabaseViewModelTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final FakeDialogs dialogs = new FakeDialogs();
    private ConnectionState connection;
    private DatabaseViewModel vm;

    @BeforeEach
    void connect() throws SQLException {
        Schemas.empty(DB);
        DirectTaskRunner runner = new DirectTaskRunner();
        connection = new ConnectionState(new FixedConnector(DB.settings()), runner);
        vm = new DatabaseViewModel(connection, runner, dialogs);
        connection.connect();
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void showsTheConnectionAndWhereEachSettingCameFrom() {
        assertThat(vm.settings()).extracting(SettingRow::name)
                .containsExactly("Host", "Port", "Database", "User", "Password", "SSL mode");
        assertThat(vm.settings()).filteredOn(r -> r.name().equals("Database")).singleElement()
                .isEqualTo(new SettingRow("Database", DB.name(), "test"));
        assertThat(vm.settings()).filteredOn(r -> r.name().equals("Password")).singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo("set"));
        assertThat(vm.server().versionProperty().get()).startsWith("PostgreSQL ");
        assertThat(vm.server().roundTripProperty().get()).endsWith(" ms");
    }

    @Test
    void anEmptyDatabaseOffersToCreateTheSchemaAndNothingToDrop() {
        assertThat(vm.schema().stateProperty().get()).isEqualTo("empty");
        assertThat(vm.schema().toneProperty().get()).isEqualTo(Tone.WARN);
        assertThat(vm.schema().initLabelProperty().get()).isEqualTo("Create schema");
        assertThat(vm.schema().tables()).isEmpty();
        assertThat(vm.canInitProperty().get()).isTrue();
        assertThat(vm.canDropProperty().get()).isFalse();
        assertThat(vm.idleProperty().get()).isTrue();
    }

    @Test
    void initOnAnEmptyDatabaseEndsManaged() {
        vm.init();

        assertThat(vm.schema().stateProperty().get()).isEqualTo("managed (version 1)");
        assertThat(vm.schema().toneProperty().get()).isEqualTo(Tone.OK);
        assertThat(vm.messageProperty().get()).startsWith("Created the AURELIUS schema");
        assertThat(vm.messageToneProperty().get()).isEqualTo(Tone.OK);
        assertThat(vm.schema().migrations()).singleElement().satisfies(m -> {
            assertThat(m.version()).isEqualTo("1");
            assertThat(m.state()).isEqualTo("success");
            assertThat(m.installedOn()).isNotNull();
        });
        assertThat(vm.schema().tables()).extracting(SchemaStatus.TableStats::table)
                .containsExactly("strategies", "backtests", "validations", "gate_results");
        assertThat(connection.schemaProperty().get().ready()).isTrue();
        assertThat(vm.canDropProperty().get()).isTrue();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "On the Database screen, a drop with a wrongly typed "
            + "name changes nothing and says why.")
    void dropWithAWrongTypedNameChangesNothingAndSaysWhy() throws SQLException {
        vm.init();
        Schemas.oneStrategy(DB);
        dialogs.answering("not-" + DB.name());

        vm.drop();

        TypedConfirmation asked = dialogs.asked().get(0);
        assertThat(asked.expected()).isEqualTo(DB.name());
        assertThat(asked.items().get(0)).startsWith("strategies — 1 row, ").endsWith(" kB");
        assertThat(asked.items()).anySatisfy(i -> assertThat(i).startsWith("backtests — 0 rows"));
        assertThat(asked.items()).anySatisfy(i -> assertThat(i).startsWith("flyway_schema_history"));
        assertThat(dialogs.errors()).singleElement().satisfies(e -> assertThat(e.error().getMessage())
                .startsWith("The name typed does not match the database '" + DB.name() + "'; nothing was changed."));
        assertThat(vm.messageProperty().get()).startsWith("The name typed does not match");
        assertThat(vm.messageToneProperty().get()).isEqualTo(Tone.ERROR);
        assertThat(vm.schema().stateProperty().get()).isEqualTo("managed (version 1)");
        assertThat(vm.schema().tables()).filteredOn(t -> t.table().equals("strategies"))
                .singleElement().satisfies(t -> assertThat(t.rows()).isEqualTo(1));
        assertThat(vm.idleProperty().get()).isTrue();
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "Cancelling the typed-name dialog changes nothing.")
    void cancellingTheConfirmationChangesNothing() {
        vm.init();
        dialogs.answering(null);

        vm.drop();

        assertThat(dialogs.asked()).hasSize(1);
        assertThat(vm.messageProperty().get()).isEqualTo("Cancelled; nothing was changed.");
        assertThat(vm.schema().tables()).hasSize(4);
    }

    @Test
    void dropWithTheTypedNameRemovesTheTables() {
        vm.init();
        dialogs.answering(DB.name());

        vm.drop();

        assertThat(vm.messageProperty().get())
                .isEqualTo("Dropped gate_results, validations, backtests, strategies, flyway_schema_history.");
        assertThat(vm.schema().stateProperty().get()).isEqualTo("empty");
        assertThat(vm.schema().tables()).isEmpty();
        assertThat(vm.schema().migrations()).singleElement().satisfies(m -> assertThat(m.state()).isEqualTo("pending"));
        assertThat(connection.schemaProperty().get().state().name()).isEqualTo("EMPTY");
    }

    @Test
    void resetOffersABackupFirstAndKeepsTheReplacedRowsInIt(@TempDir Path folder) throws Exception {
        vm = new DatabaseViewModel(connection, new DirectTaskRunner(), dialogs, () -> folder);
        vm.init();
        Schemas.oneStrategy(DB);
        vm.refresh();
        dialogs.answering(DB.name()).backingUpFirst(true);

        vm.reset();

        assertThat(dialogs.asked().get(0).backupOffer()).isEqualTo("Back up " + DB.name() + " to " + folder
                + " first");
        assertThat(vm.messageProperty().get()).startsWith("Dropped gate_results").contains("The rows are kept in "
                + folder);
        assertThat(BackupService.list(folder)).singleElement()
                .satisfies(e -> assertThat(e.manifest().database()).isEqualTo(DB.name()));
        assertThat(vm.schema().tables()).allSatisfy(t -> assertThat(t.rows()).isZero());
    }

    @Test
    void demoDataFillsAnEmptyDatabaseAndTheScreensAreTold() {
        dialogs.confirming(true);
        int before = connection.dataVersionProperty().get();

        vm.demo();

        assertThat(vm.messageProperty().get()).startsWith("Added ").contains(" demo rows in ");
        assertThat(vm.schema().stateProperty().get()).isEqualTo("managed (version 1)");
        assertThat(vm.schema().tables()).filteredOn(t -> t.table().equals("strategies"))
                .singleElement().satisfies(t -> assertThat(t.rows()).isEqualTo(10_000));
        assertThat(connection.dataVersionProperty().get()).isEqualTo(before + 1);
    }

    @Test
    void demoDataCancelledWhileWritingLeavesNoRowsAndNoErrorDialog() throws SQLException {
        dialogs.confirming(true);
        vm.messageProperty().addListener((obs, old, now) -> {
            if (now.startsWith("Adding demo data: backtests")) {
                vm.cancelDemo(); // the generator looks between batches and rolls back
            }
        });

        vm.demo();

        assertThat(vm.messageProperty().get()).isEqualTo("Demo data generation was cancelled; nothing was written.");
        assertThat(dialogs.errors()).isEmpty();
        assertThat(vm.demoRunningProperty().get()).isFalse();
        try (var c = DB.connect(); var st = c.createStatement();
             var rs = st.executeQuery("SELECT (SELECT count(*) FROM strategies) + (SELECT count(*) FROM backtests)")) {
            rs.next();
            assertThat(rs.getLong(1)).as("the cancelled transaction left no rows").isZero();
        }
    }

    @Test
    void demoDataNotConfirmedWritesNothing() {
        vm.demo();
        assertThat(vm.schema().stateProperty().get()).isEqualTo("empty");
    }

    @Test
    void resetEmptiesTheTablesAndLeavesACurrentSchema() throws SQLException {
        vm.init();
        Schemas.oneStrategy(DB);
        vm.refresh();
        assertThat(vm.schema().tables().get(0).rows()).isEqualTo(1);
        dialogs.answering(DB.name());

        vm.reset();

        assertThat(dialogs.asked().get(0).items().get(0)).startsWith("strategies — 1 row,");
        assertThat(vm.messageProperty().get()).startsWith("Dropped gate_results").contains("Created the AURELIUS schema");
        assertThat(vm.schema().stateProperty().get()).isEqualTo("managed (version 1)");
        assertThat(vm.schema().tables()).allSatisfy(t -> assertThat(t.rows()).isZero());
    }

    @Test
    void otherTablesAreNotedAndLeftAlone() throws SQLException {
        DB.sql("CREATE TABLE lab_notes (id int)");
        vm.refresh();
        assertThat(vm.schema().stateProperty().get()).isEqualTo("other tables only");

        vm.init();

        assertThat(vm.schema().stateProperty().get()).isEqualTo("managed (version 1)");
        assertThat(vm.schema().notes()).containsExactly("Other tables, left alone: lab_notes.");
    }

    @Test
    void checkReconnectsAndReportsTheRoundTrip() {
        vm.check();

        assertThat(vm.messageProperty().get()).startsWith("The connection works: PostgreSQL ").contains("round trip");
        assertThat(vm.messageToneProperty().get()).isEqualTo(Tone.OK);
        assertThat(vm.schema().stateProperty().get()).isEqualTo("empty");
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "A read-only connection offers neither init nor drop on "
            + "the Database screen.")
    void aReadOnlyConnectionOffersNoChanges() {
        io.aurelius.admin.config.ConnectionSettings s = DB.settings();
        io.aurelius.admin.config.ConnectionSettings ro = new io.aurelius.admin.config.ConnectionSettings(s.host(),
                s.port(), s.database(), s.user(), s.password(), null, false, 2, true, s.sources());
        DirectTaskRunner runner = new DirectTaskRunner();
        ConnectionState readOnly = new ConnectionState(new FixedConnector(ro), runner);
        try {
            DatabaseViewModel roVm = new DatabaseViewModel(readOnly, runner, dialogs);
            readOnly.connect();
            assertThat(roVm.canInitProperty().get()).isFalse();
            assertThat(roVm.canDropProperty().get()).isFalse();
            assertThat(roVm.idleProperty().get()).isTrue();
        } finally {
            readOnly.close();
        }
    }
}
