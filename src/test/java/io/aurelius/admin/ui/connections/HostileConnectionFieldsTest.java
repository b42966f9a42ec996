package io.aurelius.admin.ui.connections;

import static io.aurelius.admin.testing.Sentences.assertOneSentence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.PgPass;
import io.aurelius.admin.config.Profile;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.config.ServerNames;
import io.aurelius.admin.config.SettingsException;
import io.aurelius.admin.testing.DataChecksum;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.HostileStrings;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import javafx.beans.property.StringProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every hostile string in each field of the connection manager (profile name, host, database, user, password):
 * Save either keeps exactly what was typed or refuses in one sentence, never with an error dialog; a profile
 * name never becomes a path (the only file written is profiles.json); a host can never add parameters to the
 * JDBC URL; Test ends in a sentence; the data on the server is untouched.
 */
@Proves(value = Reliability.HOSTILE_TEXT, how = "Types each hostile string into every field of the connection"
        + " manager, saves and tests, and checks the one-sentence refusals, the files written, the saved profile and"
        + " an MD5 of the four tables.")
class HostileConnectionFieldsTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();
    private ConnectionState connection;
    private ConnectionsViewModel vm;
    private SettingsResolver resolver;

    @BeforeEach
    void setUp() throws Exception {
        DB.sql("CREATE TABLE IF NOT EXISTS strategies (id text PRIMARY KEY, name text);"
                + " CREATE TABLE IF NOT EXISTS backtests (id text PRIMARY KEY);"
                + " CREATE TABLE IF NOT EXISTS validations (id text PRIMARY KEY);"
                + " CREATE TABLE IF NOT EXISTS gate_results (id text PRIMARY KEY);"
                + " INSERT INTO strategies VALUES ('s1', 'kept') ON CONFLICT DO NOTHING");
        DirectTaskRunner runner = new DirectTaskRunner();
        resolver = new SettingsResolver(Map.of("AURELIUS_ADMIN_HOME", dir.resolve("a/b/home").toString(),
                "PGPASSFILE", dir.resolve("pgpass").toString()), dir, dir);
        connection = new ConnectionState(new FixedConnector(DB.settings()), runner);
        vm = new ConnectionsViewModel(resolver, connection, runner, dialogs);
        vm.load();
    }

    @AfterEach
    void close() {
        connection.close();
    }

    /** The form filled with working settings, then one field set to the hostile text. */
    private void fill(Function<ConnectionsViewModel, StringProperty> field, String text) {
        ConnectionSettings s = DB.settings();
        vm.newProfile();
        vm.nameProperty().set("lab");
        vm.hostProperty().set(s.host());
        vm.portProperty().set(Integer.toString(s.port()));
        vm.databaseProperty().set(s.database());
        vm.userProperty().set(s.user());
        field.apply(vm).set(text);
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> cases() {
        return HostileStrings.arguments();
    }

    @ParameterizedTest(name = "profile name: {0}")
    @MethodSource("cases")
    void aProfileNameIsSavedAsTypedOrRefusedAndNeverBecomesAPath(String label, String text) throws Exception {
        fill(ConnectionsViewModel::nameProperty, text);

        vm.save();

        boolean fine = text.strip().matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,62}");
        assertSavedOrRefused(label, text, fine);
        if (fine) {
            assertThat(vm.profiles()).extracting(Profile::name).containsExactly(text.strip());
        }
        // the home is dir/a/b/home: whatever a name like ../../x could reach stays under dir, and nothing is there
        assertThat(filesUnder(dir)).as(label).isSubsetOf(List.of("a/b/home/profiles.json"));
    }

    @ParameterizedTest(name = "host: {0}")
    @MethodSource("cases")
    void aHostIsAHostNameOrRefusedAndNeverAddsUrlParameters(String label, String text) throws Exception {
        fill(ConnectionsViewModel::hostProperty, text);

        vm.save();

        boolean fine = ServerNames.hostProblem(text.strip(), null).isEmpty();
        assertSavedOrRefused(label, text, fine);
        if (fine) {
            Profile saved = resolver.profiles().require("lab");
            assertThat(saved.host()).as(label).isEqualTo(text.strip());
            assertThat(new ConnectionSettings(saved.host(), 5432, "db", "u", null, null, false, 1, false, Map.of())
                    .jdbcUrl()).as(label).doesNotContain("?", "&", "/db/").endsWith(":5432/db");
            vm.test();
            assertThat(vm.toneProperty().get()).as(label).isEqualTo(Tone.ERROR);
            assertOneSentence(vm.messageProperty().get(), text);
        }
        assertThat(dialogs.errors()).as(label).isEmpty();
    }

    @ParameterizedTest(name = "database: {0}")
    @MethodSource("cases")
    void aDatabaseNameIsKeptAsTypedOrRefused(String label, String text) throws Exception {
        fill(ConnectionsViewModel::databaseProperty, text);

        vm.save();

        boolean fine = ServerNames.nameProblem("database", text.strip(), null).isEmpty();
        assertSavedOrRefused(label, text, fine);
        if (fine) {
            assertThat(resolver.profiles().require("lab").database()).as(label).isEqualTo(text.strip());
            vm.test(); // no such database: a sentence, nothing else
            assertThat(vm.toneProperty().get()).as(label).isEqualTo(Tone.ERROR);
            assertOneSentence(vm.messageProperty().get(), text);
        }
        assertThat(dialogs.errors()).as(label).isEmpty();
    }

    @ParameterizedTest(name = "user: {0}")
    @MethodSource("cases")
    void aUserNameIsKeptAsTypedOrRefused(String label, String text) throws Exception {
        fill(ConnectionsViewModel::userProperty, text);

        vm.save();

        boolean fine = ServerNames.nameProblem("role", text.strip(), null).isEmpty();
        assertSavedOrRefused(label, text, fine);
        if (fine) {
            assertThat(resolver.profiles().require("lab").user()).as(label).isEqualTo(text.strip());
            vm.test(); // no such role: a sentence
            assertThat(vm.toneProperty().get()).as(label).isEqualTo(Tone.ERROR);
            assertOneSentence(vm.messageProperty().get(), text);
        }
        assertThat(dialogs.errors()).as(label).isEmpty();
    }

    @ParameterizedTest(name = "password: {0}")
    @MethodSource("cases")
    void aPasswordIsKeptExactlyOrRefusedAndNeverAddsALineToThePasswordFile(String label, String text)
            throws Exception {
        ConnectionSettings s = DB.settings();
        PgPass.save(dir.resolve("pgpass"), "other.example", 5432, "x", "y", "kept");
        fill(ConnectionsViewModel::nameProperty, "lab");
        vm.passwordProperty().set(text);
        vm.savePasswordProperty().set(true);

        vm.save();

        assertThat(dialogs.errors()).as(label).isEmpty();
        List<String> lines = Files.readAllLines(dir.resolve("pgpass"));
        assertThat(lines).as(label).hasSizeLessThanOrEqualTo(2).startsWith("other.example:5432:x:y:kept");
        if (vm.toneProperty().get() == Tone.OK) {
            assertThat(PgPass.lookup(dir.resolve("pgpass"), s.host(), s.port(), s.database(), s.user()))
                    .as(label).contains(text);
        } else {
            assertOneSentence(vm.messageProperty().get(), text);
            assertThat(lines).as(label).hasSize(1);
        }
        assertThat(PgPass.lookup(dir.resolve("pgpass"), "third.example", 5432, "x", "y")).as(label).isEmpty();

        vm.test(); // the typed password is wrong: refused in a sentence that does not repeat it
        assertThat(vm.toneProperty().get()).as(label).isEqualTo(Tone.ERROR);
        assertOneSentence(vm.messageProperty().get(), text);
        assertThat(dialogs.errors()).as(label).isEmpty();
    }

    @Test
    void theUrlTrickThatTurnedReadOnlyOffIsRefused() {
        // before the check, this host made the driver read "options" from the URL, over the read-only setting
        String trick = "localhost/postgres?options=-c%20default_transaction_read_only%3Doff&x=";
        assertThatThrownBy(() -> new ConnectionSettings(trick, 5432, "aurelius", "analyst", null, null, false, 1,
                true, Map.of("host", "--host"))).isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("The host (--host) is not a host name or address");

        fill(ConnectionsViewModel::hostProperty, trick);
        vm.readOnlyProperty().set(true);
        vm.save();

        assertThat(vm.toneProperty().get()).isEqualTo(Tone.ERROR);
        assertThat(vm.messageProperty().get()).startsWith("The host (profile 'lab') is not a host name or address");
        assertThat(vm.profiles()).isEmpty();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void noHostileStringChangedTheData() throws Exception {
        Map<String, String> before;
        try (Connection c = DB.connect()) {
            before = DataChecksum.of(c);
        }
        for (String text : HostileStrings.values()) {
            for (Function<ConnectionsViewModel, StringProperty> f : List.<Function<ConnectionsViewModel,
                    StringProperty>>of(ConnectionsViewModel::nameProperty, ConnectionsViewModel::hostProperty,
                    ConnectionsViewModel::databaseProperty, ConnectionsViewModel::userProperty)) {
                fill(f, text);
                vm.save();
                vm.test();
            }
        }
        try (Connection c = DB.connect()) {
            assertThat(DataChecksum.of(c)).isEqualTo(before);
            assertThat(DataChecksum.serverObjectsNamed(c, HostileStrings.values())).isEmpty();
        }
        assertThat(dialogs.errors()).isEmpty();
    }

    private void assertSavedOrRefused(String label, String text, boolean fine) {
        assertThat(dialogs.errors()).as(label).isEmpty();
        if (fine) {
            assertThat(vm.toneProperty().get()).as(label + ": " + vm.messageProperty().get()).isEqualTo(Tone.OK);
        } else {
            assertThat(vm.toneProperty().get()).as(label).isEqualTo(Tone.ERROR);
            assertOneSentence(vm.messageProperty().get(), text);
            assertThat(vm.profiles()).as(label).isEmpty();
        }
    }

    private static List<String> filesUnder(Path root) throws Exception {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(Files::isRegularFile).map(p -> root.relativize(p).toString()).sorted().toList();
        }
    }
}
