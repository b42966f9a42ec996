package io.aurelius.admin.localserver;

import io.aurelius.admin.db.DatabaseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The cluster's data directory, read and written directly: its version ({@code PG_VERSION}), whether a server
 * runs on it ({@code postmaster.pid}), and the settings the app owns ({@value #SETTINGS_FILE}, included from
 * {@code postgresql.conf}), so {@code pg_ctl start} needs no options.
 */
final class DataDirectory {

    static final String SETTINGS_FILE = "aurelius-admin.conf";
    private static final String INCLUDE = "include_if_exists = '" + SETTINGS_FILE + "'";
    private static final Pattern PORT = Pattern.compile("(?m)^\\s*port\\s*=\\s*(\\d+)");

    /** A live postmaster as {@code postmaster.pid} describes it. */
    record Postmaster(long pid, int port, String state) {
        boolean ready() {
            return state.isEmpty() || state.equals("ready");
        }
    }

    private final Path dir;

    DataDirectory(Path dir) {
        this.dir = dir;
    }

    Path path() {
        return dir;
    }

    /** Fails with a sentence when the folder exists but this user may not look inside. */
    void requireReadable() {
        if (Files.isDirectory(dir) && !Files.isReadable(dir)) {
            String owner;
            try {
                owner = Files.getOwner(dir).getName();
            } catch (IOException e) {
                owner = "another user";
            }
            throw new DatabaseException("The private server's data folder " + dir + " belongs to user " + owner
                    + ": run the app as that user or as root, or set " + DataFolders.HOME_VARIABLE
                    + " to use another folder.");
        }
    }

    boolean initialised() {
        return Files.isRegularFile(dir.resolve("PG_VERSION"));
    }

    boolean emptyOrMissing() throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.findAny().isEmpty();
        }
    }

    /** The major version that made the cluster ("15", or "9.6" for old ones). */
    String majorText() {
        try {
            return Files.readString(dir.resolve("PG_VERSION"), StandardCharsets.US_ASCII).strip();
        } catch (IOException e) {
            return "";
        }
    }

    int major() {
        Matcher m = Pattern.compile("^(\\d+)").matcher(majorText());
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** The running postmaster, if {@code postmaster.pid} names a live PostgreSQL process. */
    Optional<Postmaster> postmaster() {
        Path pidFile = dir.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 4) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(lines.get(0).strip());
            int port = Integer.parseInt(lines.get(3).strip());
            String state = lines.size() >= 8 ? lines.get(7).strip() : "";
            boolean alive = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .map(h -> h.info().command().map(c -> c.contains("postgres") || c.contains("postmaster"))
                            .orElse(true))
                    .orElse(false);
            return alive ? Optional.of(new Postmaster(pid, port, state)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The port the app last wrote into its settings file. */
    OptionalInt configuredPort() {
        try {
            Matcher m = PORT.matcher(Files.readString(dir.resolve(SETTINGS_FILE), StandardCharsets.UTF_8));
            return m.find() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
        } catch (IOException | NumberFormatException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * Writes the app's settings (loopback only, this port, this socket folder or none) and makes sure
     * {@code postgresql.conf} includes them; the new file is handed to the server's account.
     */
    void writeSettings(int port, Path socketDir, ServerAccount account) throws IOException {
        String text = "# Written by AURELIUS Admin at each start of its private server; edits here are overwritten.\n"
                + "listen_addresses = '127.0.0.1'\n"
                + "port = " + port + "\n"
                + "unix_socket_directories = '" + (socketDir == null ? "" : quote(socketDir.toString())) + "'\n";
        Path file = dir.resolve(SETTINGS_FILE);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        FileModes.set(file, "rw-------");
        account.own(file);
        Path conf = dir.resolve("postgresql.conf");
        String main = Files.readString(conf, StandardCharsets.UTF_8);
        if (!main.contains(INCLUDE)) {
            Files.writeString(conf, (main.endsWith("\n") ? "" : "\n")
                    + "\n# AURELIUS Admin: listen address, port and socket folder of the private server\n"
                    + INCLUDE + "\n", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);
        }
    }

    /** A string value for postgresql.conf: quotes doubled, backslashes escaped. */
    static String quote(String value) {
        return value.replace("\\", "\\\\").replace("'", "''");
    }
}
