package io.aurelius.admin.ui.main;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.db.ServerInfo;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.ConnectionState.Phase;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.Messages;
import io.aurelius.admin.ui.common.SchemaWords;
import io.aurelius.admin.ui.common.TaskRunner;
import io.aurelius.admin.ui.common.Tone;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * The main window's state: which screen is shown, the status bar (connection, server, schema, work in
 * flight), the connecting / could-not-connect cover over the screens, and Back / Forward between the
 * places visited. The app opens on Strategies; when the schema turns out not to be ready for browsing, on
 * Database instead.
 */
public final class MainViewModel {

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final ConnectionState connection;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final ReadOnlyObjectWrapper<Place> place = new ReadOnlyObjectWrapper<>(Place.of(Screen.ALL.get(0)));
    private final ReadOnlyObjectWrapper<Screen> selected = new ReadOnlyObjectWrapper<>(Screen.ALL.get(0));
    private final Deque<Place> backStack = new ArrayDeque<>();
    private final Deque<Place> forwardStack = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canGoBack = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canGoForward = new ReadOnlyBooleanWrapper(false);
    private boolean openingDecided;

    private final StringBinding connectionText;
    private final ObjectBinding<Tone> connectionTone;
    private final StringBinding connectionTip;
    private final StringBinding serverText;
    private final StringBinding schemaText;
    private final StringBinding schemaSummary;
    private final ObjectBinding<Tone> schemaTone;
    private final StringBinding coverTitle;
    private final StringBinding coverText;
    private final StringBinding windowTitle;
    private final BooleanBinding connecting;
    private final BooleanBinding failed;

    public MainViewModel(ConnectionState connection, TaskRunner runner, DialogService dialogs) {
        this.connection = connection;
        this.runner = runner;
        this.dialogs = dialogs;
        connectionText = Bindings.createStringBinding(this::describeConnection, connection.settingsProperty(),
                connection.phaseProperty(), connection.lostAtProperty());
        connectionTip = Bindings.createStringBinding(this::explainConnection, connection.settingsProperty(),
                connection.lostAtProperty());
        connectionTone = Bindings.createObjectBinding(() -> connection.lostAtProperty().get() == null
                ? Tone.NEUTRAL : Tone.ERROR, connection.lostAtProperty());
        serverText = Bindings.createStringBinding(() -> server(connection.serverProperty().get()),
                connection.serverProperty());
        schemaText = Bindings.createStringBinding(() -> connection.schemaProperty().get() == null ? "Schema: —"
                : "Schema: " + SchemaWords.state(connection.schemaProperty().get()), connection.schemaProperty());
        schemaSummary = Bindings.createStringBinding(() -> connection.schemaProperty().get() == null ? ""
                : connection.schemaProperty().get().summary(), connection.schemaProperty());
        schemaTone = Bindings.createObjectBinding(() -> SchemaWords.tone(connection.schemaProperty().get()),
                connection.schemaProperty());
        coverTitle = Bindings.createStringBinding(this::titleCover, connection.phaseProperty(),
                connection.settingsProperty());
        coverText = Bindings.createStringBinding(this::describeCover, connection.phaseProperty(),
                connection.settingsProperty(), connection.failureProperty(), connection.progressProperty());
        windowTitle = Bindings.createStringBinding(() -> connection.settingsProperty().get() == null
                ? "AURELIUS Admin" : "AURELIUS Admin — " + connection.settingsProperty().get().describe(),
                connection.settingsProperty());
        connecting = Bindings.createBooleanBinding(() -> connection.phaseProperty().get().inProgress()
                && connection.servicesProperty().get() == null, connection.phaseProperty(),
                connection.servicesProperty());
        failed = Bindings.createBooleanBinding(() -> connection.phaseProperty().get() == Phase.FAILED,
                connection.phaseProperty());
        selected.bind(place.getReadOnlyProperty().map(Place::screen));
        connection.phaseProperty().addListener((obs, old, phase) -> {
            if (phase == Phase.CONNECTED) {
                chooseOpeningScreen(connection.schemaProperty().get());
            }
        });
    }

    // --- navigation -------------------------------------------------------------------------------------

    /** Shows a screen of the navigation. */
    public void go(Screen screen) {
        go(Place.of(screen));
    }

    /** Shows a place; the current one goes onto the Back list. */
    public void go(Place next) {
        if (next.equals(place.get())) {
            return;
        }
        backStack.push(place.get());
        forwardStack.clear();
        moveTo(next);
    }

    public void back() {
        if (!backStack.isEmpty()) {
            forwardStack.push(place.get());
            moveTo(backStack.pop());
        }
    }

