package io.aurelius.admin;

import io.aurelius.admin.config.ConnectionSettings;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.LoggerFactory;

/**
 * The first connection, begun before the window exists: the JavaFX toolkit's start and the first screen's build
 * and the connection (probe, password exchange, pool) run side by side instead of one after the other. The
 * first connect for exactly the settings it began with takes its outcome (its failure too, as it came); any
 * other connect goes the usual way, and a head start nobody took is closed.
 */
public final class HeadStart implements AutoCloseable {

    private final ConnectionSettings settings;
    private final CompletableFuture<Services> services;
    private final AtomicBoolean taken = new AtomicBoolean();

    private HeadStart(ConnectionSettings settings, CompletableFuture<Services> services) {
        this.settings = settings;
        this.services = services;
    }

    /** Starts connecting with {@code settings} on a thread of its own. */
    public static HeadStart begin(ConnectionSettings settings) {
        CompletableFuture<Services> services = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                services.complete(Services.connect(settings));
            } catch (RuntimeException | Error e) {
                services.completeExceptionally(e);
            }
        }, "aurelius-head-start");
        t.setDaemon(true);
        t.start();
        return new HeadStart(settings, services);
    }

    /** No head start: every connect goes the usual way. */
    public static HeadStart none() {
        return new HeadStart(null, null);
    }

    /**
     * The head start's services when they were begun for exactly {@code s} and nobody took them yet, waiting for
     * them; the connection's failure is thrown as it came. Empty otherwise.
     */
    public Optional<Services> take(ConnectionSettings s) {
        if (settings == null || !settings.equals(s) || !taken.compareAndSet(false, true)) {
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
        if (settings != null && taken.compareAndSet(false, true)) {
            services.whenComplete((s, error) -> {
                if (s != null) {
                    s.close();
                    LoggerFactory.getLogger(HeadStart.class).debug("Closed an unused head-start connection");
                }
            });
        }
    }
}
