package io.aurelius.admin.backup;

import io.aurelius.admin.db.DatabaseException;

/** The user cancelled a backup or restore; the message says what was cleaned up. */
public class JobCancelledException extends DatabaseException {
    public JobCancelledException(String message) {
        super(message);
    }
}
