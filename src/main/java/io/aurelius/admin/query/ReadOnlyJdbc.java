package io.aurelius.admin.query;

import io.aurelius.admin.db.Database;
import io.aurelius.admin.db.DatabaseException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Plain JDBC work in one read-only transaction (autocommit off) with a statement timeout; driver errors become
 * one-sentence DatabaseExceptions, a timeout says which job took too long and what helps.
 */
final class ReadOnlyJdbc {

    private final Database db;
    private final int timeoutSeconds;

    /** @param timeoutSeconds how long one statement may run (0: no limit) */
    ReadOnlyJdbc(Database db, int timeoutSeconds) {
        this.db = db;
        this.timeoutSeconds = timeoutSeconds;
    }

    /** Runs work with no statement timeout of its own (the screens' detail reads). */
    static <R> R read(Database db, Database.SqlFunction<Connection, R> work) {
        return new ReadOnlyJdbc(db, 0).run("Reading", work);
    }

    /** @param what the job in words, for the timeout sentence ("Counting strategies by type") */
    <R> R run(String what, Database.SqlFunction<Connection, R> work) {
        return db.readJdbc(c -> {
            if (timeoutSeconds > 0) {
                try (Statement st = c.createStatement()) {
                    st.execute("SET LOCAL statement_timeout = " + timeoutSeconds * 1000);
                }
            }
            try {
                return work.apply(c);
            } catch (SQLException e) {
                Cancel.checkpoint(); // a Stop's cancel ends as stopped, not as a timeout
                throw translate(what, e);
            }
        });
    }

    private DatabaseException translate(String what, SQLException e) {
        if ("57014".equals(e.getSQLState()) && timeoutSeconds > 0 && Database.firstLine(e.getMessage())
                .contains("statement timeout")) { // its own limit, not the configured one (the driver's cancel)
            return new DatabaseException(what + " took longer than " + timeoutSeconds + " s and was stopped: on a"
                    + " large database, `db tune` adds the indexes that make it fast.", e);
        }
        return db.translate(e);
    }
}
