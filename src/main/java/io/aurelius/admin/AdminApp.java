package io.aurelius.admin;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.localserver.LocalServer;
import io.aurelius.admin.ui.common.Connector;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.common.Screenshot;
import io.aurelius.admin.ui.main.MainWindow;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.stage.Stage;

/**
 * The desktop app; the composition root of the GUI. It shows the window at once and connects in the
 * background (settings, pool, then Hibernate); the connection is closed on exit.
 */
public class AdminApp extends Application {

    private MainWindow window;
    private final LocalServer privateServer = LocalServer.defaultLocation();

    static void launchDesktop(String[] args) {
        Application.launch(AdminApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        FxTaskRunner runner = new FxTaskRunner();
        window = MainWindow.open(stage, new SystemConnector(privateServer), runner);
        Screenshot.ifRequested(stage, window.connection(), runner);
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        privateServer.stopIfStartedHere();
    }

    /**
     * The settings as the command line resolves them with no flags; with nothing configured and no default
     * server reachable, the private local server. Hibernate is warmed up after connecting.
     */
    private static final class SystemConnector implements Connector {
        private final LocalServer privateServer;
        private volatile String profile;

        SystemConnector(LocalServer privateServer) {
            this.privateServer = privateServer;
        }

        private SettingsResolver.Overrides overrides() {
            return new SettingsResolver.Overrides(null, null, null, null, null, null, profile);
        }

        @Override
        public void useProfile(String name) {
            this.profile = name;
        }

        @Override
        public ConnectionSettings resolve() {
            return Connections.forCommand(SettingsResolver.fromSystem(), overrides(), privateServer);
        }

        @Override
        public Services connect(ConnectionSettings settings, Consumer<String> say) {
            return Connections.connectDesktop(settings, privateServer, say);
        }

        @Override
        public void warmUp(Services services) {
            services.database().sessions();
        }
    }
}
