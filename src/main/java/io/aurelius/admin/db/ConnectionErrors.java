package io.aurelius.admin.db;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.Echo;
import io.aurelius.admin.config.Redaction;
import java.io.EOFException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Turns a failed connection attempt into one sentence naming the setting at fault, where its value came
 * from, and the fix, following the AURELIUS guide's Troubleshooting section. Never includes the password.
 */
public final class ConnectionErrors {

    private ConnectionErrors() {
    }

    public static DatabaseException explain(SQLException e, ConnectionSettings s) {
        return new DatabaseException(Redaction.redact(sentence(e, s), s.password()), e);
    }

    static String sentence(SQLException e, ConnectionSettings s) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String msg = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        String where = Echo.of(s.host()) + ":" + s.port();
        Throwable root = rootCause(e);

        if (root instanceof UnknownHostException) {
            return "The host '" + Echo.of(s.host()) + "' (" + origin(s, "host") + ") cannot be found: correct it to the"
                    + " PostgreSQL server's name or address, e.g. localhost.";
        }
        if (root instanceof ConnectException || root instanceof NoRouteToHostException) {
            String why = root instanceof NoRouteToHostException ? "no route to host" : "connection refused";
            return "PostgreSQL is not accepting connections at " + where + " (" + why + "; "
                    + origins(s, "host", "port") + "): check that PostgreSQL is running there (e.g. sudo"
                    + " systemctl start postgresql) or correct DB_HOST and DB_PORT (or --host and --port).";
        }
        if (root instanceof SocketTimeoutException) {
            return "No answer from " + where + " within the connection timeout (" + origins(s, "host", "port")
                    + "): check DB_HOST and DB_PORT (or --host and --port) and any firewall in between.";
        }
        switch (state) {
            case "28P01":
                if (!s.hasPassword()) {
                    return noPassword(s, where);
                }
                return "PostgreSQL at " + where + " rejected role '" + Echo.of(s.user()) + "' ("
                        + origin(s, "user") + ")"
                        + (s.hasPassword() ? " with the password (" + origin(s, "password") + ")" : "")
                        + ": set DB_PASSWORD in .env or the environment (or a ~/.pgpass line) to that role's"
                        + " password, or correct the role name if no such role exists.";
            case "3D000":
                return "The database '" + Echo.of(s.database()) + "' (" + origin(s, "database") + ") does not exist on "
                        + where + ": create it (CREATE DATABASE " + Echo.of(s.database())
                        + "; as in the guide's Step 1)"
                        + " or correct the database name.";
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
                return "The role '" + Echo.of(s.user()) + "' (" + origin(s, "user") + ") does not exist on " + where
                        + ": create it (CREATE USER " + Echo.of(s.user()) + " WITH PASSWORD '...'; as in the guide's"
                        + " Step 1) or correct the role name.";
            }
            if (msg.contains("pg_hba.conf")) {
                return "PostgreSQL at " + where + " has no pg_hba.conf entry allowing role '" + Echo.of(s.user())
                        + "' into database '" + Echo.of(s.database()) + "' from this machine"
                        + (msg.contains("no encryption") ? " without SSL" : "") + ": add a host line with method"
                        + " scram-sha-256 (or md5) to pg_hba.conf and reload PostgreSQL"
                        + (msg.contains("no encryption") ? ", or set DB_SSLMODE to require" : "") + ".";
            }
            if (msg.contains("ident") || msg.contains("peer")) {
                return "PostgreSQL at " + where + " uses ident/peer authentication for role '" + Echo.of(s.user())
                        + "': change the method in pg_hba.conf from ident/peer to scram-sha-256 (or md5) and"
                        + " restart PostgreSQL, as the guide's Troubleshooting section says.";
            }
            return "PostgreSQL at " + where + " refused role '" + Echo.of(s.user()) + "' (" + origin(s, "user") + "):"
                    + " check the role name and the authentication method in pg_hba.conf.";
        }
        if (msg.contains("no password was provided") || msg.contains("password-based authentication")
                || msg.contains("requested password") || msg.contains("password is an empty string")) {
            return noPassword(s, where);
        }
        Optional<String> refusedCertificate = SslErrors.sentence(e, s);
        if (refusedCertificate.isPresent()) { // before the protocol test: a TLS alert may say "protocol"
            return refusedCertificate.get();
        }
        // A service that is not PostgreSQL answers the driver's SSL request with garbage: that is a protocol
        // error, not an SSL one, so this test comes before the SSL ones.
        if (root instanceof EOFException || state.equals("08P01") || msg.contains("protocol")) {
            return "The service at " + where + " (" + origins(s, "host", "port") + ") does not speak"
                    + " PostgreSQL's protocol: correct DB_HOST and DB_PORT (or --host and --port) so they name a"
                    + " PostgreSQL server, usually on port 5432.";
        }
        if (msg.contains("does not support ssl")) {
            return "PostgreSQL at " + where + " does not offer SSL, which sslmode '" + s.sslmode() + "' ("
                    + origin(s, "sslmode") + ") demands: have ssl enabled on the server, or, on a network you trust,"
                    + " set the sslmode (DB_SSLMODE or --sslmode) to prefer or disable.";
        }
        if (root instanceof SSLException || msg.contains("ssl")) {
            return "The SSL handshake with " + where + " failed under sslmode '"
                    + (s.sslmode() == null ? "prefer" : s.sslmode()) + "' (" + origin(s, "sslmode") + "):"
                    + " check the server's certificate and your root certificate, or set a less strict sslmode"
                    + " such as require or disable.";
        }
        if (state.startsWith("08")) {
            return "The connection to PostgreSQL at " + where + " failed or was lost ("
                    + origins(s, "host", "port") + "): check that PostgreSQL is running there and that DB_HOST"
                    + " and DB_PORT (or --host and --port) are right, then try again.";
        }
        return "PostgreSQL at " + where + " refused the connection for role '" + Echo.of(s.user())
                + "' to database '" + Echo.of(s.database()) + "' (SQLSTATE " + state + "): run again with --verbose"
                + " for the details.";
    }

    /** The server wants a password and none was found; says why when a password file was passed over. */
    private static String noPassword(ConnectionSettings s, String where) {
        String ignored = s.sources().get(io.aurelius.admin.config.SettingsResolver.PASSFILE_PROBLEM);
        if (ignored != null) {
            return "PostgreSQL at " + where + " wants a password for role '" + Echo.of(s.user()) + "' and none was"
                    + " given: " + ignored + " (or set DB_PASSWORD).";
        }
        return "PostgreSQL at " + where + " wants a password for role '" + Echo.of(s.user()) + "' and none was"
                + " given: set DB_PASSWORD in .env or the environment, or add a line for this server to"
                + " ~/.pgpass (mode 0600).";
    }

    /**
     * Where a setting's value came from, e.g. "DB_PORT in the environment", "--port", or for a default
     * the settings that would change it.
     */
    static String origin(ConnectionSettings s, String setting) {
        String src = s.sourceOf(setting);
        if (!src.equals("default")) {
            return "from " + src;
        }
        return switch (setting) {
            case "host" -> "the default; set DB_HOST or --host";
            case "port" -> "the default; set DB_PORT or --port";
            case "database" -> "the default; set DB_NAME or --db";
            case "user" -> "the default; set DB_USER or --user";
            case "sslmode" -> "the default; set DB_SSLMODE or --sslmode";
            case "sslrootcert" -> "the default; set DB_SSLROOTCERT or --sslrootcert";
            case "password" -> "nowhere; set DB_PASSWORD";
            default -> "the default";
        };
    }

    /** "host from --host, port from DB_PORT in .env line 2", leaving out defaults; "defaults" if all are. */
    static String origins(ConnectionSettings s, String... settings) {
        List<String> parts = new ArrayList<>();
        for (String setting : settings) {
            String src = s.sourceOf(setting);
            if (!src.equals("default")) {
                parts.add(setting + " from " + src);
            }
        }
        return parts.isEmpty() ? "the default " + String.join(" and ", settings) : String.join(", ", parts);
    }

    static Throwable rootCause(Throwable t) {
        Throwable cur = t;
        while (cur.getCause() != null && cur.getCause() != cur) {
            cur = cur.getCause();
        }
        return cur;
    }
}
