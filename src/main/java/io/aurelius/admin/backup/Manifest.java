package io.aurelius.admin.backup;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.aurelius.admin.db.DatabaseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * The small JSON record written beside each backup ({@code NAME.manifest.json}).
 *
 * @param file          the backup's file or folder name, in the same folder as the manifest
 * @param server        "user@host:port" (never the password)
 * @param tables        tables the backup holds, as the verification read them
 * @param sizeBytes     the file's size (a folder: the sum of its files)
 * @param sha256        of the file (a folder: of each file's name and bytes in name order)
 * @param createdAt     ISO-8601 instant the backup was verified
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Manifest(int manifestVersion, String file, String format, String database, String server,
                       String serverVersion, String pgDumpVersion, List<String> tables, boolean schemaOnly,
                       boolean dataOnly, long sizeBytes, String sha256, String createdAt, double seconds) {

    public static final String SUFFIX = ".manifest.json";
    private static final long MAX_BYTES = 1024 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** Where the manifest of a backup lives. */
    public static Path pathFor(Path backup) {
        return backup.resolveSibling(backup.getFileName() + SUFFIX);
    }

    /** The backup this manifest describes; refuses names that would leave the folder. */
    public Path backupPath(Path manifestFile) {
        if (file == null || file.isEmpty() || file.contains("/") || file.contains("\\") || file.equals("..")
                || file.equals(".")) {
            throw new DatabaseException("The manifest " + manifestFile + " names '" + file + "', which is not a file"
                    + " in its folder; it was ignored.");
        }
        return manifestFile.resolveSibling(file);
    }

    public BackupFormat backupFormat() {
        return BackupFormat.parse(format);
    }

    /** Reads a manifest: a regular file (never a pipe, which would block) of at most 1 MB. */
    static Manifest read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new IOException("it is not a regular file");
        }
        if (Files.size(file) > MAX_BYTES) {
            throw new IOException("it is larger than 1 MB, which no manifest is");
        }
        return JSON.readValue(file.toFile(), Manifest.class);
    }

    /** Writes via a ".partial" file and a rename, so a manifest is whole or absent. */
    void write(Path file) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".partial");
        try {
            JSON.writeValue(tmp.toFile(), this);
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Size in bytes of a file, or of every file under a folder. */
    static long size(Path p) throws IOException {
        if (!Files.isDirectory(p)) {
            return Files.size(p);
        }
        try (Stream<Path> s = Files.walk(p)) {
            long sum = 0;
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                sum += Files.size(f);
            }
            return sum;
        }
    }

    /** SHA-256 of a file, or of a folder's files (name, NUL, bytes; in name order). */
    static String sha256(Path p) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        if (Files.isDirectory(p)) {
            try (Stream<Path> s = Files.walk(p)) {
                for (Path f : s.filter(Files::isRegularFile).sorted().toList()) {
                    md.update(p.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    md.update((byte) 0);
                    digest(md, f);
                }
            }
        } else {
            digest(md, p);
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void digest(MessageDigest md, Path f) throws IOException {
        byte[] buf = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(f)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                md.update(buf, 0, n);
            }
        }
    }
}
