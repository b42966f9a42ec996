package io.aurelius.admin.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Resolves connection settings the way the AURELIUS API does, plus libpq's conventions. Highest first:
 * command-line flags; environment variables {@code DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD DB_ECHO
 * DB_SSLMODE DB_POOL_SIZE}; the same keys in a {@code .env} file (the working directory's, or
 * {@code --env-file}); libpq's {@code PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD PGSSLMODE}; the password
 * file ({@code PGPASSFILE} or {@code ~/.pgpass}); defaults {@code localhost 5432 aurelius aurelius}.
 * There is deliberately no password flag: command lines are visible to every user in {@code ps}.
 */
public final class SettingsResolver {

    /** What the command line said; null means "not given". */
    public record Overrides(String host, String port, String database, String user, String sslmode,
                            Path envFile) {
        public static Overrides none() {
            return new Overrides(null, null, null, null, null, null);
        }
    }

    private static final List<String> SSL_MODES =
            List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");

    private final Map<String, String> env;
    private final Path workingDir;
    private final Path home;

    public SettingsResolver(Map<String, String> env, Path workingDir, Path home) {
        this.env = Map.copyOf(env);
        this.workingDir = workingDir;
        this.home = home;
    }

    public static SettingsResolver fromSystem() {
        return new SettingsResolver(System.getenv(), Path.of("").toAbsolutePath(),
                Path.of(System.getProperty("user.home")));
    }

    /** True when nothing at all names a server: no flag, variable or .env file. */
    public boolean nothingConfigured(Overrides o) {
        ConnectionSettings s = resolve(o);
        return s.sources().values().stream().allMatch(v -> v.equals("default") || v.equals("~/.pgpass"));
    }

    public ConnectionSettings resolve(Overrides o) {
        EnvFile dotenv = loadEnvFile(o.envFile());
        Map<String, String> sources = new HashMap<>();

        String host = pick("host", sources, o.host(), "--host", "DB_HOST", dotenv, "PGHOST", "localhost");
        String portText = pick("port", sources, o.port(), "--port", "DB_PORT", dotenv, "PGPORT", "5432");
        String database = pick("database", sources, o.database(), "--db", "DB_NAME", dotenv, "PGDATABASE", "aurelius");
        String user = pick("user", sources, o.user(), "--user", "DB_USER", dotenv, "PGUSER", "aurelius");
        String sslmode = pick("sslmode", sources, o.sslmode(), "--sslmode", "DB_SSLMODE", dotenv, "PGSSLMODE", null);
        String echo = pick("echo", sources, null, null, "DB_ECHO", dotenv, null, "False");
        String pool = pick("poolSize", sources, null, null, "DB_POOL_SIZE", dotenv, null,
                Integer.toString(ConnectionSettings.DEFAULT_POOL_SIZE));

        requireText(host, "host", sources, "the server's host name, e.g. localhost");
        requireText(database, "database", sources, "the database name, e.g. aurelius");
        requireText(user, "user", sources, "the role name, e.g. aurelius");
        int port = parsePort(portText, sources.get("port"));
        int poolSize = parsePool(pool, sources.get("poolSize"));
        if (sslmode != null && !SSL_MODES.contains(sslmode.toLowerCase(Locale.ROOT))) {
            throw new SettingsException("The sslmode '" + sslmode + "' from " + sources.get("sslmode")
                    + " is not one of " + String.join(", ", SSL_MODES) + "; use one of those.");
        }

        String password = pick("password", sources, null, null, "DB_PASSWORD", dotenv, "PGPASSWORD", null);
        if (password == null) {
            Path passFile = env.containsKey("PGPASSFILE") ? Path.of(env.get("PGPASSFILE")) : home.resolve(".pgpass");
            Optional<String> fromFile = PgPass.lookup(passFile, host, port, database, user);
            if (fromFile.isPresent()) {
                password = fromFile.get();
                sources.put("password", env.containsKey("PGPASSFILE") ? "PGPASSFILE" : "~/.pgpass");
            }
        }
        return new ConnectionSettings(host, port, database, user, password,
                sslmode == null ? null : sslmode.toLowerCase(Locale.ROOT),
                parseBool(echo), poolSize, false, sources);
    }

    private EnvFile loadEnvFile(Path explicit) {
        if (explicit != null) {
            Path p = workingDir.resolve(explicit);
            if (!Files.isRegularFile(p)) {
                throw new SettingsException("The settings file " + p + " given with --env-file does not exist;"
                        + " check the path.");
            }
            return EnvFile.read(p);
        }
        Path local = workingDir.resolve(".env");
        return Files.isRegularFile(local) ? EnvFile.read(local) : null;
    }

    private String pick(String name, Map<String, String> sources, String flagValue, String flag,
                        String apiKey, EnvFile dotenv, String pgKey, String fallback) {
        if (flagValue != null) {
            sources.put(name, flag);
            return flagValue;
        }
        Function<String, String> fromEnv = k -> k == null ? null : env.get(k);
        if (fromEnv.apply(apiKey) != null) {
            sources.put(name, apiKey + " (environment)");
            return env.get(apiKey);
        }
        if (dotenv != null && dotenv.get(apiKey) != null) {
            EnvFile.Entry e = dotenv.get(apiKey);
            sources.put(name, apiKey + " in " + dotenv.path() + " line " + e.line());
            return e.value();
        }
        if (fromEnv.apply(pgKey) != null) {
            sources.put(name, pgKey + " (environment)");
            return env.get(pgKey);
        }
        sources.put(name, "default");
        return fallback;
    }

    private static void requireText(String value, String name, Map<String, String> sources, String example) {
        if (value == null || value.isBlank()) {
            throw new SettingsException("The " + name + " from " + sources.get(name) + " is empty; set it to "
                    + example + ".");
        }
    }

    private static int parsePort(String text, String source) {
        try {
            int port = Integer.parseInt(text.strip());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message
        }
        throw new SettingsException("The port '" + text + "' from " + source
                + " is not a port number; set it to the server's port, e.g. 5432.");
    }

    private static int parsePool(String text, String source) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 1 && n <= 200) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message
        }
        throw new SettingsException("The pool size '" + text + "' from " + source
                + " is not a number from 1 to 200; set DB_POOL_SIZE to e.g. 10.");
    }

    static boolean parseBool(String text) {
        return text != null && List.of("true", "1", "yes", "on").contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
