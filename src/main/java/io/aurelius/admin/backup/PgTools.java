package io.aurelius.admin.backup;

import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.localserver.InstallFolders;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds pg_dump, pg_restore and psql: a configured folder first (AURELIUS_PG_BIN or the caller's), then PATH,
 * then the usual install folders (Debian, RHEL, Homebrew, Postgres.app, EDB on macOS, Program Files on
 * Windows). Picks the folder whose tools are all of the server's major version or newer: the configured one if
 * it fits, otherwise the newest. Says in one sentence what is missing before anything starts.
 */
public final class PgTools {

    private static final Logger log = LoggerFactory.getLogger(PgTools.class);

    /** Install folders relative to the file-system root; one "*" stands for a version or name. */
    static final List<String> PATTERNS = List.of(
            "usr/lib/postgresql/*/bin",
            "usr/pgsql-*/bin",
            "usr/local/pgsql/bin",
            "opt/homebrew/opt/postgresql@*/bin",
            "opt/homebrew/opt/libpq/bin",
            "opt/homebrew/bin",
            "usr/local/opt/postgresql@*/bin",
            "usr/local/opt/libpq/bin",
            "usr/local/bin",
            "Applications/Postgres.app/Contents/Versions/*/bin",
            "Library/PostgreSQL/*/bin",
            "Program Files/PostgreSQL/*/bin",
            "Program Files (x86)/PostgreSQL/*/bin");

    private final List<Path> configured;
    private final Path root;
    private final String searchPath;
    private final boolean windows;
    private final Map<Path, Optional<PgTool>> probed = new LinkedHashMap<>();

    /**
     * @param configured folders named by the user, tried first (may be empty)
     * @param root       the file-system root for the install patterns ("/"; a fake tree in tests)
     * @param searchPath a PATH value; may be null
     */
    public PgTools(List<Path> configured, Path root, String searchPath) {
        this.configured = List.copyOf(configured);
        this.root = root;
        this.searchPath = searchPath == null ? "" : searchPath;
        this.windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }

    /** The real machine: AURELIUS_PG_BIN (if set), PATH and the install folders. */
    public static PgTools system() {
        return system(null);
    }

    /** Like {@link #system()}, with an extra folder named on the command line or in a dialog tried first. */
    public static PgTools system(Path folder) {
        List<Path> dirs = new ArrayList<>();
        if (folder != null) {
            dirs.add(folder);
        }
        String env = System.getenv("AURELIUS_PG_BIN");
        if (env != null && !env.isBlank()) {
            dirs.add(Path.of(env));
        }
        Path fsRoot = Path.of("").toAbsolutePath().getRoot();
        return new PgTools(dirs, fsRoot == null ? Path.of("/") : fsRoot, System.getenv("PATH"));
    }

    /**
     * Picks {@code names} (e.g. pg_dump and pg_restore) from one folder, all of at least the server's major
     * version; fails with the versions found and the package to install.
     */
    public synchronized Map<String, PgTool> pick(List<String> names, int serverMajor, String serverVersion) {
        List<Map<String, PgTool>> complete = new ArrayList<>();
        List<PgTool> seen = new ArrayList<>();
        int configuredCount = 0;
        for (Path dir : candidateDirs()) {
            Map<String, PgTool> set = new LinkedHashMap<>();
            for (String n : names) {
                probe(dir, n).ifPresent(t -> set.put(n, t));
            }
            set.values().forEach(seen::add);
            if (set.size() == names.size()) {
                complete.add(set);
                if (configured.stream().anyMatch(c -> c.equals(dir))) {
                    configuredCount++;
                }
            }
        }
        // Newest major, then newest minor; on a tie the real program over Debian's pg_wrapper script.
        Comparator<Map<String, PgTool>> byMajor = Comparator.comparingInt(PgTools::lowestMajor)
                .thenComparingInt(set -> lowestTool(set).minor())
                .thenComparing(set -> !wrapper(lowestTool(set).path()));
        for (Map<String, PgTool> set : complete.subList(0, configuredCount)) {
            if (lowestMajor(set) >= serverMajor) {
                return set;
            }
        }
        Optional<Map<String, PgTool>> best = complete.stream().filter(s -> lowestMajor(s) >= serverMajor)
                .max(byMajor);
        if (best.isPresent()) {
            return best.get();
        }
        String first = names.get(0);
        String install = installHint(serverMajor);
        if (seen.isEmpty()) {
            throw new DatabaseException("No " + String.join(" or ", names) + " found (looked in " + lookedIn()
                    + "): install the PostgreSQL " + serverMajor + " client tools (" + install + "), or set"
                    + " AURELIUS_PG_BIN to the folder that holds them.");
        }
        PgTool newestOld = seen.stream().filter(t -> t.name().equals(first)).max(Comparator.comparingInt(PgTool::major))
                .orElse(seen.get(0));
        PgTool lowest = complete.stream().max(byMajor).map(PgTools::lowestTool).orElse(newestOld);
        throw new DatabaseException("The server runs PostgreSQL " + serverVersion + ", but the newest "
                + lowest.name() + " found is " + lowest.version() + " (" + lowest.path() + "), and "
                + lowest.name() + " must be version " + serverMajor + " or newer: install the PostgreSQL "
                + serverMajor + " client tools (" + install + "), or set AURELIUS_PG_BIN to a folder with them.");
    }

    /** One tool of at least the server's major. */
    public PgTool find(String name, int serverMajor, String serverVersion) {
        return pick(List.of(name), serverMajor, serverVersion).get(name);
    }

    private static boolean wrapper(Path p) {
        try {
            return p.toRealPath().getFileName().toString().equals("pg_wrapper");
        } catch (IOException e) {
            return false;
        }
    }

    private static int lowestMajor(Map<String, PgTool> set) {
        return lowestTool(set).major();
    }

    private static PgTool lowestTool(Map<String, PgTool> set) {
        return set.values().stream().min(Comparator.comparingInt(PgTool::major)).orElseThrow();
    }

    String lookedIn() {
        StringBuilder b = new StringBuilder();
        for (Path c : configured) {
            b.append(c).append(", ");
        }
        return b + "PATH and /" + String.join(", /", PATTERNS);
    }

    /** Folders in search order, each once (by real path). */
    List<Path> candidateDirs() {
        Set<Path> real = new LinkedHashSet<>();
        List<Path> out = new ArrayList<>();
        List<Path> all = new ArrayList<>(configured);
        for (String entry : searchPath.split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                all.add(Path.of(entry));
            }
        }
        for (String pattern : PATTERNS) {
            all.addAll(newestFirst(InstallFolders.expand(root, pattern)));
        }
        for (Path dir : all) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try {
                if (real.add(dir.toRealPath())) {
                    out.add(dir);
                }
            } catch (IOException e) {
                log.debug("Skipping {}: {}", dir, e.toString());
            }
        }
        return out;
    }

    private Optional<PgTool> probe(Path dir, String name) {
        Path exe = dir.resolve(windows ? name + ".exe" : name);
        if (!Files.isRegularFile(exe) || !Files.isExecutable(exe)) {
            return Optional.empty();
        }
        return probed.computeIfAbsent(exe, p -> {
            try {
                ToolRun.Output r = ToolRun.capture(List.of(p.toString(), "--version"), Duration.ofSeconds(10));
                Optional<PgTool> t = r.exitCode() == 0 ? PgTool.parse(name, p, r.text()) : Optional.empty();
                if (t.isEmpty()) {
                    log.info("Skipping {}: --version answered '{}' (exit {})", p, r.text().strip(), r.exitCode());
                }
                return t;
            } catch (RuntimeException e) {
                log.info("Skipping {}: {}", p, e.getMessage());
                return Optional.empty();
            }
        });
    }


    static String installHint(int major) {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return "brew install postgresql@" + major + ", or Postgres.app";
        }
        if (os.startsWith("windows")) {
            return "the PostgreSQL " + major + " installer from postgresql.org";
        }
        return "apt-get install postgresql-client-" + major + ", or dnf install postgresql" + major;
    }

    private static List<Path> newestFirst(List<Path> paths) {
        List<Path> copy = new ArrayList<>(paths);
        java.util.Collections.reverse(copy);
        return copy;
    }
}
