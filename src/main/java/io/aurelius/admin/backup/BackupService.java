package io.aurelius.admin.backup;

import io.aurelius.admin.config.Echo;
import io.aurelius.admin.db.Database;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.db.ServerInfo;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Backups of the connected database with the server's own pg_dump: {@link #prepare} checks everything that
 * can be checked before starting (tools and their versions, the target path, the folder) and returns a
 * {@link BackupJob} to run on a background thread. Also lists and prunes the backups in a folder.
 */
public final class BackupService {

    private static final Logger log = LoggerFactory.getLogger(BackupService.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Database database;
    private final PgTools tools;

    public BackupService(Database database, PgTools tools) {
        this.database = database;
        this.tools = tools;
    }

    /** A backup of one listed backup in a folder, with whether its file is still there. */
    public record Entry(Path manifestFile, Path backup, Manifest manifest, boolean present) {
    }

    /** Checks tools, versions and the target, then returns the job; starts nothing. */
    public BackupJob prepare(BackupRequest request) {
        ServerInfo server = database.serverInfo();
        List<String> names = request.format().archive() ? List.of("pg_dump", "pg_restore") : List.of("pg_dump");
        Map<String, PgTool> found = tools.pick(names, server.majorVersion(), server.version());
        Path target = request.output().toAbsolutePath().normalize();
        checkTarget(target);
        checkTables(request.tables());
        return new BackupJob(this, database.settings(), server, found, request.withOutput(target), target);
    }

    /** Each table asked for exists, so pg_dump never starts for a name it cannot match (said in one sentence). */
    private void checkTables(List<String> tables) {
        for (String t : tables) {
            String pattern = Names.tablePattern(t);
            boolean present = database.withConnection(c -> {
                try (java.sql.PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                    ps.setString(1, pattern);
                    try (java.sql.ResultSet rs = ps.executeQuery()) {
                        return rs.next() && rs.getBoolean(1);
                    }
                }
            });
            if (!present) {
                throw new DatabaseException("The database has no table '" + Echo.of(t) + "': name each table as the"
                        + " database lists it (e.g. strategies), or back up the whole database.");
            }
        }
    }

    /**
     * For scheduled use: a new backup named {@code DATABASE-yyyyMMdd-HHmmss.EXT} in the folder (created if
     * missing); after it verified, this database's oldest backups beyond {@code keep} are removed (null: none).
     */
    public BackupJob prepareInFolder(Path dir, Integer keep, BackupRequest template) {
        Path folder = dir.toAbsolutePath().normalize();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            throw new DatabaseException("Cannot create the backup folder " + Echo.of(folder.toString(), 200) + " ("
                    + Echo.of(reason(e), 100)
                    + "): choose a folder you can write to.", e);
        }
        String base = Names.fileSafe(database.settings().database()) + "-"
                + STAMP.format(ZonedDateTime.now(ZoneOffset.UTC));
        String ext = template.format().extension();
        Path p = folder.resolve(base + ext);
        for (int i = 2; Files.exists(p) || Files.exists(p.resolveSibling(p.getFileName() + ".partial")); i++) {
            p = folder.resolve(base + "-" + i + ext);
        }
        return prepare(template.withOutput(p).withKeep(keep));
    }

    /**
     * The copy taken before something destructive (drop, reset, a restore over this database): the whole
     * database in the custom format, verified, in {@code folder}; nothing is pruned.
     */
    public BackupJob prepareSafetyCopy(Path folder) {
        return prepareInFolder(folder, null, BackupRequest.of(folder, BackupFormat.CUSTOM));
    }

    /** The backups a folder holds, by their manifests, newest first. */
    public static List<Entry> list(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new DatabaseException("The folder " + dir + " does not exist: name the folder backups were"
                    + " written to.");
        }
        List<Entry> out = new ArrayList<>();
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*" + Manifest.SUFFIX)) {
            for (Path mf : ds) {
                try {
                    Manifest m = Manifest.read(mf);
                    Path b = m.backupPath(mf);
                    out.add(new Entry(mf, b, m, Files.exists(b)));
                } catch (IOException | RuntimeException e) {
                    log.warn("Skipping manifest {}: {}", mf, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new DatabaseException("Cannot read the folder " + dir + " (" + reason(e) + ").", e);
        }
        out.sort(Comparator.comparing((Entry e) -> e.manifest().createdAt()).reversed());
        return out;
    }

    /**
     * Removes a database's backups in the folder beyond the newest {@code keep} (never {@code justMade}),
     * with their manifests. Only backups that have a manifest are ever touched.
     */
    List<Path> prune(Path dir, String databaseName, int keep, Path justMade) {
        List<Entry> mine = list(dir).stream().filter(e -> databaseName.equals(e.manifest().database())).toList();
        List<Path> removed = new ArrayList<>();
        for (int i = keep; i < mine.size(); i++) {
            Entry e = mine.get(i);
            if (e.backup().equals(justMade)) {
                continue;
            }
            try {
                BackupJob.deleteTree(e.backup());
                Files.deleteIfExists(e.manifestFile());
                removed.add(e.backup());
                log.info("Pruned old backup {}", e.backup());
            } catch (IOException ex) {
                log.warn("Could not prune {}: {}", e.backup(), ex.toString());
            }
        }
        return removed;
    }

    private static void checkTarget(Path target) {
        if (Files.exists(target) || Files.exists(Manifest.pathFor(target))) {
            throw new DatabaseException("The backup " + target + " already exists: choose another name, or move"
                    + " the old one away first.");
        }
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new DatabaseException("The folder " + folder + " does not exist: create it first, or choose"
                    + " another place for the backup.");
        }
        Path probe = folder.resolve(".aurelius-write-test-" + UUID.randomUUID());
        try {
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException e) {
            throw new DatabaseException("Cannot write to the folder " + folder + " (" + reason(e)
                    + "): choose a folder you can write to.", e);
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
