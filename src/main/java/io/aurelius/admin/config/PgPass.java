package io.aurelius.admin.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
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
 * {@code \:} and {@code \\} are escapes (so {@code \*} is a literal star). Like libpq, it follows a symbolic
 * link, and a file that is not a regular file or has any permission for group or others is ignored (with a
 * warning naming the file and the fix, never its contents); a file over 1 MB is ignored too.
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

    /**
     * What a look-up found: the password (or null) and, when the file was there but not used, why, as a phrase
     * naming the file and the fix ("the password file X was ignored because ...; run chmod 0600 X").
     */
    public record Found(String password, String problem) {
        public Optional<String> asOptional() {
            return Optional.ofNullable(password);
        }
    }

    /** The password for these four values, or empty; a file that cannot be used is logged as a warning. */
    public static Optional<String> lookup(Path file, String host, int port, String database, String user) {
        return find(file, host, port, database, user).asOptional();
    }

    /**
     * Looks the password up as libpq does: the first line whose four fields match wins; a file that is not a
     * regular file, or that group or others may access, is ignored. Unlike libpq, a file over 1 MB is ignored
     * too, and a matching line whose password is not UTF-8 is not used (the driver sends UTF-8).
     */
    public static Found find(Path file, String host, int port, String database, String user) {
        if (file == null || SettingsFiles.absent(file)) {
            return new Found(null, null);
        }
        byte[] bytes;
        try {
            SettingsFiles.requireRegular(file, "password file");
            if (tooOpen(file)) {
                return ignored("the password file " + file + " was ignored because group or others have access"
                        + " to it, as libpq ignores such a file; run chmod 0600 " + file);
            }
            bytes = SettingsFiles.read(file, "password file");
        } catch (SettingsFiles.Unreadable e) {
            return ignored(e.phrase());
        }
        List<byte[]> lines = lines(bytes);
        for (int i = 0; i < lines.size(); i++) {
            String line = text(lines.get(i));
            if (matches(line, host, port, database, user)) {
                List<Field> f = parse(line);
                if (f.get(4).text().indexOf('\uFFFD') >= 0) {
                    return ignored("the password on line " + (i + 1) + " of the password file " + file
                            + " is not UTF-8 text, so it was not used; write that line again as UTF-8");
                }
                return new Found(f.get(4).text(), null);
            }
        }
        return new Found(null, null);
    }

    private static Found ignored(String phrase) {
        log.warn("{}.", phrase.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + phrase.substring(1));
        return new Found(null, phrase);
    }

    /** The file's lines as bytes, without their line ends ("\n", "\r\n"). */
    private static List<byte[]> lines(byte[] bytes) {
        List<byte[]> out = new ArrayList<>();
        int from = 0;
        for (int i = 0; i <= bytes.length; i++) {
            if (i == bytes.length || bytes[i] == '\n') {
                if (i > from || i < bytes.length) {
                    out.add(java.util.Arrays.copyOfRange(bytes, from, i));
                }
                from = i + 1;
            }
        }
        return out;
    }

    /** A line as libpq sees it: up to a NUL byte, without a final "\r"; bytes that are not UTF-8 become U+FFFD. */
    private static String text(byte[] line) {
        int end = 0;
        while (end < line.length && line[end] != 0) {
            end++;
        }
        if (end > 0 && line[end - 1] == '\r') {
            end--;
        }
        return new String(line, 0, end, StandardCharsets.UTF_8);
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
     * Stores a password for host:port:database:user, keeping every other line byte for byte (comments, lines it
     * cannot parse, lines that are not UTF-8), replacing a line for exactly the same four fields, and placing it
     * above any wildcard line that would otherwise win.
     * The file is written beside itself and moved into place with mode 0600, so it is never readable by others,
     * not even for a moment, and never half written. A symbolic link is written through: the file it points to
     * is replaced and the link stays. A file that cannot be read whole (a folder, pipe or device, over 1 MB) is
     * left alone and the password is not saved: a SettingsException says so, as for a field with a line break or NUL
     * (which the file format cannot hold).
     */
    public static void save(Path file, String host, int port, String database, String user, String password)
            throws IOException {
        Optional<String> problem = lineProblem(host, database, user, password);
        if (problem.isPresent()) {
            throw new SettingsException(problem.get());
        }
        Path target = SettingsFiles.writeTarget(file);
        List<byte[]> kept = new ArrayList<>();
        if (!SettingsFiles.absent(target)) {
            byte[] bytes;
            try {
                bytes = SettingsFiles.read(target, "password file");
            } catch (SettingsFiles.Unreadable e) {
                throw new SettingsException("The password was not saved, because " + e.phrase() + ".");
            }
            kept.addAll(lines(bytes));
        }
        write(target, placed(kept, host, port, database, user, String.join(":", escape(host), Integer.toString(port),
                escape(database), escape(user), escape(password)).getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The lines with the new one where libpq will find it first: in place of the first line for the same four
     * fields, or before the first line that would match them (a wildcard line above it would win otherwise),
     * else at the end. Later lines for the same four fields are dropped; every other line stays.
     */
    private static List<byte[]> placed(List<byte[]> lines, String host, int port, String database, String user,
                                       byte[] newLine) {
        List<byte[]> out = new ArrayList<>();
        boolean placed = false;
        for (byte[] line : lines) {
            String text = text(line);
            boolean same = sameFourFields(text, host, port, database, user);
            if (!placed && (same || matches(text, host, port, database, user))) {
                out.add(newLine);
                placed = true;
            }
            if (!same) {
                out.add(line);
            }
        }
        if (!placed) {
            out.add(newLine);
        }
        return out;
    }

    private static boolean matches(String line, String host, int port, String database, String user) {
        if (line.isEmpty() || line.startsWith("#")) {
            return false;
        }
        List<Field> f = parse(line);
        return f.size() >= 5 && f.get(0).matches(host) && f.get(1).matches(Integer.toString(port))
                && f.get(2).matches(database) && f.get(3).matches(user);
    }

    private static boolean sameFourFields(String line, String host, int port, String database, String user) {
        List<Field> f = line.isBlank() || line.startsWith("#") ? List.of() : parse(line);
        return f.size() >= 4 && !f.get(0).wildcard() && f.get(0).text().equals(host)
                && f.get(1).text().equals(Integer.toString(port)) && f.get(2).text().equals(database)
                && f.get(3).text().equals(user);
    }

    private static void write(Path target, List<byte[]> lines) throws IOException {
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path tmp = posix(dir) ? Files.createTempFile(dir, ".pgpass", ".tmp", PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-------"))) : Files.createTempFile(dir, ".pgpass", ".tmp");
        try {
            java.io.ByteArrayOutputStream text = new java.io.ByteArrayOutputStream();
            for (byte[] line : lines) {
                text.write(line);
                text.write('\n');
            }
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ByteBuffer b = ByteBuffer.wrap(text.toByteArray());
                while (b.hasRemaining()) {
                    ch.write(b);
                }
                ch.force(true);
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
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

    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
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
