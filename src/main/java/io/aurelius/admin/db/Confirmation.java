package io.aurelius.admin.db;

/**
 * Proof that a person confirmed a destructive operation on one named database. Destructive service
 * methods take one, so no screen and no command can reach them without asking first.
 */
public final class Confirmation {

    private final String database;

    private Confirmation(String database) {
        this.database = database;
    }

    /** The user typed the database name; it must match exactly. */
    public static Confirmation typed(String typed, String database) {
        if (typed == null || !typed.strip().equals(database)) {
            throw new DatabaseException("The name typed does not match the database '" + database
                    + "'; nothing was changed. Type the database name exactly to confirm.");
        }
        return new Confirmation(database);
    }

    /** The user said yes beforehand (the command line's --yes). */
    public static Confirmation assumedYes(String database) {
        return new Confirmation(database);
    }

    /** The database this confirmation was given for. */
    public String database() {
        return database;
    }

    /** Fails, changing nothing, unless this confirmation was given for {@code actualDatabase}. */
    public void check(String actualDatabase) {
        if (!database.equals(actualDatabase)) {
            throw new DatabaseException("The confirmation was given for database '" + database
                    + "' but the connection is to '" + actualDatabase + "'; nothing was changed.");
        }
    }
}
