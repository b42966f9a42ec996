package io.aurelius.admin.backup;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads plain SQL dumps line by line (bytes, so any encoding passes through unchanged): what they create and
 * how many rows each COPY carries, whether pg_dump finished them, and which lines are psql meta-commands
 * outside COPY data. Also writes a script for psql with the dump's own restrict/unrestrict
 * framing removed, behind a {@code \restrict} with a key of ours.
 */
final class PlainScript {

    static final String COMPLETE = "-- PostgreSQL database dump complete";
    static final String HEADER = "-- PostgreSQL database dump";
    private static final Pattern CREATE_TABLE = Pattern.compile("^CREATE (?:UNLOGGED )?TABLE (.+) \\($");
    private static final Pattern COPY = Pattern.compile("^COPY (.+?) (?:\\(.*\\) )?FROM stdin;$");
    private static final Pattern FRAMING = Pattern.compile("^\\\\(?:restrict|unrestrict) [A-Za-z0-9]+\\s*$");
    private static final Pattern VERSION = Pattern.compile("^-- Dumped (from database|by pg_dump) version (\\S+)");
    private static final int MAX_REPORTED = 5;

    /** What a plain dump holds. */
    record Scan(boolean pgDumpHeader, boolean complete, Map<String, Long> tables, List<String> metaCommands,
                int metaCommandCount, String dumpedFrom, String dumpedBy, long lines, int createdTables) {
    }

    private PlainScript() {
    }

    /** Reads the whole stream (throws what a broken gzip stream throws). */
    static Scan scan(InputStream in) throws IOException {
        Tracker t = new Tracker();
        Map<String, Long> tables = new LinkedHashMap<>();
        List<String> meta = new ArrayList<>();
        int metaCount = 0;
        boolean header = false;
        String from = null;
        String by = null;
        String lastContent = "";
        long n = 0;
        int created = 0;
        String copyTable = null;
        for (String raw; (raw = readLine(in)) != null; ) {
            n++;
            Kind k = t.next(raw);
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (n <= 5 && line.startsWith(HEADER)) {
                header = true;
            }
            Matcher v = n < 60 ? VERSION.matcher(line) : null;
            if (v != null && v.find()) {
                if (v.group(1).startsWith("from")) {
                    from = v.group(2);
                } else {
                    by = v.group(2);
                }
            }
            if (k == Kind.COPY_START) {
                Matcher c = COPY.matcher(line);
                copyTable = c.matches() ? c.group(1) : "?";
                tables.putIfAbsent(copyTable, 0L);
            } else if (k == Kind.COPY_DATA) {
                tables.merge(copyTable, 1L, Long::sum);
            } else if (k == Kind.SQL) {
                Matcher c = CREATE_TABLE.matcher(line);
                if (c.matches()) {
                    created++;
                    tables.putIfAbsent(c.group(1), 0L);
                }
            } else if (k == Kind.META) {
                metaCount++;
                if (meta.size() < MAX_REPORTED) {
                    meta.add("line " + n + ": " + abbreviate(line));
                }
            }
            if (k != Kind.FRAMING && !line.isBlank() && !line.equals("--")) {
                lastContent = line;
            }
        }
        return new Scan(header, lastContent.equals(COMPLETE), tables, meta, metaCount, from, by, n, created);
    }

    /**
     * Copies the script to psql: first {@code \restrict key} (when key is not null), then every line except
     * the dump's own restrict framing. With {@code refuseMeta}, stops with an IOException at the first
     * meta-command outside COPY data (for a psql without {@code \restrict}).
     */
    static void feed(InputStream in, OutputStream out, String key, boolean refuseMeta) throws IOException {
        Tracker t = new Tracker();
        if (key != null) {
            out.write(("\\restrict " + key + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        long n = 0;
        for (String line; (line = readLine(in)) != null; ) {
            n++;
            Kind k = t.next(line);
            if (k == Kind.FRAMING) {
                continue;
            }
            if (k == Kind.META && refuseMeta) {
                throw new IOException("the file has a psql meta-command on line " + n + " (" + abbreviate(line) + ")");
            }
            out.write(line.getBytes(StandardCharsets.ISO_8859_1));
            out.write('\n');
        }
        out.flush();
    }

    enum Kind { SQL, META, FRAMING, COPY_START, COPY_DATA, COPY_END }

    /**
     * Tells COPY data from statements the way pg_dump writes them. Inside COPY data, a backslash may only start
     * an escape pg_dump writes; anything else counts as a meta-command, so a script
     * that hides "\!" behind a fake COPY line is still refused when psql has no \restrict. Outside COPY data,
     * any line with a backslash counts as one (psql finds meta-commands in the middle of lines too).
     */
    static final class Tracker {
        private boolean inCopy;

        Kind next(String raw) {
            String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
            if (inCopy) {
                if (line.equals("\\.")) {
                    inCopy = false;
                    return Kind.COPY_END;
                }
                if (!copyEscapes(line)) {
                    return Kind.META;
                }
                return Kind.COPY_DATA;
            }
            if (line.startsWith("COPY ") && line.endsWith(" FROM stdin;")) {
                inCopy = true;
                return Kind.COPY_START;
            }
            if (FRAMING.matcher(line).matches()) {
                return Kind.FRAMING;
            }
            // psql reads a meta-command anywhere outside quotes ("SELECT 1; \\! id"), so without \\restrict
            // any backslash in a statement line counts; pg_dump rarely writes one outside COPY data.
            return line.indexOf('\\') >= 0 ? Kind.META : Kind.SQL;
        }

        /**
         * True when every backslash in the line starts an escape pg_dump writes in COPY text data (\N, \\,
         * \b, \f, \n, \r, \t, \v). The psql meta-commands spelled with those letters (\t, \timing, \f, \r,
         * \bind) only change output, so even a line psql took for a command could do nothing harmful; no
         * "\!", "\o", "\g", "\i", "\w", "\c", "\set" can hide in such a line.
         */
        private static boolean copyEscapes(String line) {
            for (int i = line.indexOf('\\'); i >= 0; i = line.indexOf('\\', i)) {
                if (i + 1 >= line.length() || "N\\bfnrtv".indexOf(line.charAt(i + 1)) < 0) {
                    return false;
                }
                i += 2;
            }
            return true;
        }
    }

    /** One line without its "\n", bytes as ISO-8859-1 chars; null at the end. */
    static String readLine(InputStream in) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(128);
        int c;
        boolean any = false;
        while ((c = in.read()) >= 0) {
            any = true;
            if (c == '\n') {
                break;
            }
            b.write(c);
        }
        if (!any) {
            return null;
        }
        return b.toString(StandardCharsets.ISO_8859_1);
    }

    private static String abbreviate(String line) {
        String s = new String(line.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
        return s.length() > 60 ? s.substring(0, 60) + "..." : s;
    }
}
