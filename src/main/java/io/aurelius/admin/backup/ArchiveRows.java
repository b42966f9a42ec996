package io.aurelius.admin.backup;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts the rows of each table in a custom or directory archive: pg_restore writes the data out as a
 * script (to us, not to a database) and the lines of each COPY block are counted. Reading all data also
 * shows a damaged or truncated archive before a restore starts. Its error line is kept apart from the
 * data, so a refusal never quotes a row of the backup.
 */
final class ArchiveRows {

    private static final Pattern COPY = Pattern.compile("^COPY (.+?) (?:\\(.*\\) )?FROM stdin;$");

    private ArchiveRows() {
    }

    /** Fills {@code rows} ("schema.name" as the archive lists it); returns why the data cannot be read, or null. */
    static String count(PgTool pgRestore, Path source, ArchiveToc toc, Map<String, Long> rows) {
        for (ArchiveToc.Entry e : toc.entries()) {
            if (e.type().equals("TABLE DATA")) {
                rows.put(e.schema() + "." + e.name(), 0L);
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        String[] table = {null};
        String[] error = {null};
        ToolRun run = new ToolRun(List.of(pgRestore.path().toString(), "--data-only", "--file=-",
                source.toAbsolutePath().toString()), Map.of(), null, line -> {
            int at = line.indexOf("pg_restore: error: "); // mid-line when it cut into a buffered row
            if (at >= 0 && error[0] == null) {
                error[0] = line.substring(at + "pg_restore: error: ".length()).strip();
            } else if (table[0] != null) {
                if (line.equals("\\.")) {
                    table[0] = null;
                } else {
                    rows.merge(table[0], 1L, Long::sum);
                }
            } else if (line.startsWith("COPY ")) {
                Matcher m = COPY.matcher(line);
                if (m.matches()) {
                    table[0] = unquote(m.group(1));
                }
            }
        });
        ToolRun.Result r = run.run();
        if (r.ok()) {
            return null;
        }
        // Its error goes to the same pipe as the data, ahead of the data it had buffered: the last line may be
        // a row of the backup, which is never shown.
        return error[0] != null ? error[0] : "pg_restore exited with code " + r.exitCode();
    }

    /** {@code public."My Table"} as the archive lists it: {@code public.My Table}. */
    static String unquote(String qualified) {
        List<String> parts = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < qualified.length(); i++) {
            char ch = qualified.charAt(i);
            if (ch == '"') {
                if (quoted && i + 1 < qualified.length() && qualified.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (ch == '.' && !quoted) {
                parts.add(b.toString());
                b.setLength(0);
            } else {
                b.append(ch);
            }
        }
        parts.add(b.toString());
        return String.join(".", parts);
    }
}
