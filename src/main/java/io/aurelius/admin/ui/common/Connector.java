package io.aurelius.admin.ui.common;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import java.util.function.Consumer;

/**
 * How the desktop app finds and opens its database; the composition root supplies it, tests point it at
 * a fresh database. Every method is slow or may fail and runs in the background; failures are exceptions
 * whose message is one sentence for the user.
 */
public interface Connector {

    /** Resolves the settings (flags, environment, .env, PG*, ~/.pgpass). */
    ConnectionSettings resolve();

    /**
     * Connects with them. A connector may end up elsewhere (e.g. a private local server when nothing is
     * configured): the settings of the returned Services are the ones shown. Progress sentences passed to
     * {@code say} appear on the connecting cover.
     */
    Services connect(ConnectionSettings settings, Consumer<String> say);

    /** Makes the next {@link #resolve()} use this saved profile (null: the settings as configured). */
    default void useProfile(String profile) {
    }
}
