package io.aurelius.admin.db;

/**
 * A database operation failed for a reason the user can act on. The message is one plain sentence
 * naming what is wrong and what to do; the cause keeps the driver's details for the log.
 */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message) {
        super(message);
    }

    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
