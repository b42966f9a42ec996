package io.aurelius.admin;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.localserver.LocalServer;
import io.aurelius.admin.ui.common.Connector;
import io.aurelius.admin.ui.common.FirstWindow;
import io.aurelius.admin.ui.common.FxTaskRunner;
import io.aurelius.admin.ui.common.Screenshot;
import io.aurelius.admin.ui.main.MainWindow;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.stage.Stage;
import org.slf4j.LoggerFactory;

/**
 * The desktop app; the composition root of the GUI. It shows the window at once and connects in the
 * background (settings, pool, then Hibernate); the connection is closed on exit.
 */
public class AdminApp extends Application {

    private MainWindow window;
    private volatile boolean leaveServerRunning;
    private static final String STOP = "Stop the server";
    private static final String LEAVE = "Leave it running";
    private final LocalServer privateServer = LocalServer.defaultLocation();

    /** The connection begun before the toolkit starts (see {@link #launchDesktop}). */
    private static volatile HeadStart headStart = HeadStart.none();

    /**
     * Starts the app. The settings are resolved beside the toolkit's start; when they name a server, connecting
     * to it begins there too, beside the window's build. With nothing configured the window comes first, so the
     * private server's start shows its progress there.
     */
    static void launchDesktop(String[] args) {
        headStart = HeadStart.begin(() -> {
            ConnectionSettings settings = Connections.forCommand(SettingsResolver.fromSystem(),
                    SettingsResolver.Overrides.none(), LocalServer.defaultLocation());
            return Connections.mayUsePrivate(settings) ? Optional.empty() : Optional.of(settings);
        });
        Application.launch(AdminApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        FxTaskRunner runner = new FxTaskRunner();
        window = MainWindow.open(stage, new SystemConnector(privateServer, headStart), runner);
        stage.setOnCloseRequest(close -> {
            if (privateServer.startedHere() && !askAboutTheServer()) {
                close.consume();
            }
        });
        Screenshot.ifRequested(stage, window.connection(), runner);
        FirstWindow.markIfRequested(stage, window.connection(), runner);
    }

    /** Stop the private server this app started, or leave it running? False when the user cancels closing. */
    private boolean askAboutTheServer() {
        Optional<String> answer = window.dialogs().choose("Closing AURELIUS Admin", "The private PostgreSQL"
                + " server this app started (data in " + privateServer.dataDir() + ") is running."
                + " Stop it, or leave it running for the command line and the next start?",
                List.of(STOP, LEAVE));
        answer.ifPresent(a -> leaveServerRunning = a.equals(LEAVE));
        return answer.isPresent();
    }

    @Override
    public void stop() {
        headStart.close();
        if (window != null) {
            window.close();
        }
        if (leaveServerRunning) {
            LoggerFactory.getLogger(AdminApp.class).info("Leaving the private PostgreSQL server running, as asked");
        } else {
            privateServer.stopIfStartedHere();
        }
    }

    /**
     * The settings as the command line resolves them with no flags; with nothing configured and no default
     * server reachable, the private local server. Hibernate is warmed up after connecting.
     */
    private static final class SystemConnector implements Connector {
        private final LocalServer privateServer;
        private final HeadStart early;
        private volatile String profile;
        private final AtomicBoolean firstResolve = new AtomicBoolean(true);

        SystemConnector(LocalServer privateServer, HeadStart early) {
            this.privateServer = privateServer;
            this.early = early;
        }

        private SettingsResolver.Overrides overrides() {
            return new SettingsResolver.Overrides(null, null, null, null, null, null, profile);
        }

        @Override
        public void useProfile(String name) {
            this.profile = name;
        }

        /** The first time, with no profile chosen, the settings the head start resolved (when it has some). */
        @Override
        public ConnectionSettings resolve() {
            if (firstResolve.compareAndSet(true, false) && profile == null) {
                Optional<ConnectionSettings> early = this.early.settings();
                if (early.isPresent()) {
                    return early.get();
                }
            }
            return Connections.forCommand(SettingsResolver.fromSystem(), overrides(), privateServer);
        }

        @Override
        public Services connect(ConnectionSettings settings, Consumer<String> say) {
            return early.take(settings).orElseGet(() -> Connections.connectDesktop(settings, privateServer, say));
        }
    }
}
