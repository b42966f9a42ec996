package io.aurelius.admin;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.localserver.LocalServer;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Which server to use. Settings that name a server (flags, environment, .env, PG*) always win. With nothing
 * configured, the private local server is used while it runs; the desktop app also starts it when the
 * default server cannot be reached, so a fresh machine opens on a working database.
 */
public final class Connections {

    private static final Logger log = LoggerFactory.getLogger(Connections.class);

    private Connections() {
    }

    /** For commands: never starts anything. */
    public static ConnectionSettings forCommand(SettingsResolver resolver, SettingsResolver.Overrides overrides,
                                                LocalServer privateServer) {
        ConnectionSettings configured = resolver.resolve(overrides);
        if (SettingsResolver.nothingConfigured(configured)) {
            Optional<ConnectionSettings> running = privateServer.runningSettings();
            if (running.isPresent()) {
                return withTuning(running.get(), configured);
            }
        }
        return configured;
    }

    /** True when the settings name no server (nor the private one): the desktop may start the private server. */
    public static boolean mayUsePrivate(ConnectionSettings settings) {
        return SettingsResolver.nothingConfigured(settings)
                || settings.sources().values().stream().allMatch(LocalServer.SOURCE::equals);
    }

    /**
     * For the desktop app, with the settings {@link #forCommand} gave: connects, and when they name no server
     * (nor the private one) and the default cannot be reached, starts the private server and creates the schema
     * in it.
     */
    public static Services connectDesktop(ConnectionSettings settings, LocalServer privateServer,
                                          Consumer<String> progress) {
        boolean mayUsePrivate = mayUsePrivate(settings);
        progress.accept("Connecting to " + settings.describe() + "…");
        try {
            return Services.connect(settings);
        } catch (DatabaseException e) {
            if (!mayUsePrivate) {
                throw e;
            }
            log.info("Default server unusable ({}); using the private local server", e.getMessage());
        }
        progress.accept("No PostgreSQL configured or reachable: starting the private local server…");
        ConnectionSettings local = withTuning(privateServer.start(), settings);
        privateServer.status().runAsNote().ifPresent(log::info);
        Services services = Services.connect(local);
        if (services.schema().inspect().state() == SchemaReport.State.EMPTY) {
            progress.accept("Creating the AURELIUS schema in the private server…");
            services.schema().init();
        }
        return services;
    }

    /** The outcome of "Test": the same check as `db check`, as one sentence. */
    public record Verdict(boolean ok, String sentence) {
    }

    /** Connects with the settings, reads the server and the schema state, and closes again. */
    public static Verdict test(ConnectionSettings settings) {
        try (Services s = Services.connect(settings.withPoolSize(1))) {
            SchemaReport report = s.schema().inspect();
            return new Verdict(true, "Connected to " + s.database().serverInfo().displayVersion() + " as "
                    + s.database().serverInfo().user() + (s.database().serverInfo().readOnly() ? " (read-only)" : "")
                    + String.format(java.util.Locale.ROOT, " in %.1f ms round trip; schema: ",
                    s.database().serverInfo().roundTripMillis()) + report.summary() + ".");
        } catch (DatabaseException e) {
            return new Verdict(false, e.getMessage());
        }
    }

    /** Keeps the private server's address and credentials, with the user's echo and pool settings. */
    private static ConnectionSettings withTuning(ConnectionSettings server, ConnectionSettings user) {
        return new ConnectionSettings(server.host(), server.port(), server.database(), server.user(),
                server.password(), server.sslmode(), user.echoSql(), user.poolSize(), false, server.sources());
    }
}
