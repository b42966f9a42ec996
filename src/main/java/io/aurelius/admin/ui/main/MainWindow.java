package io.aurelius.admin.ui.main;

import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.ui.connections.ConnectionsView;
import io.aurelius.admin.ui.connections.ConnectionsViewModel;
import io.aurelius.admin.ui.setup.SetupView;
import io.aurelius.admin.ui.setup.SetupViewModel;
import io.aurelius.admin.Services;
import io.aurelius.admin.query.ResultReader;
import io.aurelius.admin.query.StrategyBrowser;
import io.aurelius.admin.ui.backups.BackupsView;
import io.aurelius.admin.ui.backups.BackupsViewModel;
import io.aurelius.admin.ui.backups.JobRun;
import io.aurelius.admin.ui.backups.RestoreViewModel;
import io.aurelius.admin.ui.common.ExportBar;
import io.aurelius.admin.ui.common.ExportJob;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.Connector;
import io.aurelius.admin.ui.common.ControllerFactory;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.FxDialogService;
import io.aurelius.admin.ui.common.TaskRunner;
import io.aurelius.admin.ui.common.ViewLoader;
import io.aurelius.admin.query.Dashboard;
import io.aurelius.admin.ui.dashboard.DashboardView;
import io.aurelius.admin.ui.dashboard.DashboardViewModel;
import io.aurelius.admin.ui.database.DatabaseView;
import io.aurelius.admin.ui.database.DatabaseViewModel;
import io.aurelius.admin.ui.strategies.BrowseStore;
import io.aurelius.admin.ui.strategies.StrategiesExport;
import io.aurelius.admin.ui.strategies.StrategiesView;
import io.aurelius.admin.ui.strategies.StrategiesViewModel;
import io.aurelius.admin.ui.strategy.StrategyView;
import io.aurelius.admin.ui.strategy.StrategyViewModel;
import io.aurelius.admin.ui.backtest.BacktestView;
import io.aurelius.admin.ui.backtest.BacktestViewModel;
import io.aurelius.admin.ui.compare.CompareView;
import io.aurelius.admin.ui.compare.CompareViewModel;
import io.aurelius.admin.ui.gates.GatesView;
import io.aurelius.admin.ui.gates.GatesViewModel;
import io.aurelius.admin.ui.validation.ValidationView;
import io.aurelius.admin.ui.validation.ValidationViewModel;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ObjectProperty;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app's window, composed: the shared connection state, the dialogs, the views and their
 * ViewModels (one registration per screen). The app and the robot tests open it the same way.
 */
public final class MainWindow implements AutoCloseable {

    public static final String STYLESHEET = "/css/aurelius.css";
    /**
     * The window's first size (smaller screens get 92 % of their width): wide enough for every column of the
     * Strategies list at its default widths beside the navigation, without a horizontal scroll bar.
     */
    private static final double WIDTH = 1440;
    private static final double HEIGHT = 900;
    /** How often the open connection is checked: a lost server shows in the status bar within ~2 beats. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(2);

    private final ConnectionState connection;
    private final TaskRunner runner;
    private final MainViewModel main;
    private final ObjectBinding<StrategyBrowser> browser;
    private final Stage stage;
    private final BackupsViewModel backups;
    private final DialogService dialogs;

    private MainWindow(Stage stage, ConnectionState connection, TaskRunner runner, MainViewModel main,
                       ObjectBinding<StrategyBrowser> browser, BackupsViewModel backups, DialogService dialogs) {
        this.backups = backups;
        this.dialogs = dialogs;
        this.stage = stage;
        this.connection = connection;
        this.runner = runner;
        this.main = main;
        this.browser = browser;
    }

    /** Shows the window at once, then connects in the background; the Strategies layout in the user's folder. */
    public static MainWindow open(Stage stage, Connector connector, TaskRunner runner) {
        return open(stage, connector, runner, BrowseStore.inUserDataFolder());
    }

