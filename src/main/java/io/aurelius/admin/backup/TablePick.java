package io.aurelius.admin.backup;

import io.aurelius.admin.config.Echo;
import io.aurelius.admin.db.DatabaseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which items of a custom or directory archive a restore of some tables runs: each picked table with what
 * belongs to it (data, sequences, defaults, constraints, indexes, triggers, comments, grants), the preamble
 * (encoding, standard_conforming_strings, search_path), and nothing of the tables not picked. Items are told
 * apart by the dependencies pg_restore writes in a verbose schema script, not by their names.
 */
final class TablePick {

    /** Every item kept in the archive's own order (for {@code pg_restore --use-list}), and what to tell the user. */
    record Plan(List<String> tables, List<ArchiveToc.Entry> items, List<String> notes) {
        String listFile() {
            StringBuilder b = new StringBuilder();
            items.forEach(e -> b.append(e.line()).append('\n'));
            return b.toString();
        }
    }

    /** A foreign key in the target: {@code table} references {@code references} (both "schema.name"). */
    record ForeignKey(String name, String table, String references) {
    }

    /** What the target database holds that a pick depends on; {@link #NONE} for a new database. */
    record TargetFacts(Set<String> tables, Set<String> schemas, List<ForeignKey> foreignKeys) {
        static final TargetFacts NONE = new TargetFacts(Set.of(), Set.of(), List.of());
    }

    private static final Set<String> BULK = Set.of("TABLE DATA", "BLOBS", "BLOB DATA", "LARGE OBJECT",
            "MATERIALIZED VIEW DATA");
    private static final Set<String> PREAMBLE = Set.of("ENCODING", "STDSTRINGS", "SEARCHPATH");
    /** Objects that are not a table's own: brought along into a new database, never replaced in an existing one. */
    private static final Set<String> SHARED = Set.of("SCHEMA", "EXTENSION", "FUNCTION", "PROCEDURE", "TYPE",
            "DOMAIN", "COLLATION", "AGGREGATE", "SHELL TYPE");
    private static final Set<String> BELONGING = Set.of("SEQUENCE", "SEQUENCE OWNED BY", "SEQUENCE SET", "DEFAULT",
            "CONSTRAINT", "FK CONSTRAINT", "CHECK CONSTRAINT", "INDEX", "INDEX ATTACH", "TRIGGER", "COMMENT", "ACL",
            "POLICY", "ROW SECURITY", "RULE", "STATISTICS", "SECURITY LABEL");
    private static final Pattern TOC = Pattern.compile("^-- TOC entry (\\d+) \\(");
    private static final Pattern DEPS = Pattern.compile("^-- Dependencies:((?: \\d+)+)\\s*$");

    private TablePick() {
    }

    /** The archive's "schema.name" for each wanted name ("t" or "s.t"); throws naming what is not there. */
    static List<String> resolve(List<String> wanted, DumpContents c) {
        List<String> out = new ArrayList<>();
        for (String w : wanted) {
            List<String> hits = c.tables().stream().filter(t -> t.equals(w)).toList();
            if (hits.isEmpty()) {
                hits = c.tables().stream().filter(t -> t.endsWith("." + w) && t.indexOf('.') == t.length() - w.length() - 1)
                        .toList();
            }
            if (hits.isEmpty()) {
                throw new DatabaseException("The backup " + c.source().getFileName() + " holds no table '"
                        + Echo.of(w) + "': it holds " + (c.tables().isEmpty() ? "no tables" : String.join(", ", c.tables())) + ".");
            }
            if (hits.size() > 1) {
                throw new DatabaseException("'" + Echo.of(w) + "' names " + String.join(" and ", hits) + " in the backup "
                        + c.source().getFileName() + ": name the one to restore with its schema.");
            }
            if (!out.contains(hits.get(0))) {
                out.add(hits.get(0));
            }
        }
        return out;
    }

