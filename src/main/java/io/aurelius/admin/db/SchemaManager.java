package io.aurelius.admin.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates, adopts, inspects, drops and resets the AURELIUS schema. Flyway owns the schema history;
 * `clean` stays disabled. Every change runs under one advisory lock, so two clients running init at once
 * serialise: one migrates, the other finds it done.
 */
public final class SchemaManager {

    private static final Logger log = LoggerFactory.getLogger(SchemaManager.class);
    /** "AURL": the advisory lock key shared by every AURELIUS Admin client. */
    static final long LOCK_KEY = 0x4155524CL;
    public static final long EXACT_COUNT_LIMIT = 1_000_000;

    /** What init did. */
    public enum InitAction { CREATED, ADOPTED, COMPLETED, MIGRATED, ALREADY_CURRENT }

    public record InitResult(InitAction action, String message, SchemaReport after) {
    }

    private final Database db;

    public SchemaManager(Database db) {
        this.db = db;
    }

    public SchemaReport inspect() {
        return db.withConnection(SchemaInspector::inspect);
    }

    public SchemaStatus status() {
        return flywaySafe(() -> db.withSchemaConnection(c -> {
            SchemaReport report = SchemaInspector.inspect(c);
            List<SchemaStatus.Migration> migrations = new ArrayList<>();
            for (MigrationInfo mi : flyway("1").info().all()) {
                migrations.add(new SchemaStatus.Migration(mi.getVersion() == null ? "" : mi.getVersion().getVersion(),
                        mi.getDescription(), mi.getState().getDisplayName().toLowerCase(Locale.ROOT),
                        mi.getInstalledOn() == null ? null
                                : new java.sql.Timestamp(mi.getInstalledOn().getTime()).toLocalDateTime()));
            }
            return new SchemaStatus(report, migrations, tableStats(c));
        }));
    }

    /**
     * Empty database: creates the schema. AURELIUS tables made elsewhere: adopts them (Flyway baseline)
     * without touching a row. Half-made schema: creates what is missing. Drifted: refuses, naming the drift.
     */
    public InitResult init() {
        return flywaySafe(() -> locked(c -> {
            SchemaReport before = SchemaInspector.inspect(c);
            InitResult result = switch (before.state()) {
                case EMPTY -> {
                    boolean bare = SchemaInspector.hasNoTables(c);
                    migrate(bare ? flyway("1") : configure("0").baselineOnMigrate(true).load());
                    yield done(c, InitAction.CREATED, "Created the AURELIUS schema (4 tables, 11 indexes).");
                }
                case OTHER_TABLES_ONLY -> {
                    migrate(configure("0").baselineOnMigrate(true).load());
                    yield done(c, InitAction.CREATED, "Created the AURELIUS schema beside the other tables ("
                            + String.join(", ", before.otherTables()) + "), which were left as they are.");
                }
                case PARTIAL -> {
                    if (before.flywayVersion() != null) {
                        exec(c, "DROP TABLE " + SchemaInspector.FLYWAY_TABLE);
                    }
                    migrate(configure("0").baselineOnMigrate(true).load());
                    yield done(c, InitAction.COMPLETED, "Created the missing tables ("
                            + String.join(", ", before.missingTables()) + "); existing tables and rows were kept.");
                }
                case FOREIGN -> {
                    Flyway fw = flyway("1");
                    fw.baseline();
                    migrate(fw);
                    yield done(c, InitAction.ADOPTED, "Adopted the existing AURELIUS tables (made by "
                            + before.origin() + ") as schema version 1; no row was changed.");
                }
                case MANAGED -> {
                    int applied = migrate(flyway("1"));
                    yield applied == 0
                            ? done(c, InitAction.ALREADY_CURRENT, "The schema is already current (version "
                                    + before.flywayVersion() + "); nothing to do.")
                            : done(c, InitAction.MIGRATED, "Applied " + applied + " pending migration(s).");
                }
                case DRIFTED -> throw new DatabaseException("The AURELIUS tables differ from the expected schema ("
                        + String.join("; ", before.drift()) + "): fix those columns, or reset the schema"
                        + " (which deletes every row), then run init again.");
            };
            log.info("db init on {}: {}", db.settings().describe(), result.message());
            return result;
        }));
    }

    /** Flyway's own failures (a migration that fails, a history it cannot read) become one sentence. */
    private <R> R flywaySafe(Supplier<R> work) {
        try {
            return work.get();
        } catch (FlywayException e) {
            Throwable sql = e;
            while (sql != null && !(sql instanceof SQLException)) {
                sql = sql.getCause();
            }
            if (sql != null) {
                DatabaseException translated = db.translate((SQLException) sql);
                String state = String.valueOf(((SQLException) sql).getSQLState());
                throw new DatabaseException(state.startsWith("08") || state.startsWith("57P")
                        ? translated.getMessage() + " Each migration runs in one transaction, so none was half"
                                + " applied: run init again." : translated.getMessage(), e);
            }
            throw new DatabaseException("The schema migration failed (" + Database.firstLine(e.getMessage())
                    + "); nothing after the failing step was applied, see the log file for details.", e);
        }
    }

    /**
     * Drops the four AURELIUS tables and this client's migration history, nothing else, in one transaction:
     * either all go or none does.
     */
    public List<String> drop(Confirmation confirmation) {
        return drop(confirmation, OtherSessions.Policy.REFUSE);
    }

    /**
     * The same; other clients' sessions on the database are refused (REFUSE) or ended first (END), as the user
     * chose. Refused on read-only settings.
     */
    public List<String> drop(Confirmation confirmation, OtherSessions.Policy others) {
        guard(confirmation, others, "dropping the tables", "dropping");
        return locked(c -> dropTables(c));
    }

