package io.aurelius.admin.query;

import io.aurelius.admin.db.Database;
import java.sql.Connection;
import java.sql.SQLException;
import org.hibernate.JDBCException;

/** Plain JDBC work in one read-only transaction; driver errors become one-sentence DatabaseExceptions. */
final class ReadOnlyJdbc {

    private ReadOnlyJdbc() {
    }

    static <R> R read(Database db, Database.SqlFunction<Connection, R> work) {
        try {
            return db.read(session -> session.doReturningWork(c -> {
                try {
                    return work.apply(c);
                } catch (SQLException e) {
                    throw db.translate(e);
                }
            }));
        } catch (JDBCException e) {
            throw db.translate(e.getSQLException());
        }
    }
}
