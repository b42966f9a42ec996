package io.aurelius.admin.backup;

import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One PostgreSQL client program and the version it reports.
 *
 * @param name    "pg_dump", "pg_restore" or "psql"
 * @param path    the program file
 * @param major   15 for 15.18 (9 for 9.6.24)
 * @param minor   18 for 15.18 (the third number for 9.x)
 * @param version the version text, e.g. "15.18"
 */
public record PgTool(String name, Path path, int major, int minor, String version) {

    private static final Pattern VERSION = Pattern.compile("\\(PostgreSQL\\)\\s+((\\d+)(?:\\.(\\d+))?(?:\\.(\\d+))?\\S*)");

    /** Reads "pg_dump (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)"; empty when it is not such a line. */
    static Optional<PgTool> parse(String name, Path path, String versionOutput) {
        Matcher m = VERSION.matcher(versionOutput == null ? "" : versionOutput);
        if (!m.find()) {
            return Optional.empty();
        }
        int major = Integer.parseInt(m.group(2));
        String minorText = major < 10 ? m.group(4) : m.group(3);
        int minor = minorText == null ? 0 : Integer.parseInt(minorText);
        return Optional.of(new PgTool(name, path, major, minor, m.group(1)));
    }

    /**
     * True when this psql has {@code \restrict} (CVE-2025-8714 fix: 17.6, 16.10, 15.14, 14.19, 13.22 and
     * later), so a restored script cannot run meta-commands.
     */
    public boolean supportsRestrict() {
        return switch (major) {
            case 17 -> minor >= 6;
            case 16 -> minor >= 10;
            case 15 -> minor >= 14;
            case 14 -> minor >= 19;
            case 13 -> minor >= 22;
            default -> major >= 18;
        };
    }

    /** "pg_dump 15.18 (/usr/bin/pg_dump)". */
    public String describe() {
        return name + " " + version + " (" + path + ")";
    }
}
