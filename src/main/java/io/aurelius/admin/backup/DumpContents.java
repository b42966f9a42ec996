package io.aurelius.admin.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What a backup file holds, read before anything is restored.
 *
 * @param tables     "schema.table" names it creates (or fills, when data-only)
 * @param rows       rows per table (COPY lines counted: read from the file, or for archives from the data
 *                   pg_restore writes out); tables without data are missing
 * @param items      every item of an archive, as pg_restore --list shows it; empty for SQL files
 * @param dataOnly   made with --data-only
 * @param notes      things to know ("made by pg_dump 17.2", "plain file: restored with psql \restrict")
 * @param refusal    why it cannot be restored (truncated, damaged, newer version, meta-commands), or null
 */
public record DumpContents(Path source, BackupFormat format, List<String> tables, Map<String, Long> rows,
                           List<ArchiveToc.Entry> items, String dumpedFrom, String dumpedBy, boolean dataOnly,
                           Manifest manifest, List<String> notes, String refusal) {

    public boolean restorable() {
        return refusal == null;
    }
}
