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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/** Tells a backup's format from its first bytes and reads what it holds, without touching any database. */
final class DumpReader {

    private static final int HEAD_BYTES = 64 * 1024;
    private static final Pattern MAJOR = Pattern.compile("^(\\d+)");

    private DumpReader() {
    }

    static BackupFormat detect(Path source) {
        if (Files.isDirectory(source)) {
            if (Files.isRegularFile(source.resolve("toc.dat"))) {
                return BackupFormat.DIRECTORY;
            }
            throw new DatabaseException(source + " is a folder without toc.dat, so not a directory-format backup (or"
                    + " one that lost its table of contents): choose a backup file, or a folder pg_dump wrote whole.");
        }
        if (!Files.isRegularFile(source)) {
            Path mf = Manifest.pathFor(source);
            throw new DatabaseException("The backup " + source + (Files.exists(source) ? " is not a regular file"
                    : " does not exist") + (Files.isRegularFile(mf) ? ", though its manifest " + mf.getFileName()
                    + " is there: put the backup back beside it, or choose another." : ": choose another."));
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
        refuseManifest(source);
        BackupFormat format = detect(source);
        List<String> notes = new ArrayList<>();
        String misnamed = misnamed(source, format);
        if (misnamed != null) {
            notes.add(misnamed);
        }
        if (format != BackupFormat.DIRECTORY && size(source) == 0) {
            return new DumpContents(source, format, List.of(), Map.of(), List.of(), null, null, false, null, notes,
                    "The backup " + source.getFileName() + " is empty (0 bytes), so there is nothing to restore:"
                            + " choose another backup.");
        }
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

    /** A manifest chosen in place of its backup is refused, naming the backup. */
    private static void refuseManifest(Path source) {
        String name = source.getFileName() == null ? "" : source.getFileName().toString();
        if (name.endsWith(Manifest.SUFFIX) && name.length() > Manifest.SUFFIX.length()) {
            Path backup = source.resolveSibling(name.substring(0, name.length() - Manifest.SUFFIX.length()));
            throw new DatabaseException(name + " is the manifest of the backup " + backup.getFileName() + ", not a"
                    + " backup: choose " + backup.getFileName() + (Files.exists(backup) ? "" : " (it is missing from "
                    + backup.toAbsolutePath().getParent() + ")") + " instead.");
        }
    }

    /** A note when the name says another format than the bytes (".sql.gz" holding plain SQL), else null. */
    private static String misnamed(Path source, BackupFormat format) {
        String name = source.getFileName() == null ? "" : source.getFileName().toString();
        for (BackupFormat f : BackupFormat.values()) {
            if (f != format && f != BackupFormat.DIRECTORY && name.endsWith(f.extension())
                    && !name.endsWith(format.extension())) {
                return "The name ends in " + f.extension() + ", but the file is " + (format == BackupFormat.PLAIN
                        ? "plain SQL text" : "a " + format.word() + " backup") + "; it is read as such.";
            }
        }
        return null;
    }

    private static long size(Path source) {
        try {
            return Files.size(source);
        } catch (IOException e) {
            throw new DatabaseException("Cannot read " + source + " (" + BackupService.reason(e) + ").", e);
        }
    }

    /** A note when the dump was made by a newer pg_dump than the tools (and server) here, else null. */
    private static String newer(String dumpedBy, PgTool tool) {
        Matcher m = dumpedBy == null ? null : MAJOR.matcher(dumpedBy);
        if (m == null || !m.find() || Integer.parseInt(m.group(1)) <= tool.major()) {
            return null;
        }
        return "pg_dump " + dumpedBy + " is newer than the PostgreSQL " + tool.major() + " here: the backup may use"
                + " settings or syntax this server lacks, and then the restore fails and changes nothing.";
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
            java.util.Optional.ofNullable(newer(toc.dumpedBy(), pgRestore)).ifPresent(notes::add);
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
            if (binary(in)) {
                return new DumpContents(source, format, List.of(), Map.of(), List.of(), null, null, false, manifest,
                        notes, refusal != null ? refusal : "The file " + source.getFileName() + " is not a backup:"
                        + " it is neither a pg_dump archive nor SQL text (it holds binary data), so nothing is"
                        + " restored; choose a file pg_dump or this app wrote.");
            }
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
            java.util.Optional.ofNullable(newer(s.dumpedBy(), psql)).ifPresent(notes::add);
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

    /**
     * True when the first 64 KB (after gzip) hold a NUL byte: SQL text never does (PostgreSQL refuses NUL in
     * text), random bytes and zero-filled files do at once, before a line is read into memory.
     */
    private static boolean binary(InputStream in) throws IOException {
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        for (byte b : head) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasCreates(PlainScript.Scan s) {
        return s.createdTables() > 0;
    }
}
