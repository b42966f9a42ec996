package io.aurelius.admin.backup;

import io.aurelius.admin.db.DatabaseException;
import java.util.Locale;

/** The four kinds of backup: the guide's plain and gzip SQL, and pg_dump's custom and directory archives. */
public enum BackupFormat {
    PLAIN("plain", ".sql"),
    GZIP("gzip", ".sql.gz"),
    CUSTOM("custom", ".dump"),
    DIRECTORY("directory", "");

    private final String word;
    private final String extension;

    BackupFormat(String word, String extension) {
        this.word = word;
        this.extension = extension;
    }

    public String word() {
        return word;
    }

    /** ".sql", ".sql.gz", ".dump", or "" for a directory. */
    public String extension() {
        return extension;
    }

    /** Archives are read by pg_restore; SQL scripts by psql. */
    public boolean archive() {
        return this == CUSTOM || this == DIRECTORY;
    }

    public static BackupFormat parse(String text) {
        for (BackupFormat f : values()) {
            if (f.word.equalsIgnoreCase(text) || f.name().equalsIgnoreCase(text)) {
                return f;
            }
        }
        throw new DatabaseException("Unknown backup format '" + text + "': use plain, gzip, custom or directory.");
    }

    @Override
    public String toString() {
        return word.toLowerCase(Locale.ROOT);
    }
}
