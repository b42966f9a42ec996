package io.aurelius.admin.ui.setup;

import static io.aurelius.admin.testing.Sentences.assertOneSentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.setup.Identifiers;
import io.aurelius.admin.testing.DataChecksum;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.HostileStrings;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.TestServer;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile string as the wizard's role, database, profile name, administrator and host: the wizard either
 * refuses it in one sentence before touching the server, or (administrator and host, which may be odd but
 * legal) stops at the connection step in one sentence; never an error dialog, never a role or database made,
 * and the data of the database it stands beside unchanged.
 */
@Proves(value = Reliability.HOSTILE_TEXT, how = "Runs the setup wizard with each hostile string as role, database,"
        + " profile, administrator and host against the real server, and checks for a one-sentence refusal, no"
        + " dialog, no role or database created and an unchanged MD5 of the four tables.")
class HostileSetupFieldsTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path dir;

    private static final String SUFFIX = UUID.randomUUID().toString().substring(0, 8);
    private static final String ROLE = "wiz_hostile_" + SUFFIX;
    private static final String DATABASE = "wiz_hostile_db_" + SUFFIX;
    private static Map<String, String> before;

    private final FakeDialogs dialogs = new FakeDialogs();
    private ConnectionState connection;
    private SetupViewModel vm;

    @BeforeAll
    static void data() throws Exception {
        DB.sql("CREATE TABLE strategies (id text PRIMARY KEY, name text); CREATE TABLE backtests (id text);"
                + " CREATE TABLE validations (id text); CREATE TABLE gate_results (id text);"
                + " INSERT INTO strategies VALUES ('s1', 'kept')");
        try (Connection c = DB.connect()) {
            before = DataChecksum.of(c);
        }
    }

    @AfterAll
    static void unchanged() throws Exception {
        try (Connection c = DB.connect()) {
            assertThat(DataChecksum.of(c)).isEqualTo(before);
        }
        TestServer.adminSql("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        TestServer.adminSql("DROP ROLE IF EXISTS " + ROLE);
    }

    @BeforeEach
    void wizard() {
        ConnectionSettings admin = DB.settings();
        SettingsResolver resolver = new SettingsResolver(Map.of("AURELIUS_ADMIN_HOME", dir.toString(),
                "PGPASSFILE", dir.resolve("pgpass").toString()), dir, dir);
        DirectTaskRunner runner = new DirectTaskRunner();
        connection = new ConnectionState(new FixedConnector(admin), runner);
        vm = new SetupViewModel(resolver, connection, runner, dialogs);
        vm.hostProperty().set(admin.host());
        vm.portProperty().set(Integer.toString(admin.port()));
        vm.adminUserProperty().set(admin.user());
        vm.adminPasswordProperty().set(admin.password());
        vm.roleProperty().set(ROLE);
        vm.databaseProperty().set(DATABASE);
        vm.profileNameProperty().set("wizard");
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private void runWith(Function<SetupViewModel, StringProperty> field, String text) throws Exception {
        field.apply(vm).set(text);

        vm.run();

        assertThat(dialogs.errors()).as(HostileStrings.shown(text)).isEmpty();
        assertThat(vm.toneProperty().get()).as(vm.messageProperty().get()).isEqualTo(Tone.ERROR);
        assertOneSentence(vm.messageProperty().get(), text);
        assertThat(Files.exists(dir.resolve("profiles.json"))).isFalse();
        assertThat(Files.exists(dir.resolve("pgpass"))).isFalse();
        List<String> names = new ArrayList<>(HostileStrings.values());
        names.add(ROLE);
        names.add(DATABASE);
        try (Connection c = DB.connect()) {
            assertThat(DataChecksum.serverObjectsNamed(c, names)).as(HostileStrings.shown(text)).isEmpty();
        }
    }

    /** Names the wizard would accept are not hostile: they would simply be created. */
    private static void assumeRefused(String text) {
        boolean accepted;
        try {
            Identifiers.require("role", text.strip());
            accepted = true;
        } catch (RuntimeException e) {
            accepted = false;
        }
        Assumptions.assumeFalse(accepted, "a plain name");
    }

    @ParameterizedTest(name = "role: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void aHostileRoleIsRefusedBeforeTheServerIsTouched(String label, String text) throws Exception {
        assumeRefused(text);
        runWith(SetupViewModel::roleProperty, text);
        assertThat(vm.steps()).as(label).isEmpty();
    }

    @ParameterizedTest(name = "database: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void aHostileDatabaseIsRefusedBeforeTheServerIsTouched(String label, String text) throws Exception {
        assumeRefused(text);
        runWith(SetupViewModel::databaseProperty, text);
        assertThat(vm.steps()).as(label).isEmpty();
    }

    @ParameterizedTest(name = "profile: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void aHostileProfileNameIsRefusedBeforeTheServerIsTouched(String label, String text) throws Exception {
        Assumptions.assumeFalse(text.strip().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}"), "a plain name");
        runWith(SetupViewModel::profileNameProperty, text);
        assertThat(vm.steps()).as(label).isEmpty();
    }

    @ParameterizedTest(name = "administrator: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void aHostileAdministratorIsRefusedOrStopsAtConnecting(String label, String text) throws Exception {
        runWith(SetupViewModel::adminUserProperty, text);
        assertThat(vm.steps()).as(label).hasSizeLessThanOrEqualTo(1);
    }

    @ParameterizedTest(name = "host: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void aHostileHostIsRefusedOrStopsAtConnecting(String label, String text) throws Exception {
        runWith(SetupViewModel::hostProperty, text);
        assertThat(vm.steps()).as(label).hasSizeLessThanOrEqualTo(1);
    }
}
