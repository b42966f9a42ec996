package io.aurelius.admin.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.PgPass;
import io.aurelius.admin.config.Profile;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The connection manager's logic: profiles saved without passwords, .env import, Test's verdict. */
class ConnectionsViewModelTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path dir;

    private ConnectionState connection;
    private ConnectionsViewModel vm;
    private SettingsResolver resolver;

    @BeforeEach
    void setUp() {
        DirectTaskRunner runner = new DirectTaskRunner();
        resolver = new SettingsResolver(Map.of("AURELIUS_ADMIN_HOME", dir.resolve("home").toString(),
                "PGPASSFILE", dir.resolve("pgpass").toString()), dir, dir);
        connection = new ConnectionState(new FixedConnector(DB.settings()), runner);
        vm = new ConnectionsViewModel(resolver, connection, runner, new FakeDialogs());
        vm.load();
    }

    @AfterEach
    void close() {
        connection.close();
    }

    private void fill(ConnectionSettings s, String name) {
        vm.newProfile();
        vm.nameProperty().set(name);
        vm.hostProperty().set(s.host());
        vm.portProperty().set(Integer.toString(s.port()));
        vm.databaseProperty().set(s.database());
        vm.userProperty().set(s.user());
    }

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "A profile saved from the connection manager holds no "
            + "password; the password goes to a 0600 pgpass.")
    void savesAProfileAndKeepsThePasswordOnlyInPgpass() throws Exception {
        ConnectionSettings s = DB.settings();
        fill(s, "lab");
        vm.passwordProperty().set(s.password());
        vm.savePasswordProperty().set(true);

        vm.save();

        assertThat(vm.toneProperty().get()).as(vm.messageProperty().get()).isEqualTo(Tone.OK);
        assertThat(vm.profiles()).extracting(Profile::name).containsExactly("lab");
        assertThat(Files.readString(resolver.profiles().file())).doesNotContainIgnoringCase("password");
        assertThat(Files.getPosixFilePermissions(dir.resolve("pgpass")))
                .isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(PgPass.lookup(dir.resolve("pgpass"), s.host(), s.port(), s.database(), s.user()))
                .contains(s.password());

        vm.passwordProperty().set("");
        vm.test();
        assertThat(vm.toneProperty().get()).isEqualTo(Tone.OK);
        assertThat(vm.messageProperty().get()).startsWith("Connected to PostgreSQL").contains("schema: empty");
    }

    @Test
    void testSaysWhatIsWrongInOneSentence() {
        ConnectionSettings s = DB.settings();
        fill(s, "bad");
        vm.passwordProperty().set("wrong-password");
        vm.test();
        assertThat(vm.toneProperty().get()).isEqualTo(Tone.ERROR);
        assertThat(vm.messageProperty().get()).contains("rejected").doesNotContain("wrong-password");

        vm.portProperty().set("abc");
        vm.save();
        assertThat(vm.messageProperty().get()).isEqualTo("The port 'abc' is not a number: use the server's port,"
                + " e.g. 5432.");
        assertThat(vm.profiles()).isEmpty();
    }

    @Test
    void importsAnApiEnvFile() throws Exception {
        ConnectionSettings s = DB.settings();
        Path api = Files.createDirectories(dir.resolve("api"));
        Files.writeString(api.resolve(".env"), "DB_HOST=" + s.host() + "\nDB_PORT=" + s.port() + "\nDB_NAME="
                + s.database() + "\nDB_USER=" + s.user() + "\nDB_PASSWORD=" + s.password() + "\n");

        vm.importEnv(api.resolve(".env"));

        assertThat(vm.profiles()).extracting(Profile::name).containsExactly("api");
        assertThat(vm.databaseProperty().get()).isEqualTo(s.database());
        vm.test();
        assertThat(vm.toneProperty().get()).as(vm.messageProperty().get()).isEqualTo(Tone.OK);
    }
}
