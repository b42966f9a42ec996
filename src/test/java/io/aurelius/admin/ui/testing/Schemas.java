package io.aurelius.admin.ui.testing;

import io.aurelius.admin.testing.FreshDatabase;
import java.sql.SQLException;

/** Puts a test database into a known schema state with plain SQL. */
public final class Schemas {

    private Schemas() {
    }

    /** Drops every AURELIUS table and the migration history: the database is empty again. */
    public static void empty(FreshDatabase db) throws SQLException {
        db.sql("DROP TABLE IF EXISTS gate_results, validations, backtests, strategies, flyway_schema_history,"
                + " lab_notes, aurelius_demo CASCADE");
    }

    /** One strategy row (the schema must exist). */
    public static void oneStrategy(FreshDatabase db) throws SQLException {
        db.sql("INSERT INTO strategies (id, name, description, strategy_type, confidence, parameters, created_at,"
                + " updated_at, status) VALUES ('11111111-1111-1111-1111-111111111111', 'Momentum', 'test',"
                + " 'momentum', 0.8, '{}', now(), now(), 'active')");
    }
}
