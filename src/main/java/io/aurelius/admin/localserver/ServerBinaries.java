package io.aurelius.admin.localserver;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One set of PostgreSQL server programs ({@code initdb}, {@code pg_ctl}, {@code postgres}) in one folder.
 *
 * @param binDir  the folder holding the programs
 * @param major   the major version (15 for 15.4; 9 for 9.6.24)
 * @param version the version as the programs report it, e.g. "15.4"
 * @param origin  where they come from, for messages: "installed", "PATH", "bundled"
 */
public record ServerBinaries(Path binDir, int major, String version, String origin) {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\)\\s+((\\d+)(?:\\.\\d+)*\\S*)");

    public ServerBinaries {
        Objects.requireNonNull(binDir, "binDir");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(origin, "origin");
    }

    public Path initdb() {
        return tool("initdb");
    }

    public Path pgCtl() {
        return tool("pg_ctl");
    }

    public Path postgres() {
        return tool("postgres");
    }

    /** A program in this folder, with ".exe" on Windows. */
    public Path tool(String name) {
        return binDir.resolve(windows() ? name + ".exe" : name);
    }

    /** "PostgreSQL 15.4 in /usr/lib/postgresql/15/bin". */
    public String describe() {
        return "PostgreSQL " + version + " in " + binDir;
    }

    /**
     * Reads the output of {@code pg_ctl --version} ("pg_ctl (PostgreSQL) 15.4 (Debian 15.4-1)"): the version
     * text and the major number, or empty if the text is not a PostgreSQL version line.
     */
    static Optional<ServerBinaries> parse(Path binDir, String versionOutput, String origin) {
        Matcher m = VERSION.matcher(versionOutput == null ? "" : versionOutput);
        if (!m.find()) {
            return Optional.empty();
        }
        return Optional.of(new ServerBinaries(binDir, Integer.parseInt(m.group(2)), m.group(1), origin));
    }

    static boolean windows() {
        return System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
    }
}
