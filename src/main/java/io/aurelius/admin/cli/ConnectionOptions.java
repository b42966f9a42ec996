package io.aurelius.admin.cli;

import io.aurelius.admin.Connections;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.localserver.LocalServer;
import io.aurelius.admin.config.SettingsResolver;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * Connection flags shared by every command. There is no password flag on purpose: command lines show in
 * {@code ps}. Passwords come from DB_PASSWORD, a .env file, PGPASSWORD or ~/.pgpass.
 */
public class ConnectionOptions {

    @Option(names = "--host", paramLabel = "HOST", description = "Server host (DB_HOST, PGHOST; default localhost).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Server port (DB_PORT, PGPORT; default 5432).")
    String port;

    @Option(names = "--db", paramLabel = "NAME", description = "Database name (DB_NAME, PGDATABASE; default aurelius).")
    String database;

    @Option(names = "--user", paramLabel = "ROLE", description = "Role name (DB_USER, PGUSER; default aurelius).")
    String user;

    @Option(names = "--sslmode", paramLabel = "MODE",
            description = "libpq sslmode: disable, allow, prefer, require, verify-ca, verify-full (DB_SSLMODE, PGSSLMODE).")
    String sslmode;

    @Option(names = "--sslrootcert", paramLabel = "FILE",
            description = "CA certificate (PEM) that verify-ca and verify-full check the server's certificate against"
                    + " (DB_SSLROOTCERT, PGSSLROOTCERT; default ~/.postgresql/root.crt).")
    String sslrootcert;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Use a saved connection profile (see `profile list`); flags still override it.")
    String profile;

    @Option(names = "--env-file", paramLabel = "FILE",
            description = "Read DB_* settings from this file instead of ./.env (same keys as the API's api/.env).")
    Path envFile;

    public SettingsResolver.Overrides overrides() {
        return new SettingsResolver.Overrides(host, port, database, user, sslmode, sslrootcert, envFile, profile);
    }

    public ConnectionSettings resolve() {
        return resolve(SettingsResolver.fromSystem());
    }

    /** The server the flags, environment or .env name; with none, the private local server while it runs. */
    public ConnectionSettings resolve(SettingsResolver resolver) {
        return Connections.forCommand(resolver, overrides(), LocalServer.defaultLocation());
    }
}