    /** Refuses a pick whose tables an unpicked table in the target references: dropping them would fail. */
    static void checkIncoming(List<String> picked, TargetFacts target, String database) {
        for (ForeignKey fk : target.foreignKeys()) {
            if (picked.contains(fk.references()) && !picked.contains(fk.table())) {
                throw new DatabaseException("In '" + database + "', " + fk.table() + " references " + fk.references()
                        + " (foreign key " + fk.name() + "), so " + fk.references() + " cannot be replaced alone: pick "
                        + fk.table() + " too, or restore into a new database (--create).");
            }
        }
    }

    /**
     * The dump ids each item depends on, from a verbose script pg_restore writes (no database needed) of every
     * item but the bulk data (so sequence values are in it; table data is told by its table's name).
     */
    static Map<Integer, List<Integer>> dependencies(PgTool pgRestore, DumpContents c) {
        Path list = null;
        Path script = null;
        try {
            list = Files.createTempFile("aurelius-restore-items-", ".list");
            script = Files.createTempFile("aurelius-restore-schema-", ".sql");
            StringBuilder b = new StringBuilder();
            c.items().stream().filter(e -> !BULK.contains(e.type())).forEach(e -> b.append(e.line()).append('\n'));
            Files.writeString(list, b.toString(), java.nio.charset.StandardCharsets.UTF_8);
            ToolRun run = new ToolRun(List.of(pgRestore.path().toString(), "--verbose", "--use-list="
                    + list.toAbsolutePath(), "--file=" + script.toAbsolutePath(), c.source().toAbsolutePath().toString()),
                    Map.of(), null, null);
            ToolRun.Result r = run.run();
            if (!r.ok()) {
                throw new DatabaseException("pg_restore could not read the items of " + c.source().getFileName()
                        + " (" + r.reason() + "), so no tables can be picked from it.");
            }
            return parseDependencies(Files.readAllLines(script, java.nio.charset.StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new DatabaseException("Could not read the items of " + c.source().getFileName() + " ("
                    + BackupService.reason(e) + ").", e);
        } finally {
            deleteQuietly(list);
            deleteQuietly(script);
        }
    }

    static Map<Integer, List<Integer>> parseDependencies(List<String> lines) {
        Map<Integer, List<Integer>> deps = new HashMap<>();
        Integer current = null;
        for (String l : lines) {
            Matcher m = TOC.matcher(l);
            if (m.find()) {
                current = Integer.parseInt(m.group(1));
                deps.put(current, new ArrayList<>());
                continue;
            }
            Matcher d = DEPS.matcher(l);
            if (current != null && d.matches()) {
                for (String id : d.group(1).strip().split(" ")) {
                    deps.get(current).add(Integer.parseInt(id));
                }
            }
        }
        return deps;
    }

    /** The items to run for {@code picked} ("schema.name", resolved), in the archive's order. */
    static Plan plan(DumpContents c, List<String> picked, Map<Integer, List<Integer>> deps, boolean newDatabase,
                     TargetFacts target) {
        Map<Integer, ArchiveToc.Entry> byId = new HashMap<>();
        c.items().forEach(e -> byId.put(e.id(), e));
        Set<Integer> kept = new LinkedHashSet<>();
        List<String> notes = new ArrayList<>();
        Set<String> schemas = new HashSet<>();
        picked.forEach(t -> schemas.add(t.substring(0, t.indexOf('.'))));
        for (ArchiveToc.Entry e : c.items()) {
            String type = e.type();
            if (PREAMBLE.contains(type) || (type.equals("TABLE") || type.equals("TABLE DATA"))
                    && picked.contains(e.schema() + "." + e.name())) {
                keep(e, deps, byId, kept, newDatabase);
            } else if (type.equals("SCHEMA") && schemas.contains(e.name())
                    && (newDatabase || !target.schemas().contains(e.name()))) {
                keep(e, deps, byId, kept, newDatabase);
            } else if (BELONGING.contains(type)) {
                belonging(e, picked, deps, byId, kept, newDatabase, target, notes);
            }
        }
        List<ArchiveToc.Entry> items = c.items().stream().filter(e -> kept.contains(e.id())).toList();
        return new Plan(List.copyOf(picked), items, notes);
    }

    private static void belonging(ArchiveToc.Entry e, List<String> picked, Map<Integer, List<Integer>> deps,
                                  Map<Integer, ArchiveToc.Entry> byId, Set<Integer> kept, boolean newDatabase,
                                  TargetFacts target, List<String> notes) {
        Set<String> tables = tablesOf(e.id(), deps, byId, new HashSet<>());
        if (tables.isEmpty()) {
            List<Integer> d = deps.getOrDefault(e.id(), List.of());
            if (!d.isEmpty() && kept.containsAll(d)) {
                keep(e, deps, byId, kept, newDatabase);
            }
            return;
        }
        if (picked.containsAll(tables)) {
            if (ownDepsKept(e, deps, byId, kept)) {
                keep(e, deps, byId, kept, newDatabase);
            }
            return;
        }
        if (!e.type().equals("FK CONSTRAINT")) {
            return;
        }
        String owner = owner(e, deps, byId);
        if (owner == null || !picked.contains(owner)) {
            return;
        }
        List<String> missing = tables.stream().filter(t -> !picked.contains(t)).sorted().toList();
        String fk = "foreign key " + e.name().substring(e.name().indexOf(' ') + 1) + " of " + owner;
        if (!newDatabase && target.tables().containsAll(missing)) {
            kept.add(e.id());
            notes.add("Keeping " + fk + ": it references " + String.join(", ", missing) + ", which the target"
                    + " already holds, so the restored rows must match rows there.");
        } else {
            notes.add("Leaving out " + fk + ": it references " + String.join(", ", missing) + ", which is neither"
                    + " picked nor in the target.");
        }
    }

    /** Every direct dependency that is neither a table nor shared is kept already (e.g. a comment on a kept index). */
    private static boolean ownDepsKept(ArchiveToc.Entry e, Map<Integer, List<Integer>> deps,
                                       Map<Integer, ArchiveToc.Entry> byId, Set<Integer> kept) {
        for (int d : deps.getOrDefault(e.id(), List.of())) {
            ArchiveToc.Entry de = byId.get(d);
            if (de != null && !de.type().equals("TABLE") && !SHARED.contains(de.type()) && !kept.contains(d)) {
                return false;
            }
        }
        return true;
    }

    /** Keeps the item and, in a new database, the shared objects it needs (functions, types, schemas). */
    private static void keep(ArchiveToc.Entry e, Map<Integer, List<Integer>> deps, Map<Integer, ArchiveToc.Entry> byId,
                             Set<Integer> kept, boolean newDatabase) {
        if (!kept.add(e.id()) || !newDatabase) {
            return;
        }
        for (int d : deps.getOrDefault(e.id(), List.of())) {
            ArchiveToc.Entry de = byId.get(d);
            if (de != null && SHARED.contains(de.type())) {
                keep(de, deps, byId, kept, true);
            }
        }
    }

    /** The tables ("schema.name") an item hangs on, through other items; stops at tables. */
    private static Set<String> tablesOf(int id, Map<Integer, List<Integer>> deps, Map<Integer, ArchiveToc.Entry> byId,
                                        Set<Integer> seen) {
        Set<String> out = new LinkedHashSet<>();
        for (int d : deps.getOrDefault(id, List.of())) {
            ArchiveToc.Entry de = byId.get(d);
            if (de == null || !seen.add(d) || SHARED.contains(de.type())) {
                continue;
            }
            if (de.type().equals("TABLE")) {
                out.add(de.schema() + "." + de.name());
            } else {
                out.addAll(tablesOf(d, deps, byId, seen));
            }
        }
        return out;
    }

    /** The table a foreign key is defined on: the direct table dependency its listed name starts with. */
    private static String owner(ArchiveToc.Entry fk, Map<Integer, List<Integer>> deps,
                                Map<Integer, ArchiveToc.Entry> byId) {
        for (int d : deps.getOrDefault(fk.id(), List.of())) {
            ArchiveToc.Entry de = byId.get(d);
            if (de != null && de.type().equals("TABLE") && de.schema().equals(fk.schema())
                    && fk.name().startsWith(de.name() + " ")) {
                return de.schema() + "." + de.name();
            }
        }
        return null;
    }

    static void deleteQuietly(Path p) {
        if (p != null) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException ignored) {
                // a temp file; the OS cleans it up
            }
        }
    }
}
