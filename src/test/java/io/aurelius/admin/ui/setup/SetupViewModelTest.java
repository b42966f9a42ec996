package io.aurelius.admin.ui.setup;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.PgPass;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.setup.SetupStep;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.TestServer;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Path;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The first-run wizard against a real server: every step shown, profile and ~/.pgpass line saved. */
class SetupViewModelTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path dir;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private ConnectionState connection;

    @AfterEach
    void cleanUp() throws Exception {
        if (connection != null) {
            connection.close();
        }
        TestServer.adminSql("DROP DATABASE IF EXISTS wiz_db_" + suffix + " WITH (FORCE)");
        TestServer.adminSql("DROP ROLE IF EXISTS wiz_role_" + suffix);
    }

    @Test
    void runsEveryStepSavesTheProfileAndSwitchesToIt() {
        ConnectionSettings admin = DB.settings();
        SettingsResolver resolver = new SettingsResolver(Map.of("AURELIUS_ADMIN_HOME", dir.toString(),
                "PGPASSFILE", dir.resolve("pgpass").toString()), dir, dir);
        DirectTaskRunner runner = new DirectTaskRunner();
        FixedConnector connector = new FixedConnector(admin);
        connection = new ConnectionState(connector, runner);
        SetupViewModel vm = new SetupViewModel(resolver, connection, runner, new FakeDialogs());
        vm.hostProperty().set(admin.host());
        vm.portProperty().set(Integer.toString(admin.port()));
        vm.adminUserProperty().set(admin.user());
        vm.adminPasswordProperty().set(admin.password());
        vm.roleProperty().set("wiz_role_" + suffix);
        vm.databaseProperty().set("wiz_db_" + suffix);
        vm.profileNameProperty().set("wizard");

        vm.run();

        assertThat(vm.toneProperty().get()).as(vm.messageProperty().get()).isEqualTo(Tone.OK);
        assertThat(vm.steps()).extracting(SetupStep::outcome).containsOnly(SetupStep.Outcome.DONE).hasSize(5);
        assertThat(resolver.profiles().require("wizard").database()).isEqualTo("wiz_db_" + suffix);
        assertThat(PgPass.lookup(dir.resolve("pgpass"), admin.host(), admin.port(), "wiz_db_" + suffix,
                "wiz_role_" + suffix)).isPresent().get().asString().hasSize(24);
        assertThat(vm.messageProperty().get()).doesNotContain(admin.password());
        assertThat(connector.connects()).isGreaterThanOrEqualTo(1);

        vm.run();
        assertThat(vm.steps()).extracting(SetupStep::outcome).contains(SetupStep.Outcome.ALREADY_DONE);
    }

    @Test
    void aWrongAdministratorPasswordStopsAtTheFirstStepInOneSentence() {
        ConnectionSettings admin = DB.settings();
        SettingsResolver resolver = new SettingsResolver(Map.of("AURELIUS_ADMIN_HOME", dir.toString()), dir, dir);
        DirectTaskRunner runner = new DirectTaskRunner();
        connection = new ConnectionState(new FixedConnector(admin), runner);
        SetupViewModel vm = new SetupViewModel(resolver, connection, runner, new FakeDialogs());
        vm.hostProperty().set(admin.host());
        vm.portProperty().set(Integer.toString(admin.port()));
        vm.adminUserProperty().set(admin.user());
        vm.adminPasswordProperty().set("not-the-password");

        vm.run();

        assertThat(vm.toneProperty().get()).isEqualTo(Tone.ERROR);
        assertThat(vm.steps()).singleElement().satisfies(s -> assertThat(s.outcome())
                .isEqualTo(SetupStep.Outcome.FAILED));
        assertThat(vm.messageProperty().get()).contains("rejected").doesNotContain("not-the-password");
        assertThat(resolver.profiles().list()).isEmpty();
    }
}
