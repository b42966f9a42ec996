package io.aurelius.admin.localserver;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostgreSQL server programs already on this machine: the usual install folders of Linux and macOS packages
 * (newest major first), then every folder on PATH holding {@code initdb}, {@code pg_ctl} and {@code postgres}.
 * Each candidate's version comes from running its {@code pg_ctl --version}; candidates that do not answer are
 * skipped.
 */
public final class InstalledBinaries implements BinarySource {

    private static final Logger log = LoggerFactory.getLogger(InstalledBinaries.class);

    /** Install folders relative to the file-system root; one "*" stands for a version. */
    static final List<String> PATTERNS = List.of(
            "usr/lib/postgresql/*/bin",                          // Debian, Ubuntu
            "usr/pgsql-*/bin",                                   // RHEL, Rocky, Fedora (PGDG packages)
            "usr/local/pgsql/bin",                               // built from source
            "opt/homebrew/opt/postgresql@*/bin",                 // Homebrew on Apple silicon
            "opt/homebrew/opt/postgresql/bin",
            "usr/local/opt/postgresql@*/bin",                    // Homebrew on Intel
            "usr/local/opt/postgresql/bin",
            "Applications/Postgres.app/Contents/Versions/*/bin", // Postgres.app
            "Library/PostgreSQL/*/bin");                         // EDB installer on macOS

    private static final List<String> TOOLS = List.of("initdb", "pg_ctl", "postgres");

    private final Path root;
    private final String searchPath;

    /**
     * @param root       the file-system root ("/"; a fake tree in tests)
     * @param searchPath a PATH value, entries separated by the platform's path separator; may be null
     */
    public InstalledBinaries(Path root, String searchPath) {
        this.root = root;
        this.searchPath = searchPath == null ? "" : searchPath;
    }

    public static InstalledBinaries system() {
        Path fsRoot = Path.of("").toAbsolutePath().getRoot();
        return new InstalledBinaries(fsRoot == null ? Path.of("/") : fsRoot, System.getenv("PATH"));
    }

    @Override
    public List<ServerBinaries> available() {
        List<ServerBinaries> found = new ArrayList<>();
        for (Map.Entry<Path, String> c : candidateDirs().entrySet()) {
            probe(c.getKey(), c.getValue()).ifPresent(found::add);
        }
        found.sort(Comparator.comparingInt(ServerBinaries::major).reversed());
        return found;
    }

    @Override
    public String lookedIn() {
        return "/" + String.join(", /", PATTERNS) + " and PATH";
    }

    /** Folders holding all three programs, in search order, each once (by real path), with their origin. */
    Map<Path, String> candidateDirs() {
        Map<Path, String> dirs = new LinkedHashMap<>();
        Map<Path, Boolean> seen = new LinkedHashMap<>();
        for (String pattern : PATTERNS) {
            for (Path dir : InstallFolders.expand(root, pattern)) {
                add(dir, "installed", dirs, seen);
            }
        }
        for (String entry : searchPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                add(Path.of(entry), "PATH", dirs, seen);
            }
        }
        return dirs;
    }

    private void add(Path dir, String origin, Map<Path, String> dirs, Map<Path, Boolean> seen) {
        if (!hasTools(dir)) {
            return;
        }
        Path real;
        try {
            real = dir.toRealPath();
        } catch (IOException e) {
            return;
        }
        if (seen.putIfAbsent(real, Boolean.TRUE) == null) {
            dirs.put(dir, origin);
        }
    }


    /** Whether the folder holds {@code initdb}, {@code pg_ctl} and {@code postgres}, executable. */
    static boolean hasTools(Path dir) {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        for (String tool : TOOLS) {
            Path p = dir.resolve(ServerBinaries.windows() ? tool + ".exe" : tool);
            if (!Files.isRegularFile(p) || !Files.isExecutable(p)) {
                return false;
            }
        }
        return true;
    }

    /** The programs in this folder with the version their {@code pg_ctl --version} reports; empty if it fails. */
    static Optional<ServerBinaries> probe(Path dir, String origin) {
        Path pgCtl = dir.resolve(ServerBinaries.windows() ? "pg_ctl.exe" : "pg_ctl");
        try {
            Processes.Result r = Processes.run(List.of(pgCtl.toString(), "--version"), null, Duration.ofSeconds(10));
            Optional<ServerBinaries> b = r.ok() ? ServerBinaries.parse(dir, r.output(), origin) : Optional.empty();
            if (b.isEmpty()) {
                log.info("Skipping {}: pg_ctl --version answered '{}' (exit {})", dir, r.lastLine(), r.exitCode());
            }
            return b;
        } catch (RuntimeException e) {
            log.info("Skipping {}: {}", dir, e.getMessage());
            return Optional.empty();
        }
    }
}
