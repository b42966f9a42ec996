package io.aurelius.admin.db;

import java.util.List;

/**
 * What the database holds, in words.
 *
 * @param origin          who made the AURELIUS tables when not this client, e.g. "the API's Alembic migrations"
 * @param flywayVersion   the applied schema version when managed by this client, else null
 * @param missingTables   AURELIUS tables that are absent
 * @param drift           one sentence per missing column or column of another type
 * @param missingIndexes  the guide's indexes that are absent (a note, not drift: the API's init_db.py makes none)
 * @param otherTables     tables in the schema that are not AURELIUS's or a migration history
 */
public record SchemaReport(State state, String origin, String flywayVersion, List<String> missingTables,
                           List<String> drift, List<String> missingIndexes, List<String> otherTables,
                           String jsonColumnType) {

    public enum State {
        EMPTY, MANAGED, FOREIGN, PARTIAL, DRIFTED, OTHER_TABLES_ONLY
    }

    /** One line for a status bar or `db check`. */
    public String summary() {
        return switch (state) {
            case EMPTY -> "empty: no tables yet (db init creates the AURELIUS schema)";
            case MANAGED -> "managed by AURELIUS Admin (schema version " + flywayVersion + ")";
            case FOREIGN -> "AURELIUS tables made elsewhere (" + origin + "); db init adopts them without"
                    + " touching a row";
            case PARTIAL -> "partial: missing " + String.join(", ", missingTables)
                    + (drift.isEmpty() ? "" : "; " + String.join("; ", drift))
                    + " (db init creates the missing tables)";
            case DRIFTED -> "drifted: " + String.join("; ", drift);
            case OTHER_TABLES_ONLY -> "other tables only (" + String.join(", ", otherTables)
                    + "); db init adds the AURELIUS tables beside them";
        };
    }

    public boolean ready() {
        return state == State.MANAGED && drift.isEmpty() && missingTables.isEmpty();
    }
}
