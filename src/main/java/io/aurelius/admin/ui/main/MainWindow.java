package io.aurelius.admin.ui.main;

import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.Connector;
import io.aurelius.admin.ui.common.ControllerFactory;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.FxDialogService;
import io.aurelius.admin.ui.common.TaskRunner;
import io.aurelius.admin.ui.common.ViewLoader;
import io.aurelius.admin.ui.database.DatabaseView;
import io.aurelius.admin.ui.database.DatabaseViewModel;
import java.net.URL;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * The desktop app's window, composed: the shared connection state, the dialogs, the views and their
 * ViewModels (one registration per screen). The app and the robot tests open it the same way.
 */
public final class MainWindow implements AutoCloseable {

    public static final String STYLESHEET = "/css/aurelius.css";
    private static final double WIDTH = 1180;
    private static final double HEIGHT = 820;

    private final ConnectionState connection;
    private final TaskRunner runner;

    private MainWindow(ConnectionState connection, TaskRunner runner) {
        this.connection = connection;
        this.runner = runner;
    }

    /** Shows the window at once, then connects in the background. */
    public static MainWindow open(Stage stage, Connector connector, TaskRunner runner) {
        ConnectionState connection = new ConnectionState(connector, runner);
        String css = stylesheet();
        DialogService dialogs = new FxDialogService(() -> stage, css);
        MainViewModel main = new MainViewModel(connection, runner, dialogs);
        ControllerFactory controllers = new ControllerFactory();
        ViewLoader loader = new ViewLoader(controllers);
        controllers.register(MainView.class, () -> new MainView(main, loader));
        controllers.register(DatabaseView.class,
                () -> new DatabaseView(new DatabaseViewModel(connection, runner, dialogs)));

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(loader.load("main").root(), Math.min(WIDTH, screen.getWidth()),
                Math.min(HEIGHT, screen.getHeight()));
        scene.getStylesheets().add(css);
        stage.titleProperty().bind(main.windowTitleProperty());
        stage.setScene(scene);
        stage.show();
        main.start();
        return new MainWindow(connection, runner);
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
