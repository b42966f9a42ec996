package io.aurelius.admin.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.Connector;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class MainViewModelTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final DirectTaskRunner runner = new DirectTaskRunner();
    private final FakeDialogs dialogs = new FakeDialogs();
    private ConnectionState connection;

    @AfterEach
    void close() {
        connection.close();
    }

    private MainViewModel viewModel(ConnectionSettings settings) {
        connection = new ConnectionState(new FixedConnector(settings), runner);
        return new MainViewModel(connection, runner, dialogs);
    }

    @Test
    void beforeConnectingTheCoverSaysSo() {
        MainViewModel vm = viewModel(DB.settings());

        assertThat(vm.connectionTextProperty().get()).isEqualTo("Reading settings…");
        assertThat(vm.coverTextProperty().get()).isEqualTo("Reading the connection settings…");
        assertThat(vm.screens()).extracting(Screen::title).containsExactly("Strategies", "Dashboard", "Database",
                "Backups", "Connections", "First-run setup");
        assertThat(vm.selectedScreenProperty().get().view()).isEqualTo("strategies");
    }

    @Test
    void theStatusBarShowsTheConnectionServerAndSchema() {
        MainViewModel vm = viewModel(DB.settings());

        vm.start();

        assertThat(vm.connectionTextProperty().get()).isEqualTo(DB.settings().describe());
        assertThat(vm.serverTextProperty().get()).startsWith("PostgreSQL ");
        assertThat(vm.schemaTextProperty().get()).isEqualTo("Schema: empty");
        assertThat(vm.schemaToneProperty().get()).isEqualTo(Tone.WARN);
        assertThat(vm.windowTitleProperty().get()).endsWith(DB.settings().describe());
        assertThat(vm.connectingProperty().get()).isFalse();
        assertThat(vm.failedProperty().get()).isFalse();
        assertThat(vm.busyProperty().get()).isFalse();
    }

    @Test
    void anEmptySchemaOpensOnTheDatabaseScreenWithoutHistory() {
        MainViewModel vm = viewModel(DB.settings());

        vm.start();

        assertThat(vm.selectedScreenProperty().get()).isEqualTo(Screen.DATABASE);
        assertThat(vm.canGoBackProperty().get()).isFalse();
    }

    @Test
    void backAndForwardWalkThePlacesVisited() {
        MainViewModel vm = viewModel(DB.settings());

        vm.go(Place.strategy("a"));
        vm.go(Place.strategy("b"));
        vm.go(Screen.DATABASE);
        vm.go(Screen.DATABASE);

        assertThat(vm.placeProperty().get()).isEqualTo(Place.of(Screen.DATABASE));
        vm.back();
        assertThat(vm.placeProperty().get()).isEqualTo(Place.strategy("b"));
        assertThat(vm.selectedScreenProperty().get()).isEqualTo(Screen.STRATEGY);
        vm.back();
        vm.back();
        assertThat(vm.placeProperty().get()).isEqualTo(Place.of(Screen.STRATEGIES));
        assertThat(vm.canGoBackProperty().get()).isFalse();
        vm.back();
        assertThat(vm.placeProperty().get()).isEqualTo(Place.of(Screen.STRATEGIES));
        vm.forward();
        assertThat(vm.placeProperty().get()).isEqualTo(Place.strategy("a"));
        vm.go(Screen.DATABASE);
        assertThat(vm.canGoForwardProperty().get()).isFalse();
        assertThat(Screen.STRATEGY.navigationEntry()).isEqualTo(Screen.STRATEGIES);
    }

    @Test
    void theConnectorsProgressSentencesShowOnTheCoverWhileConnecting() {
        List<String> coverWhileConnecting = new ArrayList<>();
        MainViewModel[] vm = new MainViewModel[1];
        connection = new ConnectionState(new Connector() {
            @Override
            public ConnectionSettings resolve() {
                return DB.settings();
            }

            @Override
            public Services connect(ConnectionSettings settings, Consumer<String> say) {
                coverWhileConnecting.add(vm[0].coverTextProperty().get());
                say.accept("Starting the private local server…");
                coverWhileConnecting.add(vm[0].coverTextProperty().get());
                return Services.connect(settings);
            }
        }, runner);
        vm[0] = new MainViewModel(connection, runner, dialogs);

        vm[0].start();

        assertThat(coverWhileConnecting).containsExactly("Connecting to " + DB.settings().describe() + "…",
                "Starting the private local server…");
        assertThat(vm[0].coverTextProperty().get()).isEmpty();
        assertThat(connection.progressProperty().get()).isEmpty();
    }

    @Test
    void aFailedConnectShowsTheSentenceAndItsDetailsOnRequest() {
        ConnectionSettings s = DB.settings();
        MainViewModel vm = viewModel(new ConnectionSettings(s.host(), 1, s.database(), s.user(), s.password(),
                null, false, 2, false, s.sources()));

        vm.start();

        assertThat(vm.failedProperty().get()).isTrue();
        assertThat(vm.coverTitleProperty().get()).isEqualTo("Could not connect");
        assertThat(vm.coverTextProperty().get()).contains(DB.settings().host() + ":1").doesNotContain("at org.");
        assertThat(vm.serverTextProperty().get()).isEqualTo("Server: —");
        vm.showFailureDetails();
        assertThat(dialogs.errors()).singleElement()
                .satisfies(e -> assertThat(e.error().getMessage()).isEqualTo(vm.coverTextProperty().get()));
    }
}
