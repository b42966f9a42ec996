package io.aurelius.admin.backup;

import io.aurelius.admin.db.DatabaseException;
import java.nio.file.Path;
import java.util.List;

/**
 * What to back up and where.
 *
 * @param output       the backup file (or folder, for DIRECTORY); must not exist yet
 * @param format       plain, gzip, custom or directory
 * @param jobs         parallel workers (directory format only); 1 otherwise
 * @param compress     compression level 0-9, or null for pg_dump's default (gzip format: 6)
 * @param tables       tables to dump (empty: the whole database); see {@link #AURELIUS_TABLES}
 * @param keep         with a value, prune this database's oldest backups in the folder beyond this many after
 *                     the new one verified; null: prune nothing
 */
public record BackupRequest(Path output, BackupFormat format, int jobs, Integer compress, boolean schemaOnly,
                            boolean dataOnly, List<String> tables, boolean noOwner, boolean noPrivileges,
                            Integer keep) {

    /** The four AURELIUS tables, the usual pick when not dumping the whole database. */
    public static final List<String> AURELIUS_TABLES = List.of("strategies", "backtests", "validations",
            "gate_results");

    public BackupRequest {
        if (output == null) {
            throw new DatabaseException("No backup file given: name one with -o PATH or a folder with --dir.");
        }
        format = format == null ? BackupFormat.CUSTOM : format;
        tables = tables == null ? List.of() : List.copyOf(tables);
        if (schemaOnly && dataOnly) {
            throw new DatabaseException("--schema-only and --data-only exclude each other: choose one.");
        }
        if (jobs < 1) {
            jobs = 1;
        }
        if (jobs > 1 && format != BackupFormat.DIRECTORY) {
            throw new DatabaseException("Parallel jobs need the directory format: add --format directory, or drop"
                    + " --jobs.");
        }
        if (compress != null && (compress < 0 || compress > 9)) {
            throw new DatabaseException("The compression level must be 0 to 9, not " + compress + ".");
        }
        if (compress != null && format == BackupFormat.PLAIN && compress > 0) {
            throw new DatabaseException("Plain SQL is not compressed: use --format gzip for a .sql.gz file.");
        }
        if (keep != null && keep < 1) {
            throw new DatabaseException("--keep must be 1 or more, not " + keep + ".");
        }
    }

    /** A whole-database backup in a format with defaults for everything else. */
    public static BackupRequest of(Path output, BackupFormat format) {
        return new BackupRequest(output, format, 1, null, false, false, List.of(), false, false, null);
    }

    public BackupRequest withKeep(Integer n) {
        return new BackupRequest(output, format, jobs, compress, schemaOnly, dataOnly, tables, noOwner,
                noPrivileges, n);
    }

    public BackupRequest withOutput(Path p) {
        return new BackupRequest(p, format, jobs, compress, schemaOnly, dataOnly, tables, noOwner, noPrivileges,
                keep);
    }
}