    public void forward() {
        if (!forwardStack.isEmpty()) {
            backStack.push(place.get());
            moveTo(forwardStack.pop());
        }
    }

    private void moveTo(Place next) {
        place.set(next);
        canGoBack.set(!backStack.isEmpty());
        canGoForward.set(!forwardStack.isEmpty());
    }

    /**
     * The first connection decides (once it is complete): Strategies when the tables are ready, else Database
     * (no history entry).
     */
    private void chooseOpeningScreen(SchemaReport report) {
        if (openingDecided || report == null) {
            return;
        }
        openingDecided = true;
        if (!Readiness.ready(report) && place.get().screen().equals(Screen.STRATEGIES) && backStack.isEmpty()) {
            moveTo(Place.of(Screen.DATABASE));
        }
    }

    /** Connects at start-up; the window is already showing. */
    public void start() {
        connection.connect();
    }

    /** The cover's Retry button: read the settings again and connect. */
    public void retry() {
        connection.connect();
    }

    /** The cover's Details button: the failure with its stack trace. */
    public void showFailureDetails() {
        Throwable failure = connection.failureProperty().get();
        if (failure != null) {
            dialogs.showError("Could not connect", failure);
        }
    }

    private String describeConnection() {
        ConnectionSettings s = connection.settingsProperty().get();
        if (s == null) {
            return connection.phaseProperty().get() == Phase.FAILED ? "Not connected" : "Reading settings…";
        }
        Instant lost = connection.lostAtProperty().get();
        if (lost != null) {
            return "Connection lost at " + CLOCK.format(lost) + " — retrying…";
        }
        return s.describe();
    }

    private String explainConnection() {
        ConnectionSettings s = connection.settingsProperty().get();
        Instant lost = connection.lostAtProperty().get();
        if (s == null || lost == null) {
            return s == null ? "" : s.describe();
        }
        return s.describe() + " stopped answering at " + CLOCK.format(lost) + ". The screens keep what they"
                + " show; reads that failed are repeated by themselves once the server answers again.";
    }

    private static String server(ServerInfo info) {
        return info == null ? "Server: —" : info.displayVersion();
    }

    private String titleCover() {
        if (connection.phaseProperty().get() != Phase.FAILED) {
            return "Connecting";
        }
        return connection.settingsProperty().get() == null ? "The connection settings need fixing"
                : "Could not connect";
    }

    private String describeCover() {
        Phase phase = connection.phaseProperty().get();
        ConnectionSettings s = connection.settingsProperty().get();
        return switch (phase) {
            case IDLE, RESOLVING -> "Reading the connection settings…";
            case CONNECTING -> connection.progressProperty().get().isEmpty()
                    ? "Connecting to " + s.describe() + "…" : connection.progressProperty().get();
            case FAILED -> Messages.sentence(connection.failureProperty().get());
            case CONNECTED -> "";
        };
    }

    public List<Screen> screens() {
        return Screen.ALL;
    }

    /** The screen showing (follows {@link #placeProperty()}). */
    public ReadOnlyObjectProperty<Screen> selectedScreenProperty() {
        return selected.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Place> placeProperty() {
        return place.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoBackProperty() {
        return canGoBack.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canGoForwardProperty() {
        return canGoForward.getReadOnlyProperty();
    }

    public StringBinding connectionTextProperty() {
        return connectionText;
    }

    /** The connection in full, and while it is lost what that means. */
    public StringBinding connectionTipProperty() {
        return connectionTip;
    }

    /** ERROR while the connection is lost, else plain. */
    public ObjectBinding<Tone> connectionToneProperty() {
        return connectionTone;
    }

    public StringBinding serverTextProperty() {
        return serverText;
    }

    public StringBinding schemaTextProperty() {
        return schemaText;
    }

    public StringBinding schemaSummaryProperty() {
        return schemaSummary;
    }

    public ObjectBinding<Tone> schemaToneProperty() {
        return schemaTone;
    }

    /** The cover's heading: connecting, could not connect, or the settings need fixing. */
    public StringBinding coverTitleProperty() {
        return coverTitle;
    }

    /** The sentence on the cover: connecting to whom, or why it failed. */
    public StringBinding coverTextProperty() {
        return coverText;
    }

    public StringBinding windowTitleProperty() {
        return windowTitle;
    }

    /** True while the first connection is being made (the screens have nothing to show yet). */
    public BooleanBinding connectingProperty() {
        return connecting;
    }

    public BooleanBinding failedProperty() {
        return failed;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return runner.busyProperty();
    }

    public ReadOnlyStringProperty activityProperty() {
        return runner.activityProperty();
    }
}
