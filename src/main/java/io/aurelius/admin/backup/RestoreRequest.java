package io.aurelius.admin.backup;

import io.aurelius.admin.db.DatabaseException;
import java.nio.file.Path;

/**
 * What to restore and where.
 *
 * @param source  a backup file or directory (plain, gzip, custom or directory format)
 * @param into    the target database; null for the connected one
 * @param create  create {@code into} first (it must not exist); it is dropped again if the restore fails
 * @param noOwner skip ALTER ... OWNER (archives only; for restoring as another role)
 */
public record RestoreRequest(Path source, String into, boolean create, boolean noOwner) {

    public RestoreRequest {
        if (source == null) {
            throw new DatabaseException("No backup file given: name the file to restore.");
        }
        if (create && (into == null || into.isBlank())) {
            throw new DatabaseException("--create needs --into NAME: the new database's name.");
        }
    }

    public static RestoreRequest of(Path source) {
        return new RestoreRequest(source, null, false, false);
    }
}
