package io.aurelius.admin.ui.common;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.db.ServerInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The connection every screen shares: where it points, whether it is up, the server and the schema state.
 * It connects (and reconnects, for Check and Retry) through the TaskRunner, and owns the open Services.
 */
public final class ConnectionState implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ConnectionState.class);

    /** Where the connection stands. */
    public enum Phase {
        IDLE, RESOLVING, CONNECTING, CONNECTED, FAILED;

        public boolean inProgress() {
            return this == RESOLVING || this == CONNECTING;
        }
    }

    /** Whether the open connection still reaches the server. */
    public enum Link {
        UP, LOST
    }

    private record Opened(Services services, SchemaReport schema) {
    }

    private final Connector connector;
    private final TaskRunner runner;
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(Phase.IDLE);
    private final ReadOnlyObjectWrapper<ConnectionSettings> settings = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Services> services = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<ServerInfo> server = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<SchemaReport> schema = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Throwable> failure = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper("");
    private final javafx.beans.property.ReadOnlyIntegerWrapper dataVersion =
            new javafx.beans.property.ReadOnlyIntegerWrapper(0);
    private final ReadOnlyObjectWrapper<Link> link = new ReadOnlyObjectWrapper<>(Link.UP);
    private final ReadOnlyObjectWrapper<Instant> lostAt = new ReadOnlyObjectWrapper<>();
    private final List<Runnable> onRecovered = new ArrayList<>();
    private Duration watchEvery;
    private LinkWatch watch;

    public ConnectionState(Connector connector, TaskRunner runner) {
        this.connector = connector;
        this.runner = runner;
    }

    /** Switches to a saved profile (null: the configured settings) and connects with it. */
    public void switchTo(String profile) {
        connector.useProfile(profile);
        connect();
    }

    /** Resolves the settings afresh and connects; ignored while a connect is already under way. */
    public void connect() {
        if (phase.get().inProgress()) {
            return;
        }
        phase.set(Phase.RESOLVING);
        failure.set(null);
        BackgroundTask.wrap(connector::resolve)
                .titled("Reading the connection settings")
                .onSuccess(this::connectWith)
                .onFailure(error -> {
                    settings.set(null);
                    failed(error);
                })
                .executeWith(runner);
    }

    private void connectWith(ConnectionSettings resolved) {
        settings.set(resolved);
        phase.set(Phase.CONNECTING);
        progress.set("");
        BackgroundTask.wrapReporting(say -> open(resolved, say))
                .titled("Connecting to " + resolved.describe())
                .onMessage(progress::set)
                .onSuccess(this::connected)
                .onFailure(this::failed)
                .executeWith(runner);
    }

    private Opened open(ConnectionSettings resolved, Consumer<String> say) {
        Services opened = connector.connect(resolved, say);
        try {
            return new Opened(opened, opened.schema().inspect());
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }

    private void connected(Opened opened) {
        Services previous = services.get();
        progress.set("");
        settings.set(opened.services().database().settings());
        server.set(opened.services().database().serverInfo());
        schema.set(opened.schema());
        services.set(opened.services());
        phase.set(Phase.CONNECTED);
        markUp();
        startWatch(opened.services());
        if (previous != null) {
            closeLater(previous);
        }
    }

    private void failed(Throwable error) {
        progress.set("");
        Services previous = services.get();
        services.set(null);
        server.set(null);
        schema.set(null);
        failure.set(error);
        stopWatch();
        markUp();
        phase.set(Phase.FAILED);
        if (previous != null) {
            closeLater(previous);
        }
    }

    /**
     * Watches the open connection from now on: a heartbeat every {@code every} on its own thread; when the
     * server stops answering the link is LOST (screens keep what they show), and when it answers again the
     * link is UP and the recovery listeners run (screens retry what failed meanwhile).
     */
    public void watch(Duration every) {
        watchEvery = every;
        if (services.get() != null) {
            startWatch(services.get());
        }
    }

    /** Runs on the FX thread each time the server answers again after the link was lost. */
    public void onRecovered(Runnable listener) {
        onRecovered.add(listener);
    }

    private void startWatch(Services open) {
        stopWatch();
        if (watchEvery != null) {
            watch = new LinkWatch(open.database().heartbeat(), watchEvery, this::beat);
        }
    }

    private void stopWatch() {
        if (watch != null) {
            watch.close();
            watch = null;
        }
    }

    private void beat(boolean answered) {
        if (!answered && link.get() == Link.UP) {
            lostAt.set(Instant.now());
            link.set(Link.LOST);
            log.warn("The connection to {} is lost; retrying", settings.get() == null ? "the server"
                    : settings.get().describe());
        } else if (answered && link.get() == Link.LOST) {
            markUp();
            log.info("The connection to {} is back", settings.get() == null ? "the server"
                    : settings.get().describe());
            List.copyOf(onRecovered).forEach(Runnable::run);
        }
    }

    private void markUp() {
        lostAt.set(null);
        link.set(Link.UP);
    }

    /** A screen changed rows (demo data, drop, reset, a restore): the screens showing rows read them again. */
    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
    }

    /** Goes up by one with each {@link #dataChanged()}. */
    public javafx.beans.property.ReadOnlyIntegerProperty dataVersionProperty() {
        return dataVersion.getReadOnlyProperty();
    }

    /** A screen learned the schema changed (after init, drop or a refresh): the status bar follows. */
    public void publishSchema(SchemaReport report) {
        schema.set(report);
    }

    private void closeLater(Services old) {
        BackgroundTask.wrap(() -> {
            old.close();
            return null;
        }).titled("Closing the previous connection").executeWith(runner);
    }

    /** Closes the open connection (on exit). */
    @Override
    public void close() {
        stopWatch();
        Services open = services.get();
        if (open != null) {
            try {
                open.close();
            } catch (RuntimeException e) {
                log.warn("Closing the connection failed: {}", e.getMessage(), e);
            }
        }
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ConnectionSettings> settingsProperty() {
        return settings.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Services> servicesProperty() {
        return services.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<ServerInfo> serverProperty() {
        return server.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<SchemaReport> schemaProperty() {
        return schema.getReadOnlyProperty();
    }

    /** The connector's latest progress sentence while connecting, else "". */
    public ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** UP while the server answers the heartbeat (or nothing is watched), LOST from its first miss. */
    public ReadOnlyObjectProperty<Link> linkProperty() {
        return link.getReadOnlyProperty();
    }

    /** When the link was lost, or null while it is up. */
    public ReadOnlyObjectProperty<Instant> lostAtProperty() {
        return lostAt.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Throwable> failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public Services services() {
        return services.get();
    }
}
