package io.aurelius.admin.backup;

import java.time.Duration;

/**
 * Where a running backup or restore is.
 *
 * @param phase   "dumping", "verifying", "restoring", "done"
 * @param objects steps the tool reported with --verbose so far (tables, indexes, ...)
 * @param tables  tables whose data was dumped or restored so far
 * @param bytes   bytes written to the backup (backup) or read from the file (plain restore)
 * @param elapsed time since the job started
 */
public record Progress(String phase, long objects, long tables, long bytes, Duration elapsed) {
}
