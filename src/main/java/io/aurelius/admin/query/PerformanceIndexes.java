package io.aurelius.admin.query;

import io.aurelius.admin.db.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Optional indexes that make every sort of the strategies list a keyset index scan and the detail tabs index
 * lookups, on top of the guide's 11 (which V1 creates exactly, so a schema stays identical to the guide's).
 * Nothing creates them on its own: an explicit step (e.g. a {@code db tune} command) calls {@link #create},
 * which builds them {@code CONCURRENTLY} (no table lock) and skips those already there. They are all named
 * {@code aurelius_*}, so they are easy to tell apart and to drop.
 *
 * <p>Without them everything still works: the default sort (newest first) and the type sort use the guide's
 * indexes, the other sorts read the whole strategies table once per page (a top-N sort).
 */
public final class PerformanceIndexes {

    /** The index the STATUS sort and {@code statuses()} use. */
    static final String STATUS_INDEX = "aurelius_strategies_status_id";

    /** One optional index: {@code onlyIfNoIndexOn} skips it when an index already leads with that column. */
    public record Index(String name, String table, String definition, String onlyIfNoIndexOn) {
        String ddl() {
            return "CREATE INDEX CONCURRENTLY IF NOT EXISTS " + name + " ON " + table + " " + definition;
        }
    }

    /**
     * The keyset indexes: one (sort key, id) per sortable column, and strategy_id lookups for the counts; then the
     * dashboard's.
     */
    public static final List<Index> INDEXES = List.of(
            new Index("aurelius_strategies_created_id", "strategies", "(created_at, id)", null),
            new Index("aurelius_strategies_updated_id", "strategies", "(updated_at, id)", null),
            new Index("aurelius_strategies_name_id", "strategies", "(name, id)", null),
            new Index("aurelius_strategies_type_id", "strategies", "(strategy_type, id)", null),
            new Index(STATUS_INDEX, "strategies", "((COALESCE(status, '')), id)", null),
            new Index("aurelius_strategies_confidence_id", "strategies", "(confidence, id)", null),
            new Index("aurelius_backtests_strategy", "backtests", "(strategy_id)", "strategy_id"),
            new Index("aurelius_validations_strategy", "validations", "(strategy_id)", "strategy_id"),
            new Index("aurelius_gate_results_latest", "gate_results", "(strategy_id, timestamp DESC, id DESC)",
                    null),
            // the dashboard (SqlDashboard): gate verdict counts and production-ready strategies as index-only
            // scans, and the guide's status and time indexes where a database lacks them (API-made ones)
            new Index("aurelius_gate_results_type_passed", "gate_results", "(gate_type, passed)", null),
            new Index("aurelius_gate_results_ready", "gate_results",
                    "(strategy_id, timestamp) WHERE gate_type = 'product' AND production_ready = true", null),
            new Index("aurelius_backtests_status", "backtests", "(status)", "status"),
            new Index("aurelius_validations_status", "validations", "(status)", "status"),
            new Index("aurelius_backtests_created", "backtests", "(created_at)", "created_at"),
            new Index("aurelius_validations_created", "validations", "(created_at)", "created_at"),
            new Index("aurelius_gate_results_timestamp", "gate_results", "(timestamp)", "timestamp"));

    /**
     * Trigram indexes for the text search ({@code ILIKE '%text%'} on name and description); they need the
     * pg_trgm extension (trusted since PostgreSQL 13: a database owner may create it).
     */
    public static final List<Index> TEXT_SEARCH = List.of(
            new Index("aurelius_strategies_name_trgm", "strategies", "USING gin (name gin_trgm_ops)", null),
            new Index("aurelius_strategies_description_trgm", "strategies",
                    "USING gin (description gin_trgm_ops)", null));

    private final Database db;

    public PerformanceIndexes(Database db) {
        this.db = db;
    }

    /** The keyset indexes not there yet (by name, or by leading column where one suffices). */
    public List<Index> missing() {
        return db.withConnection(c -> {
            List<Index> out = new ArrayList<>();
            for (Index i : INDEXES) {
                if (!present(c, i)) {
                    out.add(i);
                }
            }
            return out;
        });
    }

    /**
     * Builds the missing keyset indexes (and, when asked, pg_trgm and the text-search ones) one by one,
     * telling {@code progress} each statement before it runs; returns the names built. Needs a connection
     * that may write; takes minutes on millions of rows.
     */
    public List<String> create(boolean textSearch, Consumer<String> progress) {
        return db.withConnection(c -> {
            List<Index> wanted = new ArrayList<>(INDEXES);
            if (textSearch) {
                run(c, "CREATE EXTENSION IF NOT EXISTS pg_trgm", progress);
                wanted.addAll(TEXT_SEARCH);
            }
            List<String> built = new ArrayList<>();
            for (Index i : wanted) {
                if (!present(c, i)) {
                    // a build that failed half-way leaves an invalid index of that name: IF NOT EXISTS would keep it
                    run(c, "DROP INDEX CONCURRENTLY IF EXISTS " + i.name(), progress);
                    run(c, i.ddl(), progress);
                    built.add(i.name());
                }
            }
            if (!built.isEmpty()) {
                run(c, "ANALYZE strategies", progress);
            }
            return built;
        });
    }

    private static void run(Connection c, String sql, Consumer<String> progress) throws SQLException {
        progress.accept(sql);
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static boolean present(Connection c, Index i) throws SQLException {
        String sql = i.onlyIfNoIndexOn() == null
                ? "SELECT EXISTS (SELECT 1 FROM pg_index x WHERE x.indexrelid = to_regclass(?) AND x.indisvalid)"
                : "SELECT EXISTS (SELECT 1 FROM pg_index x JOIN pg_attribute a ON a.attrelid = x.indrelid"
                + " AND a.attnum = x.indkey[0] WHERE x.indrelid = to_regclass(?) AND x.indisvalid"
                + " AND x.indpred IS NULL AND a.attname = ?)";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (i.onlyIfNoIndexOn() == null) {
                ps.setString(1, i.name());
            } else {
                ps.setString(1, i.table());
                ps.setString(2, i.onlyIfNoIndexOn());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }
}