    /** The same, remembering the Strategies screen's layout, sort and filters in {@code store}. */
    public static MainWindow open(Stage stage, Connector connector, TaskRunner runner, BrowseStore store) {
        ConnectionState connection = new ConnectionState(connector, runner);
        String css = stylesheet();
        DialogService dialogs = new FxDialogService(() -> stage, css);
        MainViewModel main = new MainViewModel(connection, runner, dialogs);
        ObjectBinding<StrategyBrowser> browser = browsing(connection);
        StrategiesViewModel strategies = new StrategiesViewModel(browser, runner, store);
        StrategyViewModel strategy = new StrategyViewModel(browser, runner);
        strategies.setOnOpen(id -> main.go(Place.strategy(id)));
        connection.watch(HEARTBEAT);
        connection.dataVersionProperty().addListener(o -> {
            strategies.refresh();
            strategy.refresh();
        });
        ExportJob exports = new ExportJob(runner, dialogs,
                () -> connection.services() == null ? null : connection.services().jsonFile());
        connection.onRecovered(() -> {
            strategies.retryFailed();
            strategy.retryFailed();
        });
        main.placeProperty().addListener((obs, old, place) -> {
            if (place.screen().equals(Screen.STRATEGY)) {
                strategy.open(place.argument());
            }
        });
        BacktestViewModel backtest = new BacktestViewModel(browser.map(b -> connection.services() == null ? null
                : connection.services().reports()), runner, dialogs);
        strategy.setOnOpenBacktest(id -> main.go(Place.backtest(id)));
        backtest.setOnOpenStrategy(id -> main.go(Place.strategy(id)));
        main.placeProperty().addListener((obs, old, place) -> {
            if (place.screen().equals(Screen.BACKTEST)) {
                backtest.open(place.argument());
            }
        });
        CompareViewModel compare = new CompareViewModel(browser.map(b -> connection.services() == null ? null
                : connection.services().reports()), runner);
        connection.dataVersionProperty().addListener(o -> {
            if (main.placeProperty().get().screen().equals(Screen.COMPARE)) {
                compare.refresh();
            }
        });
        strategy.setOnCompare(ids -> main.go(Place.compare(ids)));
        main.placeProperty().addListener((obs, old, place) -> {
            if (place.screen().equals(Screen.COMPARE)) {
                compare.open(place.arguments());
            }
        });
        ObjectBinding<ResultReader> results = resultReading(connection);
        ValidationViewModel validation = new ValidationViewModel(results, runner);
        GatesViewModel gates = new GatesViewModel(results, runner);
        strategy.setOnOpenValidation(id -> main.go(Place.validation(id)));
        strategy.setOnOpenGate((strategyId, gateId) -> main.go(Place.gates(strategyId, gateId)));
        validation.setOnOpenStrategy(id -> main.go(Place.strategy(id)));
        gates.setOnOpenStrategy(id -> main.go(Place.strategy(id)));
        main.placeProperty().addListener((obs, old, place) -> {
            if (place.screen().equals(Screen.VALIDATION)) {
                validation.open(place.argument());
            } else if (place.screen().equals(Screen.GATES)) {
                List<String> ids = place.arguments();
                gates.open(ids.get(0), ids.size() > 1 ? ids.get(1) : null);
            }
        });
        ControllerFactory controllers = new ControllerFactory();
        ViewLoader loader = new ViewLoader(controllers);
        controllers.register(ValidationView.class, () -> new ValidationView(validation, exports));
        controllers.register(GatesView.class, () -> new GatesView(gates, exports));
        controllers.register(MainView.class, () -> new MainView(main, loader));

        StrategiesExport export = new StrategiesExport(Bindings.createObjectBinding(
                () -> browser.get() == null ? null : connection.services().strategiesCsv(), browser),
                strategies, runner, dialogs);
        controllers.register(StrategiesView.class, () -> new StrategiesView(strategies, export));
        controllers.register(StrategyView.class, () -> new StrategyView(strategy, exports));
        DashboardViewModel dashboard = dashboard(connection, runner, browser, main, strategies);
        dashboard.setOnOpenBacktest(id -> main.go(Place.backtest(id)));
        dashboard.setOnOpenValidation(id -> main.go(Place.validation(id)));
        controllers.register(DashboardView.class, () -> new DashboardView(dashboard, exports));
        JobRun job = new JobRun(runner);
        BackupsViewModel backups = new BackupsViewModel(connection, runner, dialogs, job);
        RestoreViewModel restore = new RestoreViewModel(connection, runner, dialogs, job,
                backups.folderProperty()::get, backups::refreshList);
        controllers.register(BackupsView.class, () -> new BackupsView(backups, restore, writable(connection),
                connection.settingsProperty().map(s -> s.database()).orElse("")));
        controllers.register(DatabaseView.class, () -> new DatabaseView(new DatabaseViewModel(connection, runner,
                dialogs, backups.folderProperty()::get)));
        controllers.register(BacktestView.class, () -> new BacktestView(backtest, exports));
        controllers.register(CompareView.class, () -> new CompareView(compare, exports));
        SettingsResolver settings = SettingsResolver.fromSystem();
        controllers.register(ConnectionsView.class,
                () -> new ConnectionsView(new ConnectionsViewModel(settings, connection, runner, dialogs)));
        controllers.register(SetupView.class,
                () -> new SetupView(new SetupViewModel(settings, connection, runner, dialogs)));

        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // a little smaller than the screen: a window exactly as wide as Monocle's headless screen gets no clicks
        javafx.scene.Parent root = loader.load("main").root();
        if (root.lookup(".status-bar") instanceof javafx.scene.layout.Pane bar) {
            bar.getChildren().add(new ExportBar(exports));
        }
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth() * 0.92),
                Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(css);
        stage.titleProperty().bind(main.windowTitleProperty());
        stage.setScene(scene);
        stage.show();
        main.start();
        return new MainWindow(stage, connection, runner, main, browser, backups, dialogs);
    }

    /** True while the connection may write: not a read-only profile, not a read-only server. */
    private static BooleanBinding writable(ConnectionState connection) {
        return Bindings.createBooleanBinding(() -> connection.services() != null
                && !connection.services().database().settings().readOnly()
                && !connection.services().database().serverInfo().readOnly(), connection.servicesProperty());
    }

    /** The Dashboard: reads while it shows; its rows open strategies, a type's bar the filtered list. */
    private static DashboardViewModel dashboard(ConnectionState connection, TaskRunner runner,
                                                ObjectBinding<StrategyBrowser> browser, MainViewModel main,
                                                StrategiesViewModel strategies) {
        ObjectBinding<Dashboard> queries = Bindings.createObjectBinding(
                () -> browser.get() == null ? null : connection.services().dashboard(), browser);
        DashboardViewModel dashboard = new DashboardViewModel(queries, runner);
        dashboard.setOnOpen(id -> main.go(Place.strategy(id)));
        dashboard.setOnType(type -> {
            strategies.showType(type);
            main.go(Place.of(Screen.STRATEGIES));
        });
        main.placeProperty().addListener((obs, old, place) ->
                dashboard.setShowing(place.screen().equals(Screen.DASHBOARD)));
        connection.dataVersionProperty().addListener(o -> dashboard.dataChanged());
        return dashboard;
    }

    /** The read side while there is something to browse: connected, and the AURELIUS tables exist. */
    private static ObjectBinding<StrategyBrowser> browsing(ConnectionState connection) {
        return Bindings.createObjectBinding(() -> {
            Services services = connection.services();
            return services != null && Readiness.browsable(connection.schemaProperty().get())
                    ? services.browser() : null;
        }, connection.servicesProperty(), connection.schemaProperty());
    }

    /** The read side of the result screens while there is something to browse. */
    private static ObjectBinding<ResultReader> resultReading(ConnectionState connection) {
        return Bindings.createObjectBinding(() -> {
            Services services = connection.services();
            return services != null && Readiness.browsable(connection.schemaProperty().get())
                    ? services.results() : null;
        }, connection.servicesProperty(), connection.schemaProperty());
    }

    /** Shows a place (as if the user went there): used by snapshots and tests. */
    public void go(Place place) {
        main.go(place);
    }

    public Stage stage() {
        return stage;
    }

    public MainViewModel viewModel() {
        return main;
    }

    /** True once the tables can be browsed (connected, schema present). */
    public boolean browsing() {
        return browser.get() != null;
    }

    /** The window's dialogs (the app asks with them on closing). */
    public DialogService dialogs() {
        return dialogs;
    }

    /** The folder backups go to and are listed from (the Backups screen's; tests point it at a temp folder). */
    public ObjectProperty<Path> backupFolderProperty() {
        return backups.folderProperty();
    }

    public ConnectionState connection() {
        return connection;
    }

    public TaskRunner runner() {
        return runner;
    }

    /** Closes the connection and stops the task pool. */
    @Override
    public void close() {
        runner.shutdown();
        connection.close();
    }

    private static String stylesheet() {
        URL css = MainWindow.class.getResource(STYLESHEET);
        if (css == null) {
            throw new IllegalStateException(STYLESHEET + " is not on the classpath.");
        }
        return css.toExternalForm();
    }
}
