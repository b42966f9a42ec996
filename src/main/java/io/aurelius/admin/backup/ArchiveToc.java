package io.aurelius.admin.backup;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of contents {@code pg_restore --list} prints for a custom or directory archive.
 *
 * @param entries    one per item ("TABLE public strategies", "TABLE DATA public strategies", "INDEX ...")
 * @param dumpedFrom the server version the archive came from
 * @param dumpedBy   the pg_dump version that wrote it
 */
public record ArchiveToc(List<Entry> entries, String dumpedFrom, String dumpedBy, String archiveDatabase) {

    /** One archive item: its dump id, type ("TABLE", "TABLE DATA", "INDEX", ...), schema, name and owner. */
    public record Entry(int id, String type, String schema, String name, String owner, String line) {
    }

    private static final Pattern ITEM = Pattern.compile("^(\\d+); (\\d+) (\\d+) (.+)$");
    private static final List<String> TYPES = List.of("TABLE DATA", "MATERIALIZED VIEW DATA", "MATERIALIZED VIEW",
            "FK CONSTRAINT", "SEQUENCE SET", "SEQUENCE OWNED BY", "DEFAULT ACL", "DATABASE PROPERTIES",
            "TABLE", "INDEX", "CONSTRAINT", "SEQUENCE", "SCHEMA", "EXTENSION", "COMMENT", "ACL", "DEFAULT",
            "VIEW", "FUNCTION", "PROCEDURE", "AGGREGATE", "TRIGGER", "TYPE", "DOMAIN", "RULE", "POLICY",
            "ENCODING", "STDSTRINGS", "SEARCHPATH", "DATABASE", "BLOB", "BLOBS", "LARGE OBJECT");

    static ArchiveToc parse(String listing) {
        List<Entry> entries = new ArrayList<>();
        String from = null;
        String by = null;
        String db = null;
        for (String line : listing.split("\\R")) {
            if (line.startsWith(";")) {
                String l = line.substring(1).strip();
                if (l.startsWith("Dumped from database version:")) {
                    from = l.substring(l.indexOf(':') + 1).strip();
                } else if (l.startsWith("Dumped by pg_dump version:")) {
                    by = l.substring(l.indexOf(':') + 1).strip();
                } else if (l.startsWith("dbname:")) {
                    db = l.substring(l.indexOf(':') + 1).strip();
                }
                continue;
            }
            Matcher m = ITEM.matcher(line);
            if (!m.matches()) {
                continue;
            }
            String rest = m.group(4);
            String type = TYPES.stream().filter(t -> rest.startsWith(t + " ")).findFirst().orElse(rest.split(" ")[0]);
            String[] parts = rest.substring(Math.min(rest.length(), type.length() + 1)).split(" ");
            String schema = parts.length >= 3 ? parts[0] : "-";
            String owner = parts.length >= 3 ? parts[parts.length - 1] : "";
            String name = parts.length >= 3 ? String.join(" ", java.util.Arrays.copyOfRange(parts, 1, parts.length - 1))
                    : String.join(" ", parts);
            entries.add(new Entry(Integer.parseInt(m.group(1)), type, schema, name, owner, line));
        }
        return new ArchiveToc(List.copyOf(entries), from, by, db);
    }

    /** "schema.name" of every table the archive defines (or, for a data-only archive, fills). */
    public List<String> tables() {
        List<String> t = new ArrayList<>();
        for (Entry e : entries) {
            if (e.type().equals("TABLE")) {
                t.add(e.schema() + "." + e.name());
            }
        }
        if (t.isEmpty()) {
            for (Entry e : entries) {
                if (e.type().equals("TABLE DATA")) {
                    t.add(e.schema() + "." + e.name());
                }
            }
        }
        return t;
    }

    /** True when the archive defines no objects, only data (made with --data-only). */
    public boolean dataOnly() {
        return entries.stream().noneMatch(e -> e.type().equals("TABLE"))
                && entries.stream().anyMatch(e -> e.type().equals("TABLE DATA"));
    }
}
