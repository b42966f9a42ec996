package io.aurelius.admin.db;

import io.aurelius.admin.config.ConnectionSettings;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.Locale;

/**
 * Turns a failed connection attempt into one sentence naming the setting at fault and the fix,
 * following the AURELIUS guide's Troubleshooting section. Never includes the password.
 */
public final class ConnectionErrors {

    private ConnectionErrors() {
    }

    public static DatabaseException explain(SQLException e, ConnectionSettings s) {
        return new DatabaseException(sentence(e, s), e);
    }

    static String sentence(SQLException e, ConnectionSettings s) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        String where = s.host() + ":" + s.port();
        Throwable root = rootCause(e);

        if (root instanceof UnknownHostException) {
            return "The host '" + s.host() + "' (from " + s.sourceOf("host") + ") cannot be found;"
                    + " correct DB_HOST or --host.";
        }
        if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
            return "Cannot connect to PostgreSQL at " + where + " (connection refused): is PostgreSQL running"
                    + " and listening there? Start it (e.g. sudo systemctl start postgresql) or correct the"
                    + " host/port (port from " + s.sourceOf("port") + ").";
        }
        if (root instanceof SocketTimeoutException) {
            return "No answer from " + where + " within the connection timeout: check the host and port"
                    + " (from " + s.sourceOf("host") + ") and any firewall in between.";
        }
        switch (state) {
            case "28P01":
                return "PostgreSQL rejected the password for role '" + s.user() + "' at " + where
                        + (s.hasPassword() ? " (password from " + s.sourceOf("password") + ")" : "")
                        + ": set DB_PASSWORD in .env or the environment, or a ~/.pgpass line, to the role's"
                        + " password (and check the role exists).";
            case "3D000":
                return "The database '" + s.database() + "' does not exist on " + where + ": create it"
                        + " (CREATE DATABASE " + s.database() + "; as in the guide's Step 1) or correct DB_NAME"
                        + " (from " + s.sourceOf("database") + ").";
            case "53300":
                return "PostgreSQL at " + where + " has no free connection slots (too many clients):"
                        + " close other clients or raise max_connections.";
            case "57P03":
                return "PostgreSQL at " + where + " is starting up or shutting down: wait a moment and try again.";
            default:
                break;
        }
        if (state.equals("28000")) {
            if (msg.contains("does not exist")) {
                return "The role '" + s.user() + "' does not exist on " + where + ": create it (CREATE USER "
                        + s.user() + " WITH PASSWORD '...'; as in the guide's Step 1) or correct DB_USER"
                        + " (from " + s.sourceOf("user") + ").";
            }
            if (msg.contains("pg_hba.conf")) {
                return "PostgreSQL at " + where + " has no pg_hba.conf entry allowing role '" + s.user()
                        + "' to database '" + s.database() + "' from this machine: add a host line with"
                        + " method scram-sha-256 (or md5) to pg_hba.conf and reload PostgreSQL.";
            }
            if (msg.contains("ident") || msg.contains("peer")) {
                return "PostgreSQL at " + where + " uses ident/peer authentication for role '" + s.user()
                        + "': change the method in pg_hba.conf from ident/peer to scram-sha-256 (or md5)"
                        + " and restart PostgreSQL.";
            }
            return "PostgreSQL at " + where + " refused role '" + s.user() + "': check the role name (from "
                    + s.sourceOf("user") + ") and pg_hba.conf.";
        }
        if (msg.contains("no password was provided") || msg.contains("password-based authentication")
                || msg.contains("requested password")) {
            return "PostgreSQL at " + where + " wants a password for role '" + s.user() + "' and none was"
                    + " given: set DB_PASSWORD in .env or the environment, or add a ~/.pgpass line.";
        }
        if (msg.contains("ssl")) {
            return "The SSL negotiation with " + where + " failed (sslmode " + (s.sslmode() == null ? "default"
                    : s.sslmode()) + "): set DB_SSLMODE to what the server supports, e.g. disable or require.";
        }
        if (root instanceof EOFException || state.equals("08P01") || msg.contains("protocol")) {
            return "The server at " + where + " did not answer as PostgreSQL does: check that the port (from "
                    + s.sourceOf("port") + ") is PostgreSQL's, not another service's.";
        }
        if (state.startsWith("08")) {
            return "The connection to PostgreSQL at " + where + " failed: is PostgreSQL running there?"
                    + " Check the host and port, then try again.";
        }
        return "PostgreSQL at " + where + " refused the connection for role '" + s.user()
                + "' to database '" + s.database() + "' (SQLSTATE " + state + "): run again with --verbose"
                + " for the details.";
    }

    static Throwable rootCause(Throwable t) {
        Throwable cur = t;
        while (cur.getCause() != null && cur.getCause() != cur) {
            cur = cur.getCause();
        }
        return cur;
    }
}
