package io.aurelius.admin.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * libpq's password file ({@code ~/.pgpass} or {@code PGPASSFILE}): lines of
 * {@code hostname:port:database:username:password}; a field that is just {@code *} matches anything;
 * {@code \:} and {@code \\} are escapes (so {@code \*} is a literal star). Like libpq, a file with any
 * permission for group or others is ignored (with a warning naming the file, never its contents).
 */
public final class PgPass {

    private static final Logger log = LoggerFactory.getLogger(PgPass.class);
    private static final Set<PosixFilePermission> GROUP_OR_OTHERS = EnumSet.of(
            PosixFilePermission.GROUP_READ, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_EXECUTE,
            PosixFilePermission.OTHERS_READ, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_EXECUTE);

    /** One parsed field: its unescaped text, and whether it was a bare {@code *}. */
    record Field(String text, boolean wildcard) {
        boolean matches(String value) {
            return wildcard || text.equals(value);
        }
    }

    private PgPass() {
    }

    public static Optional<String> lookup(Path file, String host, int port, String database, String user) {
        if (file == null || !Files.isRegularFile(file)) {
            return Optional.empty();
        }
        if (tooOpen(file)) {
            log.warn("Ignoring password file {}: group or others may access it; run chmod 0600 on it.", file);
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Cannot read password file {} ({}); check its owner and permissions.", file,
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
        String portText = Integer.toString(port);
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<Field> f = parse(line);
            if (f.size() < 5) {
                continue;
            }
            if (f.get(0).matches(host) && f.get(1).matches(portText)
                    && f.get(2).matches(database) && f.get(3).matches(user)) {
                return Optional.of(f.get(4).text());
            }
        }
        return Optional.empty();
    }

    /**
     * Splits on unescaped colons and unescapes. As in libpq, the password ends at the next unescaped colon:
     * a colon inside a password is written {@code \:}.
     */
    static List<String> split(String line) {
        return parse(line).stream().map(Field::text).toList();
    }

    static List<Field> parse(String line) {
        List<Field> fields = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean escaped = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                cur.append(line.charAt(++i));
                escaped = true;
            } else if (c == ':') {
                fields.add(new Field(cur.toString(), !escaped && cur.toString().equals("*")));
                cur.setLength(0);
                escaped = false;
            } else {
                cur.append(c);
            }
        }
        fields.add(new Field(cur.toString(), !escaped && cur.toString().equals("*")));
        return fields;
    }

    /** Escapes a field for writing a .pgpass line. */
    public static String escape(String field) {
        return field.replace("\\", "\\\\").replace(":", "\\:");
    }

    /**
     * Stores a password for host:port:database:user, keeping every other line as it was and replacing an
     * earlier line for exactly the same four fields. The file is written beside itself and moved into place
     * with mode 0600, so it is never readable by others, not even for a moment. A field with a line break or
     * NUL (which the file format cannot hold) is refused with a {@link SettingsException}.
     */
    public static void save(Path file, String host, int port, String database, String user, String password)
            throws IOException {
        Optional<String> problem = lineProblem(host, database, user, password);
        if (problem.isPresent()) {
            throw new SettingsException(problem.get());
        }
        List<String> kept = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                List<Field> f = line.isBlank() || line.startsWith("#") ? List.of() : parse(line);
                boolean same = f.size() >= 4 && !f.get(0).wildcard() && f.get(0).text().equals(host)
                        && f.get(1).text().equals(Integer.toString(port)) && f.get(2).text().equals(database)
                        && f.get(3).text().equals(user);
                if (!same) {
                    kept.add(line);
                }
            }
        }
        kept.add(String.join(":", escape(host), Integer.toString(port), escape(database), escape(user),
                escape(password)));
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = Files.createTempFile(dir, ".pgpass", ".tmp",
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(
                        java.nio.file.attribute.PosixFilePermissions.fromString("rw-------")));
        try {
            Files.write(tmp, kept, StandardCharsets.UTF_8);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Why these fields cannot make a line of the file: a line break (it would start a second line, one that could
     * match every server) or a NUL; empty when they can.
     */
    public static Optional<String> lineProblem(String host, String database, String user, String password) {
        if (breaksALine(password)) {
            return Optional.of("A password with a line break, a NUL or half of a character pair cannot be kept in"
                    + " the password file: type it each time instead (untick saving it), or change it.");
        }
        if (breaksALine(host) || breaksALine(database) || breaksALine(user)) {
            return Optional.of("A host, database or role with a line break, a NUL or half of a character pair"
                    + " cannot go into the password file: remove that character.");
        }
        return Optional.empty();
    }

    private static boolean breaksALine(String field) {
        return field.indexOf('\n') >= 0 || field.indexOf('\r') >= 0 || field.indexOf('\0') >= 0
                || !StandardCharsets.UTF_8.newEncoder().canEncode(field); // half of a surrogate pair
    }

    private static boolean tooOpen(Path file) {
        try {
            Set<PosixFilePermission> p = Files.getPosixFilePermissions(file);
            return p.stream().anyMatch(GROUP_OR_OTHERS::contains);
        } catch (UnsupportedOperationException | IOException e) {
            return false; // Windows: libpq does not check either
        }
    }
}
