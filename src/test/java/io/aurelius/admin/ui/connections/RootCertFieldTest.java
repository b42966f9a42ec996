package io.aurelius.admin.ui.connections;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.Profile;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.common.TypedConfirmation;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Connections screen's root certificate field: chosen or typed, saved with the profile, shown again. */
class RootCertFieldTest {

    @TempDir
    Path dir;

    private Path chosen;
    private ConnectionState connection;
    private ConnectionsViewModel vm;
    private SettingsResolver resolver;

    @BeforeEach
    void setUp() {
        DirectTaskRunner runner = new DirectTaskRunner();
        resolver = new SettingsResolver(Map.of("AURELIUS_ADMIN_HOME", dir.resolve("home").toString()), dir, dir);
        connection = new ConnectionState(new FixedConnector(new ConnectionSettings("localhost", 1, "x", "x", null,
                null, false, 1, false, Map.of())), runner);
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String title, Throwable error) {
                throw new AssertionError(title, error);
            }

            @Override
            public Optional<TypedConfirmation.Answer> askTyped(TypedConfirmation request) {
                return Optional.empty();
            }

            @Override
            public Optional<Path> chooseFile(String title) {
                return Optional.ofNullable(chosen);
            }
        };
        vm = new ConnectionsViewModel(resolver, connection, runner, dialogs);
        vm.load();
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    void aChosenCaFileIsSavedWithTheProfileAndShownAgain() {
        vm.newProfile();
        vm.nameProperty().set("secure");
        vm.sslmodeProperty().set("verify-full");
        chosen = dir.resolve("certs/company-ca.crt");
        vm.chooseRootCert();
        assertThat(vm.sslrootcertProperty().get()).isEqualTo(chosen.toString());
        vm.save();
        assertThat(vm.toneProperty().get()).as(vm.messageProperty().get()).isEqualTo(Tone.OK);

        Profile saved = resolver.profiles().require("secure");
        assertThat(saved.sslmode()).isEqualTo("verify-full");
        assertThat(saved.sslrootcert()).isEqualTo(chosen.toString());

        vm.newProfile();
        assertThat(vm.sslrootcertProperty().get()).isEmpty();
        vm.edit(saved);
        assertThat(vm.sslrootcertProperty().get()).isEqualTo(chosen.toString());
    }

    @Test
    void aTypedRelativeNameIsKeptAbsoluteAndBlankMeansTheDefault() {
        vm.newProfile();
        vm.nameProperty().set("typed");
        vm.sslrootcertProperty().set(" ca.crt ");
        assertThat(vm.formProfile().sslrootcert()).isEqualTo(dir.resolve("ca.crt").toString());
        vm.sslrootcertProperty().set("   ");
        assertThat(vm.formProfile().sslrootcert()).isNull();
        chosen = null; // cancelling the chooser changes nothing
        vm.sslrootcertProperty().set("/kept.crt");
        vm.chooseRootCert();
        assertThat(vm.sslrootcertProperty().get()).isEqualTo("/kept.crt");
    }
}