    /** Drop, then init: ends with an empty, current schema. */
    public InitResult reset(Confirmation confirmation) {
        return reset(confirmation, OtherSessions.Policy.REFUSE);
    }

    /**
     * The same, with other clients' sessions refused or ended first (see
     * {@link #drop(Confirmation, OtherSessions.Policy)}).
     */
    public InitResult reset(Confirmation confirmation, OtherSessions.Policy others) {
        guard(confirmation, others, "resetting the schema", "resetting");
        List<String> dropped = locked(this::dropTables);
        InitResult init = init();
        return new InitResult(init.action(), "Dropped " + (dropped.isEmpty() ? "nothing" : String.join(", ", dropped))
                + "; " + init.message(), init.after());
    }

    /** What drop and reset need: a profile that may write, the typed name, no other client in the way. */
    private void guard(Confirmation confirmation, OtherSessions.Policy others, String action, String verb) {
        if (db.settings().readOnly() || db.serverInfo().readOnly()) {
            throw new DatabaseException("These connection settings are read-only, so " + verb + " is refused:"
                    + " connect with a profile that may write.");
        }
        if (confirmation == null) {
            throw new DatabaseException("Nothing was changed: " + action + " deletes every AURELIUS row, so it"
                    + " needs the database name typed to confirm.");
        }
        String database = db.serverInfo().database();
        confirmation.check(database);
        new OtherSessions(db).clear(database, others, action);
    }

    /** Other clients' sessions on this database, for asking before drop or reset (this client's never count). */
    public List<OtherSessions.Session> otherSessions() {
        return new OtherSessions(db).list(db.serverInfo().database());
    }

    private List<String> dropTables(Connection c) throws SQLException {
        SchemaReport before = SchemaInspector.inspect(c);
        List<String> targets = new ArrayList<>();
        for (String t : ExpectedSchema.DROP_ORDER) {
            if (!before.missingTables().contains(t)) {
                targets.add(t);
            }
        }
        if (before.flywayVersion() != null || tableExists(c, SchemaInspector.FLYWAY_TABLE)) {
            targets.add(SchemaInspector.FLYWAY_TABLE);
        }
        if (targets.isEmpty()) {
            return targets;
        }
        c.setAutoCommit(false);
        try (Statement st = c.createStatement()) {
            st.execute("SET LOCAL lock_timeout = '10s'");
            st.execute("DROP TABLE " + String.join(", ", targets));
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw dropFailure(e);
        } finally {
            c.setAutoCommit(true);
        }
        log.info("db drop on {}: dropped {}", db.settings().describe(), targets);
        return targets;
    }

    private DatabaseException dropFailure(SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String detail = Database.firstLine(e.getMessage());
        if (state.equals("2BP01")) {
            return new DatabaseException("Nothing was dropped: other objects depend on the AURELIUS tables ("
                    + detail + "); drop or change those objects first.", e);
        }
        if (state.equals("55P03")) {
            return new DatabaseException("Nothing was dropped: another session holds a lock on the AURELIUS tables"
                    + " (is the AURELIUS API running?); stop it or wait, then try again.", e);
        }
        return db.translate(e);
    }

    private InitResult done(Connection c, InitAction action, String message) throws SQLException {
        return new InitResult(action, message, SchemaInspector.inspect(c));
    }

    private int migrate(Flyway flyway) {
        MigrateResult r = flyway.migrate();
        return r.migrationsExecuted;
    }

    private Flyway flyway(String baselineVersion) {
        return configure(baselineVersion).load();
    }

    private org.flywaydb.core.api.configuration.FluentConfiguration configure(String baselineVersion) {
        return Flyway.configure(SchemaManager.class.getClassLoader())
                .dataSource(db.schemaDataSource())
                .locations("classpath:db/migration")
                .table(SchemaInspector.FLYWAY_TABLE)
                .baselineVersion(baselineVersion)
                .baselineDescription(baselineVersion.equals("0") ? "<< empty baseline >>"
                        : "adopted existing AURELIUS schema")
                .cleanDisabled(true)
                .validateMigrationNaming(true);
    }

    private List<SchemaStatus.TableStats> tableStats(Connection c) throws SQLException {
        List<SchemaStatus.TableStats> out = new ArrayList<>();
        String sql = "SELECT c.relname, c.reltuples::bigint, pg_total_relation_size(c.oid), pg_indexes_size(c.oid)"
                + " FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r'"
                + " AND c.relname = ANY (?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("text", ExpectedSchema.TABLES.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String table = rs.getString(1);
                    long estimate = rs.getLong(2);
                    boolean estimated = estimate > EXACT_COUNT_LIMIT;
                    long rows = estimated ? estimate : count(c, table);
                    out.add(new SchemaStatus.TableStats(table, rows, estimated, rs.getLong(3), rs.getLong(4)));
                }
            }
        }
        out.sort((a, b) -> Integer.compare(ExpectedSchema.TABLES.indexOf(a.table()),
                ExpectedSchema.TABLES.indexOf(b.table())));
        return out;
    }

    private static long count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static boolean tableExists(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(quote_ident(current_schema()) || '.' || ?)"
                + " IS NOT NULL")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    /** Runs work while holding the session-level advisory lock on a connection of its own. */
    private <R> R locked(Database.SqlFunction<Connection, R> work) {
        return db.withSchemaConnection(c -> {
            exec(c, "SELECT pg_advisory_lock(" + LOCK_KEY + ")");
            try {
                return work.apply(c);
            } finally {
                exec(c, "SELECT pg_advisory_unlock(" + LOCK_KEY + ")");
            }
        });
    }
}
