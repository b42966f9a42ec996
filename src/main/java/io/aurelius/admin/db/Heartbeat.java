package io.aurelius.admin.db;

import io.aurelius.admin.config.ConnectionSettings;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells whether the server still answers, quickly, on a connection of its own (outside the pool, so a
 * pool whose connections all hang or wait cannot hide the answer, and the statement counts stay the
 * screens'). One beat is an empty query with a short network timeout; a beat after a failed one
 * reconnects. Not thread-safe: one caller (the watch thread) beats.
 */
public final class Heartbeat implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Heartbeat.class);
    /** Seconds a beat may take before the server counts as gone. */
    static final int TIMEOUT_SECONDS = 3;

    private final ConnectionSettings settings;
    private final String applicationName;
    private Connection connection;

    Heartbeat(ConnectionSettings settings, String applicationName) {
        this.settings = settings;
        this.applicationName = applicationName;
    }

    /** True when the server answered within a few seconds. */
    public boolean beat() {
        try {
            if (connection == null) {
                connection = open();
            }
            if (connection.isValid(TIMEOUT_SECONDS)) {
                return true;
            }
            log.debug("Heartbeat: {} did not answer within {} s", settings.describe(), TIMEOUT_SECONDS);
        } catch (SQLException e) {
            log.debug("Heartbeat: {} unreachable: {}", settings.describe(), Database.firstLine(e.getMessage()));
        }
        close();
        return false;
    }

    private Connection open() throws SQLException {
        Properties p = Database.driverProperties(settings, applicationName);
        p.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
        p.setProperty("loginTimeout", String.valueOf(TIMEOUT_SECONDS));
        p.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS * 2));
        return new org.postgresql.Driver().connect(settings.jdbcUrl(), p);
    }

    @Override
    public void close() {
        Connection c = connection;
        connection = null;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                log.debug("Heartbeat: closing: {}", e.getMessage());
            }
        }
    }
}
