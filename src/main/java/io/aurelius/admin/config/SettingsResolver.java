package io.aurelius.admin.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Resolves connection settings the way the AURELIUS API does, plus libpq's conventions. Highest first:
 * command-line flags; environment variables {@code DB_HOST DB_PORT DB_NAME DB_USER DB_PASSWORD DB_ECHO
 * DB_SSLMODE DB_SSLROOTCERT DB_POOL_SIZE DB_STATEMENT_TIMEOUT}; the same keys in a {@code .env} file (the working
 * directory's, or {@code --env-file}); libpq's {@code PGHOST PGPORT PGDATABASE PGUSER PGPASSWORD PGSSLMODE
 * PGSSLROOTCERT}; the password
 * file ({@code PGPASSFILE} or {@code ~/.pgpass}); defaults {@code localhost 5432 aurelius aurelius}.
 * There is deliberately no password flag: command lines are visible to every user in {@code ps}.
 *
 * <p>Every {@link SettingsException} it throws is one sentence naming the setting, where its value came
 * from and the fix; none contains the password.
 */
public final class SettingsResolver {

    /** What the command line said; null means "not given". */
    public record Overrides(String host, String port, String database, String user, String sslmode,
                            String sslrootcert, Path envFile, String profile) {
        public Overrides(String host, String port, String database, String user, String sslmode, Path envFile,
                         String profile) {
            this(host, port, database, user, sslmode, null, envFile, profile);
        }

        public Overrides(String host, String port, String database, String user, String sslmode, Path envFile) {
            this(host, port, database, user, sslmode, null, envFile, null);
        }

        public static Overrides none() {
            return new Overrides(null, null, null, null, null, null, null, null);
        }
    }

    /**
     * The key in {@link ConnectionSettings#sources()} under which a password file that was there but not used
     * says why (a phrase naming the file and the fix), so a "no password" failure can tell the user.
     */
    public static final String PASSFILE_PROBLEM = "passfile-problem";

    private static final List<String> SSL_MODES =
            List.of("disable", "allow", "prefer", "require", "verify-ca", "verify-full");
    /** The spellings pydantic (the API's settings) accepts for a boolean. */
    private static final List<String> TRUE_WORDS = List.of("true", "1", "yes", "y", "on", "t");
    private static final List<String> FALSE_WORDS = List.of("false", "0", "no", "n", "off", "f", "");

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

    /** libpq's password file: PGPASSFILE, else ~/.pgpass. */
    public Path passFile() {
        String named = env.get("PGPASSFILE");
        return named != null && !named.isEmpty() ? workingDir.resolve(named) : home.resolve(".pgpass");
    }

    /**
     * The password of an administrator role for setup, never stored by us: DB_ADMIN_PASSWORD, else the
     * password file's line for the maintenance database {@code postgres}; empty when neither has it.
     */
    public Optional<String> adminPassword(ConnectionSettings server, String adminUser) {
        String v = env.get("DB_ADMIN_PASSWORD");
        if (v != null && !v.isEmpty()) {
            return Optional.of(v);
        }
        return PgPass.lookup(passFile(), server.host(), server.port(), "postgres", adminUser);
    }

    /**
     * True when no flag, variable or .env file names a server (host, port, database, user or password);
     * echo and pool-size settings, and a password file, don't count.
     */
    public boolean nothingConfigured(Overrides o) {
        return nothingConfigured(resolve(o));
    }

    /** The same, read from the sources of settings this resolver already made (no second resolution). */
    public static boolean nothingConfigured(ConnectionSettings s) {
        return java.util.stream.Stream.of("host", "port", "database", "user", "password")
                .map(k -> s.sources().getOrDefault(k, "default"))
                .allMatch(v -> v.startsWith("default") || v.contains("pgpass") || v.contains("PGPASSFILE"));
    }

    public ConnectionSettings resolve(Overrides o) {
        EnvFile dotenv = loadEnvFile(o.envFile());
        Map<String, String> sources = new HashMap<>();
        // Picked first so that no message below can echo it, whatever setting it was mistyped into.
        String password = pick("password", sources, null, null, "DB_PASSWORD", dotenv, "PGPASSWORD", null);
        try {
            return resolve(o, dotenv, sources, password);
        } catch (SettingsException e) {
            String redacted = Redaction.redact(e.getMessage(), password);
            throw redacted.equals(e.getMessage()) ? e : new SettingsException(redacted);
        }
    }

    private ConnectionSettings resolve(Overrides o, EnvFile dotenv, Map<String, String> sources, String password) {
        // A profile chosen with --profile ranks just below the flags.
        Profile p = o.profile() == null ? null : profiles().require(o.profile());
        String pl = p == null ? null : "profile '" + p.name() + "'";
        String host = pick("host", sources, first(o.host(), p == null ? null : p.host()),
                label(o.host(), "--host", pl), "DB_HOST", dotenv, "PGHOST", "localhost");
        String portText = pick("port", sources, first(o.port(), p == null ? null : Integer.toString(p.port())),
                label(o.port(), "--port", pl), "DB_PORT", dotenv, "PGPORT", "5432");
        String database = pick("database", sources, first(o.database(), p == null ? null : p.database()),
                label(o.database(), "--db", pl), "DB_NAME", dotenv, "PGDATABASE", "aurelius");
        String user = pick("user", sources, first(o.user(), p == null ? null : p.user()),
                label(o.user(), "--user", pl), "DB_USER", dotenv, "PGUSER", "aurelius");
        String sslmode = pick("sslmode", sources, first(o.sslmode(), p == null ? null : p.sslmode()),
                label(o.sslmode(), "--sslmode", pl), "DB_SSLMODE", dotenv, "PGSSLMODE", null);
        String rootCert = pick("sslrootcert", sources, first(o.sslrootcert(), p == null ? null : p.sslrootcert()),
                label(o.sslrootcert(), "--sslrootcert", pl), "DB_SSLROOTCERT", dotenv, "PGSSLROOTCERT", null);
        String echo = pick("echo", sources, null, null, "DB_ECHO", dotenv, null, "False");
        String pool = pick("poolSize", sources, null, null, "DB_POOL_SIZE", dotenv, null,
                Integer.toString(ConnectionSettings.DEFAULT_POOL_SIZE));
        String timeout = pick("statementTimeout", sources, null, null, "DB_STATEMENT_TIMEOUT", dotenv, null,
                Integer.toString(ConnectionSettings.DEFAULT_STATEMENT_TIMEOUT));

        requireText(host, "host", sources, "the server's host name, e.g. localhost");
        requireText(database, "database", sources, "the database name, e.g. aurelius");
        requireText(user, "user", sources, "the role name, e.g. aurelius");
        host = checkHost(host.strip(), sources.get("host"));
        int port = parsePort(portText, sources.get("port"));
        int poolSize = parsePool(pool, sources.get("poolSize"));
        int statementTimeout = parseTimeout(timeout, sources.get("statementTimeout"));
        boolean echoSql = parseEcho(echo, sources.get("echo"));
        if (sslmode != null) {
            sslmode = sslmode.strip().toLowerCase(Locale.ROOT);
            if (!SSL_MODES.contains(sslmode)) {
                throw new SettingsException("The sslmode '" + sslmode + "' (" + sources.get("sslmode")
                        + ") is not one of " + String.join(", ", SSL_MODES) + "; set it to one of those,"
                        + " e.g. prefer.");
            }
        }

        if (password == null || password.isEmpty()) { // libpq also reads the file for an empty password
            boolean explicitFile = env.get("PGPASSFILE") != null && !env.get("PGPASSFILE").isEmpty();
            Path passFile = passFile();
            PgPass.Found fromFile = PgPass.find(passFile, host, port, database, user);
            if (fromFile.password() != null) {
                password = fromFile.password();
                sources.put("password", explicitFile ? "PGPASSFILE " + passFile : "~/.pgpass");
            } else if (fromFile.problem() != null) {
                sources.put(PASSFILE_PROBLEM, fromFile.problem());
            }
        }
        rootCert = rootCertFile(rootCert);
        if (rootCert == null) {
            sources.put("sslrootcert", "default");
        }
        return new ConnectionSettings(host, port, database, user, password, sslmode, echoSql, poolSize,
                p != null && p.readOnly(), sources, statementTimeout, rootCert);
    }

    /**
     * A root certificate setting as an absolute file name, the same for this process and the tools it starts: a
     * relative name is taken from the working directory, {@code ~/} from the home folder; blank is null (the default
     * {@code ~/.postgresql/root.crt}). Whether the file exists is the connection's to say, under the sslmode that
     * needs it.
     */
    public String rootCertFile(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        Path file = v.equals("~") ? home : v.startsWith("~/") ? home.resolve(v.substring(2)) : workingDir.resolve(v);
        return file.toAbsolutePath().normalize().toString();
    }

    /** The user's connection profiles. */
    public ProfileStore profiles() {
        return ProfileStore.forUser(env, home);
    }

    private static String first(String flag, String profile) {
        return flag != null ? flag : profile;
    }

    private static String label(String flag, String flagName, String profileLabel) {
        return flag != null || profileLabel == null ? flagName : profileLabel;
    }

    /**
     * The --env-file, or the working directory's .env when there is one. A folder named .env (often a Python
     * virtual environment) is not a settings file and is passed over; anything else that is not a readable text
     * file is refused with a sentence (see {@link EnvFile#read}).
     */
    private EnvFile loadEnvFile(Path explicit) {
        if (explicit != null) {
            Path p = workingDir.resolve(explicit);
            if (SettingsFiles.absent(p)) {
                throw new SettingsException("The settings file " + p + " given with --env-file does not exist;"
                        + " check the path.");
            }
            if (Files.isDirectory(p)) {
                throw new SettingsException("The settings file " + p + " given with --env-file is a folder; name"
                        + " the .env file in it instead.");
            }
            return EnvFile.read(p);
        }
        Path local = workingDir.resolve(".env");
        return SettingsFiles.absent(local) || Files.isDirectory(local) ? null : EnvFile.read(local);
    }

    private String pick(String name, Map<String, String> sources, String flagValue, String flag,
                        String apiKey, EnvFile dotenv, String pgKey, String fallback) {
        if (flagValue != null) {
            sources.put(name, flag);
            return flagValue;
        }
        if (apiKey != null && env.get(apiKey) != null) {
            sources.put(name, apiKey + " in the environment");
            return env.get(apiKey);
        }
        if (dotenv != null && apiKey != null && dotenv.get(apiKey) != null) {
            EnvFile.Entry e = dotenv.get(apiKey);
            sources.put(name, apiKey + " in " + dotenv.path() + " line " + e.line());
            return e.value();
        }
        if (pgKey != null && env.get(pgKey) != null) {
            sources.put(name, pgKey + " in the environment");
            return env.get(pgKey);
        }
        sources.put(name, "default");
        return fallback;
    }

    private static void requireText(String value, String name, Map<String, String> sources, String example) {
        if (value == null || value.isBlank()) {
            throw new SettingsException("The " + name + " (" + sources.get(name) + ") is empty; set it to "
                    + example + ".");
        }
    }

    /** Catches the host values the driver would only report as "unknown host", without echoing them. */
    private static String checkHost(String host, String source) {
        if (host.contains("://") || host.contains("@")) {
            // A URL may carry user:password, so the value is not repeated.
            throw new SettingsException("The host (" + source + ") looks like a URL or user@host; set it to the"
                    + " host name alone, e.g. localhost, and the role and password in DB_USER and DB_PASSWORD.");
        }
        if (host.startsWith("/")) {
            throw new SettingsException("The host '" + host + "' (" + source + ") is a Unix socket directory,"
                    + " which this client cannot use; set DB_HOST to localhost (or the server's name) instead.");
        }
        if (host.contains(",")) {
            throw new SettingsException("The host (" + source + ") lists several hosts, which this client does"
                    + " not support; set it to one host name, e.g. localhost.");
        }
        return host;
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
        throw new SettingsException("The port '" + text.strip() + "' (" + source + ") is not a number from 1 to"
                + " 65535; set it to the server's port, usually 5432.");
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
        throw new SettingsException("The pool size '" + text.strip() + "' (" + source + ") is not a number from"
                + " 1 to 200; set DB_POOL_SIZE to e.g. 10.");
    }

    private static int parseTimeout(String text, String source) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= 0 && n <= 86_400) {
                return n;
            }
        } catch (NumberFormatException ignored) {
            // fall through to the message
        }
        throw new SettingsException("The statement timeout '" + text.strip() + "' (" + source + ") is not a number"
                + " of seconds from 0 (no limit) to 86400; set DB_STATEMENT_TIMEOUT to e.g. 60.");
    }

    private static boolean parseEcho(String text, String source) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (TRUE_WORDS.contains(t)) {
            return true;
        }
        if (FALSE_WORDS.contains(t)) {
            return false;
        }
        throw new SettingsException("DB_ECHO '" + text.strip() + "' (" + source + ") is neither True nor False;"
                + " set it to True to print every SQL statement, or False.");
    }

    /** True for the spellings of "true" the API's settings accept (True, 1, yes, on ...). */
    static boolean parseBool(String text) {
        return text != null && TRUE_WORDS.contains(text.strip().toLowerCase(Locale.ROOT));
    }
}
