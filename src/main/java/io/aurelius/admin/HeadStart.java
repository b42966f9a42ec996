package io.aurelius.admin;

import io.aurelius.admin.config.ConnectionSettings;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The first connection, begun before the window exists: the JavaFX toolkit's start and the first screen's build
 * run beside the settings' resolution and the connection (probe, password exchange, pool, the pool's first
 * session reading the schema's state). The first connect for exactly the settings it began with takes its outcome
 * (its failure too, as it came); any other connect goes the usual way, and a head start nobody took is closed.
 */
public final class HeadStart implements AutoCloseable {

    /** The settings it connects with; empty when it resolved none (or failed to: the window says why). */
    private final CompletableFuture<Optional<ConnectionSettings>> settings;
    /** The connection; null when there was nothing to connect to. */
    private final CompletableFuture<Services> services;
    private final AtomicBoolean taken = new AtomicBoolean();

    private HeadStart(CompletableFuture<Optional<ConnectionSettings>> settings, CompletableFuture<Services> services) {
        this.settings = settings;
        this.services = services;
    }

    /** Starts connecting with {@code settings} on a thread of its own. */
    public static HeadStart begin(ConnectionSettings settings) {
        return begin(() -> Optional.of(settings));
    }

    /**
     * Resolves the settings on a thread of its own and, when that gives some, connects with them there. A
     * resolution that fails leaves no head start: the window resolves again and shows the fault.
     */
    public static HeadStart begin(Supplier<Optional<ConnectionSettings>> resolve) {
        CompletableFuture<Optional<ConnectionSettings>> settings = new CompletableFuture<>();
        CompletableFuture<Services> services = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            Optional<ConnectionSettings> s = Optional.empty();
            try {
                s = resolve.get();
            } catch (RuntimeException e) {
                LoggerFactory.getLogger(HeadStart.class).debug("No head start: the settings did not resolve", e);
            } finally {
                settings.complete(s); // whatever happened, nobody waits for settings that never come
            }
            try {
                services.complete(s.isEmpty() ? null : warm(Services.connect(s.get())));
            } catch (RuntimeException | Error e) {
                services.completeExceptionally(e);
            }
        }, "aurelius-head-start");
        t.setDaemon(true);
        t.start();
        return new HeadStart(settings, services);
    }

    /**
     * Opens the pool's first session by reading the schema's state, as the window does first after connecting:
     * its password exchange then runs beside the window's build instead of after it. A failure here is left for
     * the window's own read to report.
     */
    private static Services warm(Services s) {
        try {
            s.schema().inspect();
        } catch (RuntimeException e) {
            LoggerFactory.getLogger(HeadStart.class).debug("The head start's schema read failed", e);
        }
        return s;
    }

    /** No head start: every connect goes the usual way. */
    public static HeadStart none() {
        return new HeadStart(CompletableFuture.completedFuture(Optional.empty()),
                CompletableFuture.completedFuture(null));
    }

    /** The settings the head start connects with, waiting for their resolution; empty when it has none. */
    public Optional<ConnectionSettings> settings() {
        return settings.join();
    }

    /**
     * The head start's services when they were begun for exactly {@code s} and nobody took them yet, waiting for
     * them; the connection's failure is thrown as it came. Empty otherwise.
     */
    public Optional<Services> take(ConnectionSettings s) {
        if (settings().filter(s::equals).isEmpty() || !taken.compareAndSet(false, true)) {
            return Optional.empty();
        }
        try {
            return Optional.of(services.join());
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /** Closes the head start's services if nobody took them (now, or when they come). */
    @Override
    public void close() {
        if (taken.compareAndSet(false, true)) {
            services.whenComplete((s, error) -> {
                if (s != null) {
                    s.close();
                    LoggerFactory.getLogger(HeadStart.class).debug("Closed an unused head-start connection");
                }
            });
        }
    }
}
