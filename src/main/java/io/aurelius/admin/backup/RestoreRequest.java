package io.aurelius.admin.backup;

import io.aurelius.admin.config.ServerNames;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.db.OtherSessions;
import java.nio.file.Path;
import java.util.List;

/**
 * What to restore and where.
 *
 * @param source  a backup file or directory (plain, gzip, custom or directory format)
 * @param into    the target database; null for the connected one; a name PostgreSQL cannot hold as typed
 *                (control characters, over 63 bytes) is refused
 * @param create  create {@code into} first (it must not exist); it is dropped again if the restore fails
 * @param noOwner skip ALTER ... OWNER (archives only; for restoring as another role)
 * @param tables  the tables to restore ("strategies" or "public.strategies"), each with what belongs to it;
 *                empty for everything (custom and directory archives only). Never null.
 * @param endSessions end other clients' sessions on an existing target first (the user chose it); otherwise a
 *                    restore over a database others are connected to is refused, naming them
 */
public record RestoreRequest(Path source, String into, boolean create, boolean noOwner, List<String> tables,
                             boolean endSessions) {

    public RestoreRequest {
        if (source == null) {
            throw new DatabaseException("No backup file given: name the file to restore.");
        }
        if (create && (into == null || into.isBlank())) {
            throw new DatabaseException("--create needs --into NAME: the new database's name.");
        }
        if (into != null && !into.isBlank()) {
            ServerNames.nameProblem("database", into, null).ifPresent(problem -> {
                throw new DatabaseException(problem);
            });
        }
        tables = tables == null ? List.of() : tables;
        for (String t : tables) {
            if (t == null || t.isBlank() || t.indexOf('\0') >= 0) {
                throw new DatabaseException("A table to restore is empty or contains a NUL character: name each"
                        + " table as the backup lists it.");
            }
        }
        tables = List.copyOf(new java.util.LinkedHashSet<>(tables));
    }

    public RestoreRequest(Path source, String into, boolean create, boolean noOwner, List<String> tables) {
        this(source, into, create, noOwner, tables, false);
    }

    public RestoreRequest(Path source, String into, boolean create, boolean noOwner) {
        this(source, into, create, noOwner, List.of());
    }

    public static RestoreRequest of(Path source) {
        return new RestoreRequest(source, null, false, false);
    }

    /** The same request restoring only these tables (empty: everything). */
    public RestoreRequest withTables(List<String> tables) {
        return new RestoreRequest(source, into, create, noOwner, tables, endSessions);
    }

    /** The same request, ending other clients' sessions on the target first (or not). */
    public RestoreRequest withEndSessions(boolean end) {
        return new RestoreRequest(source, into, create, noOwner, tables, end);
    }

    /** What to do about other clients' sessions on the target. */
    public OtherSessions.Policy sessionPolicy() {
        return endSessions ? OtherSessions.Policy.END : OtherSessions.Policy.REFUSE;
    }

    /** True when only some tables are restored. */
    public boolean picking() {
        return !tables.isEmpty();
    }
}
