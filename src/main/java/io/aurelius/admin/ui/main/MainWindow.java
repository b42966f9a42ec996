package io.aurelius.admin.ui.main;

import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.ui.connections.ConnectionsView;
import io.aurelius.admin.ui.connections.ConnectionsViewModel;
import io.aurelius.admin.ui.setup.SetupView;
import io.aurelius.admin.ui.setup.SetupViewModel;
import io.aurelius.admin.Services;
import io.aurelius.admin.query.StrategyBrowser;
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
import java.net.URL;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.ObjectBinding;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The desktop app's window, composed: the shared connection state, the dialogs, the views and their
 * ViewModels (one registration per screen). The app and the robot tests open it the same way.
 */
public final class MainWindow implements AutoCloseable {

    public static final String STYLESHEET = "/css/aurelius.css";
    private static final double WIDTH = 1320;
    private static final double HEIGHT = 820;

    private final ConnectionState connection;
    private final TaskRunner runner;
    private final MainViewModel main;
    private final ObjectBinding<StrategyBrowser> browser;
    private final Stage stage;

    private MainWindow(Stage stage, ConnectionState connection, TaskRunner runner, MainViewModel main,
                       ObjectBinding<StrategyBrowser> browser) {
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
        main.placeProperty().addListener((obs, old, place) -> {
            if (place.screen().equals(Screen.STRATEGY)) {
                strategy.open(place.argument());
            }
        });
        ControllerFactory controllers = new ControllerFactory();
        ViewLoader loader = new ViewLoader(controllers);
        controllers.register(MainView.class, () -> new MainView(main, loader));
        controllers.register(DatabaseView.class,
                () -> new DatabaseView(new DatabaseViewModel(connection, runner, dialogs)));
        StrategiesExport export = new StrategiesExport(Bindings.createObjectBinding(
                () -> browser.get() == null ? null : connection.services().strategiesCsv(), browser),
                strategies, runner, dialogs);
        controllers.register(StrategiesView.class, () -> new StrategiesView(strategies, export));
        controllers.register(StrategyView.class, () -> new StrategyView(strategy));
        DashboardViewModel dashboard = dashboard(connection, runner, browser, main, strategies);
        controllers.register(DashboardView.class, () -> new DashboardView(dashboard));
        SettingsResolver settings = SettingsResolver.fromSystem();
        controllers.register(ConnectionsView.class,
                () -> new ConnectionsView(new ConnectionsViewModel(settings, connection, runner, dialogs)));
        controllers.register(SetupView.class,
                () -> new SetupView(new SetupViewModel(settings, connection, runner, dialogs)));

        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        // a little smaller than the screen: a window exactly as wide as Monocle's headless screen gets no clicks
        Scene scene = new Scene(loader.load("main").root(), Math.min(WIDTH, screen.getWidth() * 0.92),
                Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(css);
        stage.titleProperty().bind(main.windowTitleProperty());
        stage.setScene(scene);
        stage.show();
        main.start();
        return new MainWindow(stage, connection, runner, main, browser);
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
