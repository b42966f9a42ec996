package io.aurelius.admin.backup;

import io.aurelius.admin.db.DatabaseException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/** Tells a backup's format from its first bytes and reads what it holds, without touching any database. */
final class DumpReader {

    private DumpReader() {
    }

    static BackupFormat detect(Path source) {
        if (Files.isDirectory(source)) {
            if (Files.isRegularFile(source.resolve("toc.dat"))) {
                return BackupFormat.DIRECTORY;
            }
            throw new DatabaseException(source + " is a folder without toc.dat, so not a directory-format backup.");
        }
        if (!Files.isRegularFile(source)) {
            throw new DatabaseException("The backup " + source + " does not exist.");
        }
        byte[] head = new byte[5];
        int n;
        try (InputStream in = Files.newInputStream(source)) {
            n = in.readNBytes(head, 0, 5);
        } catch (IOException e) {
            throw new DatabaseException("Cannot read " + source + " (" + BackupService.reason(e) + ").", e);
        }
        if (n >= 5 && new String(head, java.nio.charset.StandardCharsets.US_ASCII).equals("PGDMP")) {
            return BackupFormat.CUSTOM;
        }
        if (n >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
            return BackupFormat.GZIP;
        }
        return BackupFormat.PLAIN;
    }

    /**
     * Reads the file: pg_restore --list for archives, a full scan for SQL; compares it with its manifest when
     * there is one. Never throws for a bad file: the answer's refusal says what is wrong.
     */
    static DumpContents read(Path source, PgTool pgRestore, PgTool psql) {
        BackupFormat format = detect(source);
        List<String> notes = new ArrayList<>();
        Manifest manifest = null;
        String refusal = null;
        Path mf = Manifest.pathFor(source);
        if (Files.isRegularFile(mf)) {
            try {
                manifest = Manifest.read(mf);
                String sha = Manifest.sha256(source);
                if (!sha.equals(manifest.sha256())) {
                    refusal = "The backup " + source.getFileName() + " does not match the SHA-256 in its manifest:"
                            + " it was changed, truncated or damaged after it was written, so it is not restored.";
                } else {
                    notes.add("SHA-256 matches the manifest written " + manifest.createdAt() + ".");
                }
            } catch (IOException | RuntimeException e) {
                notes.add("The manifest " + mf.getFileName() + " could not be read (" + e.getMessage() + ").");
            }
        }
        if (format.archive()) {
            return archive(source, format, pgRestore, manifest, notes, refusal);
        }
        return script(source, format, psql, manifest, notes, refusal);
    }

    private static DumpContents archive(Path source, BackupFormat format, PgTool pgRestore, Manifest manifest,
                                        List<String> notes, String refusal) {
        StringBuilder out = new StringBuilder();
        ToolRun run = new ToolRun(List.of(pgRestore.path().toString(), "--list", source.toAbsolutePath().toString()),
                Map.of(), null, l -> out.append(l).append('\n'));
        ToolRun.Result r = run.run();
        if (!r.ok()) {
            String why = r.reason().replaceFirst("^pg_restore: error: ", "");
            return new DumpContents(source, format, List.of(), Map.of(), List.of(), null, null, false, manifest,
                    notes, refusal != null ? refusal : "pg_restore " + pgRestore.version() + " cannot read "
                    + source.getFileName() + " (" + why + "): it is damaged, truncated or not a pg_dump archive"
                    + (why.contains("version") ? ", or was made by a newer pg_dump than this one" : "") + ".");
        }
        ArchiveToc toc = ArchiveToc.parse(out.toString());
        if (toc.dumpedBy() != null) {
            notes.add("Made by pg_dump " + toc.dumpedBy() + " from PostgreSQL " + toc.dumpedFrom() + ".");
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        String unreadable = ArchiveRows.count(pgRestore, source, toc, rows);
        if (refusal == null && unreadable != null) {
            refusal = "pg_restore " + pgRestore.version() + " cannot read the data in " + source.getFileName() + " ("
                    + unreadable + "): it is damaged or truncated, so nothing is restored.";
        }
        return new DumpContents(source, format, toc.tables(), Map.copyOf(rows), toc.entries(), toc.dumpedFrom(),
                toc.dumpedBy(), toc.dataOnly(), manifest, notes, refusal);
    }

    private static DumpContents script(Path source, BackupFormat format, PgTool psql, Manifest manifest,
                                       List<String> notes, String refusal) {
        PlainScript.Scan s;
        try (InputStream raw = new BufferedInputStream(Files.newInputStream(source), 1 << 16);
             InputStream in = format == BackupFormat.GZIP
                     ? new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16) : raw) {
            s = PlainScript.scan(in);
        } catch (IOException e) {
            return new DumpContents(source, format, List.of(), Map.of(), List.of(), null, null, false, manifest,
                    notes, refusal != null ? refusal : "Cannot read " + source.getFileName() + " ("
                    + BackupService.reason(e) + "): the " + (format == BackupFormat.GZIP ? "gzip data" : "file")
                    + " is damaged or truncated, so nothing is restored.");
        }
        if (refusal == null && s.pgDumpHeader() && !s.complete()) {
            refusal = "The script " + source.getFileName() + " was cut short: it does not end with \""
                    + PlainScript.COMPLETE + "\" as pg_dump ends every dump, so nothing is restored.";
        }
        if (!s.pgDumpHeader()) {
            notes.add("Not written by pg_dump (no pg_dump header): it is run as it is, in one transaction.");
        } else if (s.dumpedBy() != null) {
            notes.add("Made by pg_dump " + s.dumpedBy() + " from PostgreSQL " + s.dumpedFrom() + ".");
        }
        if (psql.supportsRestrict()) {
            notes.add("psql " + psql.version() + " runs it in \\restrict mode: psql meta-commands in the file"
                    + " (such as \\! shell commands) cannot run.");
        } else if (s.metaCommandCount() > 0) {
            if (refusal == null) {
                refusal = "The script holds " + s.metaCommandCount() + " psql meta-command line(s) outside COPY data ("
                        + String.join("; ", s.metaCommands()) + "), and psql " + psql.version() + " has no \\restrict"
                        + " mode to keep them from running: it is refused; install psql 15.14, 16.10, 17.6 or newer.";
            }
        } else {
            notes.add("psql " + psql.version() + " has no \\restrict mode; the file holds no meta-commands outside"
                    + " COPY data, and any would be refused.");
        }
        Map<String, Long> rows = new LinkedHashMap<>(s.tables());
        boolean dataOnly = s.pgDumpHeader() && rows.size() > 0 && !hasCreates(s);
        return new DumpContents(source, format, List.copyOf(rows.keySet()), rows, List.of(), s.dumpedFrom(),
                s.dumpedBy(), dataOnly, manifest, notes, refusal);
    }

    private static boolean hasCreates(PlainScript.Scan s) {
        return s.createdTables() > 0;
    }
}
