package io.aurelius.admin.backup;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.db.DatabaseException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * How a child program reaches the server without the password ever being in its arguments or environment:
 * a private folder (0700) holding a password file (0600) named by PGPASSFILE, deleted on {@link #close()};
 * connection values as separate {@code --option=value} arguments, so a value beginning with "-" can never
 * become an option; and the database name wrapped as a connection string {@code dbname='...'}, so a name
 * such as {@code "x host=evil"} or {@code "postgresql://evil/x"} stays a name and never redirects the
 * connection (or the password).
 */
final class PgConnection implements AutoCloseable {

    private final ConnectionSettings settings;
    private final Path dir;
    private final Path passFile;

    private PgConnection(ConnectionSettings settings, Path dir, Path passFile) {
        this.settings = settings;
        this.dir = dir;
        this.passFile = passFile;
    }

    /** Writes the password file; the caller must close this to delete it. */
    static PgConnection open(ConnectionSettings settings) {
        try {
            Path dir;
            Path file;
            if (posix()) {
                dir = Files.createTempDirectory("aurelius-pg",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
                file = Files.createFile(dir.resolve("pgpass"),
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                dir = Files.createTempDirectory("aurelius-pg");
                file = Files.createFile(dir.resolve("pgpass"));
            }
            if (settings.hasPassword()) {
                Files.writeString(file, "*:*:*:" + escape(settings.user()) + ":" + escape(settings.password()) + "\n",
                        StandardCharsets.UTF_8);
            }
            return new PgConnection(settings, dir, file);
        } catch (IOException e) {
            throw new DatabaseException("Could not write the temporary password file (" + e.getMessage()
                    + "): check that the temporary folder is writable.", e);
        }
    }

    /**
     * Variables for the child: the password file, a connect timeout, sslmode and the root certificate (libpq reads
     * the same {@code ~/.postgresql/root.crt} as the app's driver when none is named), an application name.
     */
    Map<String, String> environment() {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PGPASSFILE", passFile.toString());
        env.put("PGCONNECT_TIMEOUT", "15");
        env.put("PGAPPNAME", "aurelius-admin");
        if (settings.sslmode() != null && !settings.sslmode().isBlank()) {
            env.put("PGSSLMODE", settings.sslmode());
        }
        if (settings.sslrootcert() != null && !settings.sslrootcert().isBlank()) {
            env.put("PGSSLROOTCERT", settings.sslrootcert());
        }
        return env;
    }

    /** --host, --port, --username, --no-password and --dbname for the settings' database. */
    List<String> arguments() {
        return arguments(settings.database());
    }

    /** The same, for another database on the same server. */
    List<String> arguments(String database) {
        List<String> a = new ArrayList<>();
        a.add("--host=" + settings.host());
        a.add("--port=" + settings.port());
        a.add("--username=" + settings.user());
        a.add("--no-password");
        a.add("--dbname=" + dbnameConnString(database));
        return a;
    }

    Path passFile() {
        return passFile;
    }

    /**
     * A connection string holding only the database name, quoted as libpq requires (single quotes; backslash
     * and quote escaped): whatever the name contains, it is one value.
     */
    static String dbnameConnString(String database) {
        if (database == null || database.isEmpty()) {
            throw new DatabaseException("No database name given.");
        }
        if (database.indexOf('\0') >= 0) {
            throw new DatabaseException("A database name cannot contain a NUL character.");
        }
        return "dbname='" + database.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }

    /** libpq password-file field escaping: backslash and colon. */
    static String escape(String s) {
        return s.replace("\\", "\\\\").replace(":", "\\:").replace("\n", "").replace("\r", "");
    }

    @Override
    public void close() {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new DatabaseException("Could not delete the temporary password file " + passFile + " ("
                    + e.getMessage() + "): delete it by hand.", e);
        }
    }

    private static boolean posix() {
        return Path.of(System.getProperty("java.io.tmpdir")).getFileSystem().supportedFileAttributeViews()
                .contains("posix");
    }
}
