package io.aurelius.admin.localserver;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.db.Database;
import io.aurelius.admin.db.DatabaseException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The steps behind {@link LocalServer#start()} and {@link LocalServer#stop()}; called under the home's lock. */
final class Launcher {

    /** What a start found or did. */
    record Outcome(int port, String password, boolean startedNow) {
    }

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);
    private static final long LOG_ROTATE_BYTES = 10L * 1024 * 1024;
    private static final int SOCKET_PATH_MAX = 100;
    private static final long WAIT_MILLIS = 60_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path home;
    private final BinaryPicker binaries;

    Launcher(Path home, List<BinarySource> sources) {
        this.home = home;
        this.binaries = new BinaryPicker(sources, home, dataDir(), stateFile());
    }

    BinaryPicker binaries() {
        return binaries;
    }

    Path dataDir() {
        return home.resolve("data");
    }

    Path logFile() {
        return home.resolve("server.log");
    }

    Path passwordFile() {
        return home.resolve("password");
    }

    Path stateFile() {
        return home.resolve("server.json");
    }

    private Path socketDir() {
        return home.resolve("run");
    }

    String readPassword() {
        return LocalServer.readPasswordFile(passwordFile(), home);
    }

    Outcome start() throws IOException {
        long t0 = System.nanoTime();
        DataDirectory data = new DataDirectory(dataDir());
        data.requireReadable();
        String password;
        ServerBinaries bin;
        ServerAccount account;
        int port;
        if (data.initialised()) {
            Optional<Integer> running = runningPort(data);
            if (running.isPresent()) {
                log.info("Private PostgreSQL already running on 127.0.0.1:{}, data in {}", running.get(), dataDir());
                return new Outcome(running.get(), readPassword(), false);
            }
            bin = binaries.choose(data.major(), data.majorText());
            password = readPassword();
            account = prepare();
            port = launch(bin, account, data, preferredPort(data));
        } else {
            if (!data.emptyOrMissing()) {
                throw new DatabaseException("The folder " + dataDir() + " is neither empty nor a PostgreSQL data"
                        + " directory: move it aside so the app can create its private server there.");
            }
            bin = binaries.choose(0, null);
            account = prepare();
            password = newPassword();
            long ti = System.nanoTime();
            initdb(bin, account, password);
            log.info("initdb ({}) made the private cluster in {} ms", bin.describe(), millisSince(ti));
            port = launch(bin, account, data, freePort());
        }
        createDatabase(port, password);
        new ServerState(port, bin.binDir().toString(), bin.major(), bin.version(), dataDir().toString(),
                account.name(), LocalServer.now()).write(stateFile());
        log.info("Private PostgreSQL {} started on 127.0.0.1:{} in {} ms as user {}, data in {}", bin.version(),
                port, millisSince(t0), account.name(), dataDir());
        return new Outcome(port, password, true);
    }

    boolean stop() throws IOException {
        DataDirectory data = new DataDirectory(dataDir());
        data.requireReadable();
        Optional<DataDirectory.Postmaster> pm = data.postmaster();
        if (pm.isEmpty()) {
            return false;
        }
        long t0 = System.nanoTime();
        ServerAccount account = ServerAccount.forDataDir(dataDir());
        Optional<ServerBinaries> bin = binaries.pick(binaries.available(), data.major());
        if (bin.isPresent()) {
            Processes.Result r = new ClusterTools(bin.get(), account, home).stop(dataDir());
            if (!r.ok() && data.postmaster().isPresent()) {
                throw new DatabaseException("Could not stop the private PostgreSQL server (" + r.reason() + "): see "
                        + logFile() + ".");
            }
        } else {
            log.warn("No PostgreSQL {} binaries found: stopping the private server (pid {}) with a signal",
                    data.majorText(), pm.get().pid());
            ProcessHandle.of(pm.get().pid()).ifPresent(ProcessHandle::destroy);
            awaitGone(data);
        }
        log.info("Stopped the private PostgreSQL server in {} ms", millisSince(t0));
        return true;
    }

    // --- folders, initdb, start -------------------------------------------------------------------------

    /** Creates the folders the server writes and hands them to its account; returns that account. */
    private ServerAccount prepare() throws IOException {
        ServerAccount account = ServerAccount.forDataDir(dataDir());
        account.note().ifPresent(n -> log.info("{}", n));
        FileModes.set(home, account.switched() ? "rwx--x--x" : "rwx------");
        if (account.switched() && !account.canEnter(home)) {
            throw new DatabaseException("The private server runs as user " + account.name() + ", which cannot enter "
                    + home + " (a parent folder is closed to it): set " + DataFolders.HOME_VARIABLE + " to a folder"
                    + " it can reach, e.g. /var/lib/aurelius-admin.");
        }
        for (Path dir : List.of(dataDir(), socketDir())) {
            Files.createDirectories(dir);
            FileModes.set(dir, "rwx------");
            account.own(dir);
        }
        return account;
    }

    private void initdb(ServerBinaries bin, ServerAccount account, String password) throws IOException {
        Files.deleteIfExists(passwordFile());
        FileModes.writeSecret(passwordFile(), password + "\n");
        Path pwFile = home.resolve(".initdb-pw-" + Long.toHexString(RANDOM.nextLong()));
        FileModes.writeSecret(pwFile, password + "\n");
        try {
            account.own(pwFile);
            new ClusterTools(bin, account, home).initdb(dataDir(), pwFile);
        } finally {
            Files.deleteIfExists(pwFile);
        }
    }

    /** Starts on this port; if another program took it meanwhile, on a new free one (three tries). */
    private int launch(ServerBinaries bin, ServerAccount account, DataDirectory data, int port) throws IOException {
        ClusterTools tools = new ClusterTools(bin, account, home);
        for (int attempt = 1; ; attempt++) {
            data.writeSettings(port, socketDirFor(port), account);
            long logStart = prepareLog(account);
            Processes.Result r = tools.start(dataDir(), logFile());
            if (r.ok()) {
                return port;
            }
            String reason = logSince(logStart).orElse(r.reason());
            boolean portTaken = reason.contains("could not bind") || reason.contains("already in use")
                    || reason.contains("could not create any TCP/IP sockets");
            if (!portTaken || attempt == 3) {
                throw new DatabaseException("The private PostgreSQL server did not start (" + reason + "): see "
                        + logFile() + " for details.");
            }
            log.info("Port {} is taken ({}); trying another", port, reason);
            port = freePort();
        }
    }

    private Path socketDirFor(int port) {
        Path socket = socketDir().resolve(".s.PGSQL." + port);
        boolean fits = socket.toString().getBytes(StandardCharsets.UTF_8).length <= SOCKET_PATH_MAX;
        return fits && !ServerBinaries.windows() ? socketDir() : null;
    }

    /** Makes sure the log exists, is the account's, and is not huge; returns its size before this start. */
    private long prepareLog(ServerAccount account) throws IOException {
        Path logFile = logFile();
        if (Files.isRegularFile(logFile) && Files.size(logFile) > LOG_ROTATE_BYTES) {
            Files.move(logFile, home.resolve("server.log.1"), StandardCopyOption.REPLACE_EXISTING);
        }
        if (!Files.exists(logFile)) {
            Files.createFile(logFile);
            FileModes.set(logFile, "rw-------");
        }
        account.own(logFile);
        return Files.size(logFile);
    }

    /** The most telling line the server logged since this offset (a FATAL or ERROR if there is one). */
    private Optional<String> logSince(long offset) {
        try (InputStream in = Files.newInputStream(logFile())) {
            in.skipNBytes(Math.min(offset, Files.size(logFile())));
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            Processes.Result asResult = new Processes.Result(1, text);
            return text.isBlank() ? Optional.empty() : Optional.of(asResult.reason());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Integer> runningPort(DataDirectory data) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        Optional<DataDirectory.Postmaster> pm = data.postmaster();
        while (pm.isPresent() && !pm.get().ready()) {
            if (System.currentTimeMillis() > deadline) {
                throw new DatabaseException("The private PostgreSQL server in " + dataDir() + " is still "
                        + pm.get().state() + " after a minute: see " + logFile() + ", then try again.");
            }
            sleep();
            pm = data.postmaster();
        }
        return pm.map(DataDirectory.Postmaster::port);
    }

    private void awaitGone(DataDirectory data) {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        while (data.postmaster().isPresent() && System.currentTimeMillis() < deadline) {
            sleep();
        }
    }

    private int preferredPort(DataDirectory data) {
        List<Integer> known = new ArrayList<>();
        ServerState.read(stateFile()).map(ServerState::port).ifPresent(known::add);
        data.configuredPort().ifPresent(known::add);
        return known.stream().filter(p -> p > 0 && portFree(p)).findFirst().orElseGet(Launcher::freePort);
    }

    static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new DatabaseException("Could not find a free port on 127.0.0.1 (" + e.getMessage() + "): check the"
                    + " network settings of this machine.", e);
        }
    }

    static boolean portFree(int port) {
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(false);
            s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** Creates database {@value LocalServer#DATABASE} if missing, through the app's one way in. */
    private static void createDatabase(int port, String password) {
        ConnectionSettings s = new ConnectionSettings("127.0.0.1", port, "postgres", LocalServer.USER, password,
                "disable", false, 1, false, Map.of());
        try (Database db = Database.open(s)) {
            boolean created = db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                    ps.setString(1, LocalServer.DATABASE);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return false;
                        }
                    }
                }
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE DATABASE " + LocalServer.DATABASE);
                }
                return true;
            });
            if (created) {
                log.info("Created database {} in the private server", LocalServer.DATABASE);
            }
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("Interrupted while waiting for the private PostgreSQL server.", e);
        }
    }

    private static long millisSince(long t0) {
        return (System.nanoTime() - t0) / 1_000_000;
    }
}
