package io.aurelius.admin.config;

import java.util.Map;
import java.util.Objects;

/**
 * Where and as whom to connect. The password is held here but never printed: {@link #toString()},
 * {@link #describe()} and every message built from this record leave it out.
 *
 * @param sources for each setting name (host, port, database, user, password, sslmode, sslrootcert), where its
 *                value came from, e.g. "--host", "DB_HOST in the environment", "DB_PORT in /x/.env line 4",
 *                "PGUSER in the environment", "~/.pgpass", "default"
 * @param statementTimeoutSeconds how long one statement of the screens' reads may run (DB_STATEMENT_TIMEOUT;
 *                                0: no limit)
 * @param sslrootcert the file of the certificate authority that signed the server's certificate, checked under
 *                    sslmode verify-ca and verify-full (DB_SSLROOTCERT, PGSSLROOTCERT); null: libpq's and pgjdbc's
 *                    default, {@code ~/.postgresql/root.crt}
 */
public record ConnectionSettings(
        String host,
        int port,
        String database,
        String user,
        String password,
        String sslmode,
        boolean echoSql,
        int poolSize,
        boolean readOnly,
        Map<String, String> sources,
        int statementTimeoutSeconds,
        String sslrootcert) {

    public static final int DEFAULT_POOL_SIZE = 10;
    /** Seconds a screen's read may run before the server stops it. */
    public static final int DEFAULT_STATEMENT_TIMEOUT = 60;

    /** Settings with the default root certificate ({@code ~/.postgresql/root.crt}). */
    public ConnectionSettings(String host, int port, String database, String user, String password, String sslmode,
            boolean echoSql, int poolSize, boolean readOnly, Map<String, String> sources, int statementTimeoutSeconds) {
        this(host, port, database, user, password, sslmode, echoSql, poolSize, readOnly, sources,
                statementTimeoutSeconds, null);
    }

    /** Settings with the default statement timeout and root certificate. */
    public ConnectionSettings(String host, int port, String database, String user, String password, String sslmode,
            boolean echoSql, int poolSize, boolean readOnly, Map<String, String> sources) {
        this(host, port, database, user, password, sslmode, echoSql, poolSize, readOnly, sources,
                DEFAULT_STATEMENT_TIMEOUT);
    }

    public ConnectionSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
        sources = Map.copyOf(sources);
        ServerNames.checkHost(host, sources.get("host"));
        ServerNames.checkName("database", database, sources.get("database"));
        ServerNames.checkName("role", user, sources.get("user"));
    }

    /** JDBC URL without credentials: the user and password travel as driver properties. */
    public String jdbcUrl() {
        String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return "jdbc:postgresql://" + h + ":" + port + "/" + urlEncode(database);
    }

    public boolean hasPassword() {
        return password != null && !password.isEmpty();
    }

    /** "user@host:port/database", safe to show anywhere. */
    public String describe() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    /** Where a setting came from, for messages ("DB_PORT in .env line 4"). */
    public String sourceOf(String setting) {
        return sources.getOrDefault(setting, "default");
    }

    public ConnectionSettings withDatabase(String otherDatabase) {
        return new ConnectionSettings(host, port, otherDatabase, user, password, sslmode, echoSql,
                poolSize, readOnly, sources, statementTimeoutSeconds, sslrootcert);
    }

    public ConnectionSettings withCredentials(String otherUser, String otherPassword) {
        return new ConnectionSettings(host, port, database, otherUser, otherPassword, sslmode, echoSql,
                poolSize, readOnly, sources, statementTimeoutSeconds, sslrootcert);
    }

    public ConnectionSettings withPoolSize(int size) {
        return new ConnectionSettings(host, port, database, user, password, sslmode, echoSql,
                size, readOnly, sources, statementTimeoutSeconds, sslrootcert);
    }

    public ConnectionSettings withStatementTimeout(int seconds) {
        return new ConnectionSettings(host, port, database, user, password, sslmode, echoSql,
                poolSize, readOnly, sources, seconds, sslrootcert);
    }

    /** The same, checking the server's certificate against this CA file (null: the default root.crt). */
    public ConnectionSettings withSsl(String mode, String rootCert) {
        return new ConnectionSettings(host, port, database, user, password, mode, echoSql,
                poolSize, readOnly, sources, statementTimeoutSeconds, rootCert);
    }

    @Override
    public String toString() {
        return "ConnectionSettings[" + describe() + ", password=" + (hasPassword() ? "(set)" : "(none)")
                + ", sslmode=" + sslmode + (sslrootcert == null ? "" : ", sslrootcert=" + sslrootcert)
                + ", echoSql=" + echoSql + ", poolSize=" + poolSize
                + ", readOnly=" + readOnly + ", statementTimeout=" + statementTimeoutSeconds + " s]";
    }

    private static String urlEncode(String s) {
        return java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
