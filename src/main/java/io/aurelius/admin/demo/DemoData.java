package io.aurelius.admin.demo;

import io.aurelius.admin.db.Database;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.db.ExpectedSchema;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an AURELIUS database with demo data (DATA-SHAPES.md) through COPY, in one transaction: a cancelled or
 * failed run rolls back completely and leaves the database as it was. Plain Java; the GUI runs it in a
 * background task, the CLI in its own thread.
 *
 * <p>Safety: demo rows are marked by their ids ({@link DemoSurvey}) and each run is recorded in the table
 * {@value #MARKER_TABLE} in the same transaction. A database whose AURELIUS tables hold any row that is not demo
 * data is refused unless the spec says {@code force}; earlier demo data is refused unless it says
 * {@code replace}, which truncates the four tables when only demo data is there (and otherwise deletes just the
 * demo rows and rows hanging off demo strategies).
 *
 * <p>Speed: when the tables are empty or hold only demo data they are truncated inside the transaction, which
 * lets COPY write frozen rows (no later hint-bit or freeze work) and lets the plain indexes be dropped and built
 * once after the load (their definitions are read from the catalog and replayed, so they come back exactly).
 * The truncate locks the four tables until commit: other sessions reading them wait. With {@code force} beside
 * foreign rows, nothing is truncated or dropped and rows are appended under the normal locks.
 */
public final class DemoData {

    public static final String MARKER_TABLE = "aurelius_demo";
    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    /** "DEMO": serialises two demo runs on one database. */
    private static final long LOCK_KEY = 0x44454D4FL;
    private static final int BUFFER = 1 << 18;
    private static final long PROGRESS_NANOS = 200_000_000L;

    private final Database db;

    public DemoData(Database db) {
        this.db = db;
    }

    /** Counts the rows of the four tables, demo and not (a full scan of each: a second or two at 10^6 rows). */
    public DemoSurvey survey() {
        return db.withConnection(c -> {
            requireTables(c);
            return survey(c);
        });
    }

    /**
     * Generates the data set. Checks {@code cancelled} between batches of rows; a cancelled run rolls back and
     * ends with a {@link CancellationException}. Refusals and database faults end with a one-sentence
     * {@link DatabaseException}.
     */
    public DemoResult generate(DemoSpec spec, Progress progress, BooleanSupplier cancelled) {
        long t0 = System.nanoTime();
        DemoResult result = db.withConnection(c -> {
            c.setAutoCommit(false);
            try {
                DemoResult r = load(c, spec, progress, cancelled, t0);
                c.commit();
                return r;
            } catch (RuntimeException | SQLException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed); // the server rolls back when the connection is gone
                }
                if (e instanceof CancellationException) {
                    throw new CancellationException("Demo data generation was cancelled; nothing was written.");
                }
                if (e instanceof SQLException sql && "55P03".equals(sql.getSQLState())) {
                    throw new DatabaseException("Another session is using the AURELIUS tables (is the AURELIUS API"
                            + " or another client busy with them?): nothing was written; try again when it is done.", e);
                }
                if (connectionEnded(e)) {
                    throw new DatabaseException("Demo data generation stopped because the connection to "
                            + db.settings().host() + ":" + db.settings().port() + " ended; nothing was written (the"
                            + " server rolled its transaction back): try again once the server answers.", e);
                }
                throw e;
            } finally {
                if (!c.isClosed()) {
                    c.setAutoCommit(true);
                }
            }
        });
        db.withConnection(c -> {
            exec(c, "ANALYZE strategies, backtests, validations, gate_results");
            return null;
        });
        Duration elapsed = Duration.ofNanos(System.nanoTime() - t0);
        log.info("demo data on {}: {} rows in {} ms (seed {})", db.settings().describe(), result.totalRows(),
                elapsed.toMillis(), spec.seed());
        progress.update("done", result.totalRows(), result.totalRows(), 1.0);
        return new DemoResult(result.spec(), result.rows(), result.bytes(), elapsed, result.busyStrategyId(),
                result.hugeCurveBacktestId(), result.cleared());
    }

    /** The server ended the session or the network dropped (somewhere in the cause chain). */
    private static boolean connectionEnded(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
        }
        return false;
    }

    private DemoResult load(Connection c, DemoSpec spec, Progress progress, BooleanSupplier cancelled, long t0)
            throws SQLException {
        exec(c, "SET LOCAL lock_timeout = '10s'");
        exec(c, "SELECT pg_advisory_xact_lock(" + LOCK_KEY + ")");
        requireTables(c);
        DemoSurvey before = survey(c);
        String database = c.getCatalog();
        if (before.nonDemoRows() > 0 && !spec.force()) {
            throw new DatabaseException("The database '" + database + "' holds AURELIUS data that is not demo data ("
                    + DemoSurvey.describe(before.nonDemo()) + "): use an empty database, or pass --force to add"
                    + " demo data beside it.");
        }
        if (before.demoRows() > 0 && !spec.replace()) {
            throw new DatabaseException("The database '" + database + "' already holds demo data ("
                    + DemoSurvey.describe(demoCounts(before)) + "): pass --replace to replace it, or use an empty"
                    + " database.");
        }
        boolean freeze = false;
        long cleared = 0;
        if (before.nonDemoRows() == 0) {
            freeze = truncate(c); // empty, or demo data only: TRUNCATE also lets COPY write frozen rows
            cleared = freeze ? before.demoRows() : deleteDemoRows(c);
        } else if (before.demoRows() > 0) {
            cleared = deleteDemoRows(c);
        }
        exec(c, "CREATE TABLE IF NOT EXISTS " + MARKER_TABLE + " (id serial PRIMARY KEY, seed bigint NOT NULL,"
                + " created_at timestamp NOT NULL, spec jsonb NOT NULL, row_counts jsonb NOT NULL,"
                + " hostile_strategy_ids jsonb NOT NULL, busy_strategy_id varchar(36), huge_curve_backtest_id"
                + " varchar(36))");
        exec(c, "DELETE FROM " + MARKER_TABLE);

        CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
        Loader loader = new Loader(copy, spec, progress, cancelled, freeze);
        List<String> indexes = freeze ? dropSecondaryIndexes(c) : List.of();
        loader.run();
        if (!indexes.isEmpty()) {
            progress.update("indexes", 0, indexes.size(), loader.fraction());
            exec(c, "SET LOCAL maintenance_work_mem = '256MB'");
            for (String def : indexes) {
                exec(c, def);
            }
        }
        insertMarker(c, spec, loader);
        return new DemoResult(spec, loader.rows, loader.bytes, Duration.ofNanos(System.nanoTime() - t0),
                loader.busyStrategyId, loader.hugeBacktestId, cleared);
    }

    private static Map<String, Long> demoCounts(DemoSurvey s) {
        Map<String, Long> out = new LinkedHashMap<>();
        s.rows().forEach((t, n) -> out.put(t, n - s.nonDemo().get(t)));
        return out;
    }

    /**
     * Bulk-load practice: on tables this transaction truncated, drops the plain (non-unique, non-constraint)
     * indexes and returns their definitions to build again after the load, which sorts once instead of
     * inserting millions of keys one by one. Transactional: a rollback brings them back. Keeps them when the
     * role may not drop them.
     */
    private static List<String> dropSecondaryIndexes(Connection c) throws SQLException {
        List<String> defs = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT pg_get_indexdef(i.indexrelid),"
                + " i.indexrelid::regclass::text FROM pg_index i WHERE i.indrelid = ANY (ARRAY['strategies',"
                + " 'backtests', 'validations', 'gate_results']::regclass[]) AND NOT i.indisunique AND NOT"
                + " i.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conindid = i.indexrelid)"
                + " ORDER BY 2")) {
            while (rs.next()) {
                defs.add(rs.getString(1));
                names.add(rs.getString(2));
            }
        }
        if (names.isEmpty()) {
            return defs;
        }
        Savepoint sp = c.setSavepoint();
        try {
            exec(c, "DROP INDEX " + String.join(", ", names));
            c.releaseSavepoint(sp);
            return defs;
        } catch (SQLException e) {
            c.rollback(sp);
            log.info("Keeping the indexes during the load ({})", e.getMessage());
            return List.of();
        }
    }

    /** TRUNCATE the four tables (they hold no foreign rows); false when another table's foreign key forbids it. */
    private static boolean truncate(Connection c) throws SQLException {
        Savepoint sp = c.setSavepoint();
        try {
            exec(c, "TRUNCATE strategies, backtests, validations, gate_results");
            c.releaseSavepoint(sp);
            return true;
        } catch (SQLException e) {
            if (!"0A000".equals(e.getSQLState())) {
                throw e;
            }
            c.rollback(sp);
            log.info("TRUNCATE refused ({}); deleting instead", e.getMessage());
            return false;
        }
    }

    private static long deleteDemoRows(Connection c) throws SQLException {
        long n = 0;
        String demoStrategy = "strategy_id IN (SELECT id FROM strategies WHERE " + DemoRandom.SQL_IS_DEMO + ")";
        for (String t : List.of("gate_results", "validations", "backtests")) {
            n += update(c, "DELETE FROM " + t + " WHERE " + DemoRandom.SQL_IS_DEMO + " OR " + demoStrategy);
        }
        return n + update(c, "DELETE FROM strategies WHERE " + DemoRandom.SQL_IS_DEMO);
    }

    private static void insertMarker(Connection c, DemoSpec spec, Loader loader) throws SQLException {
        StringBuilder hostile = new StringBuilder("[");
        for (String id : loader.hostileIds) {
            hostile.append(hostile.length() == 1 ? "" : ",").append('"').append(id).append('"');
        }
        hostile.append(']');
        StringBuilder counts = new StringBuilder("{");
        loader.rows.forEach((t, n) -> counts.append(counts.length() == 1 ? "" : ",").append('"').append(t)
                .append("\":").append(n));
        counts.append('}');
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + MARKER_TABLE + " (seed, created_at, spec,"
                + " row_counts, hostile_strategy_ids, busy_strategy_id, huge_curve_backtest_id)"
                + " VALUES (?, now() AT TIME ZONE 'UTC', ?::jsonb, ?::jsonb, ?::jsonb, ?, ?)")) {
            ps.setLong(1, spec.seed());
            ps.setString(2, specJson(spec));
            ps.setString(3, counts.toString());
            ps.setString(4, hostile.toString());
            ps.setString(5, loader.busyStrategyId);
            ps.setString(6, loader.hugeBacktestId);
            ps.executeUpdate();
        }
    }

    static String specJson(DemoSpec s) {
        return "{\"strategies\":" + s.strategies() + ",\"backtests_per_strategy\":" + s.backtestsPerStrategy()
                + ",\"curve_points\":" + s.curvePoints() + ",\"metric_only\":" + s.metricOnly()
                + ",\"seed\":" + s.seed() + ",\"validations\":" + s.validations() + ",\"gate_results\":"
                + s.gateResults() + ",\"busy_backtests\":" + s.busyBacktests() + ",\"busy_curve_points\":"
                + s.busyCurvePoints() + ",\"huge_curve_points\":" + s.hugeCurvePoints() + ",\"hostile\":"
                + s.hostile() + "}";
    }

    private static void requireTables(Connection c) throws SQLException {
        List<String> missing = new ArrayList<>();
        for (String t : ExpectedSchema.TABLES) {
            try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(quote_ident(current_schema()) || '.'"
                    + " || ?) IS NOT NULL")) {
                ps.setString(1, t);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (!rs.getBoolean(1)) {
                        missing.add(t);
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new DatabaseException("The database lacks the AURELIUS tables " + String.join(", ", missing)
                    + ": run db init first.");
        }
    }

    private static DemoSurvey survey(Connection c) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Long> nonDemo = new LinkedHashMap<>();
        for (String t : ExpectedSchema.TABLES) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), count(*) FILTER (WHERE NOT "
                         + DemoRandom.SQL_IS_DEMO + ") FROM " + t)) {
                rs.next();
                rows.put(t, rs.getLong(1));
                nonDemo.put(t, rs.getLong(2));
            }
        }
        Long seed = null;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT to_regclass(quote_ident(current_schema()) || '." + MARKER_TABLE
                     + "') IS NOT NULL")) {
            rs.next();
            if (rs.getBoolean(1)) {
                try (ResultSet m = st.executeQuery("SELECT seed FROM " + MARKER_TABLE + " ORDER BY id DESC LIMIT 1")) {
                    seed = m.next() ? m.getLong(1) : null;
                }
            }
        }
        return new DemoSurvey(rows, nonDemo, seed);
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static int update(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            return st.executeUpdate(sql);
        }
    }

    /** Streams the four tables through COPY, reporting progress and checking for cancellation. */
    private static final class Loader {
        private final CopyManager copy;
        private final DemoSpec spec;
        private final Progress progress;
        private final BooleanSupplier cancelled;
        private final boolean freeze;
        private final double totalWork;
        private double doneWork;
        private long lastReport;
        final Map<String, Long> rows = new LinkedHashMap<>();
        final List<String> hostileIds = new ArrayList<>();
        long bytes;
        String busyStrategyId;
        String hugeBacktestId;

        Loader(CopyManager copy, DemoSpec spec, Progress progress, BooleanSupplier cancelled, boolean freeze) {
            this.copy = copy;
            this.spec = spec;
            this.progress = progress;
            this.cancelled = cancelled;
            this.freeze = freeze;
            this.totalWork = spec.strategies() + spec.strategies() * spec.backtestsPerStrategy() * backtestWork(
                    spec.metricOnly() ? -1 : spec.curvePoints()) + spec.busyBacktests() * backtestWork(
                    spec.busyCurvePoints()) + (spec.hugeCurvePoints() > 0 ? backtestWork(spec.hugeCurvePoints()) : 0)
                    + 3.0 * spec.validations() + spec.gateResults();
        }

        /** Relative cost of a backtest row with a curve of that many points (0 = automatic, -1 = no curve). */
        private static double backtestWork(int points) {
            return points < 0 ? 2 : 2 + (points == 0 ? 505 : points) / 40.0;
        }

        void run() throws SQLException {
            Outcomes outcomes = new Outcomes(spec.strategies());
            table("strategies", StrategyRows.COPY, spec.strategies(), w -> {
                for (long i = 0; i < spec.strategies(); i++) {
                    StrategyCore s = StrategyRows.write(w, spec, i);
                    if (s.hostile()) {
                        hostileIds.add(s.id());
                    }
                    tick(w, "strategies", i + 1, 1);
                }
            });
            double btWork = backtestWork(spec.metricOnly() ? -1 : spec.curvePoints());
            table("backtests", BacktestRows.COPY, spec.backtests(), w -> {
                long n = 0;
                for (long i = 0; i < spec.strategies(); i++) {
                    StrategyCore s = StrategyCore.of(spec, i);
                    for (int k = 0; k < spec.backtestsPerStrategy(); k++) {
                        BacktestRows.write(w, spec, s, BacktestRows.Kind.REGULAR, k, outcomes, cancelled);
                        tick(w, "backtests", ++n, btWork);
                    }
                }
                if (spec.busyBacktests() > 0) {
                    StrategyCore s = StrategyCore.of(spec, 0);
                    busyStrategyId = s.id();
                    for (int k = 0; k < spec.busyBacktests(); k++) {
                        BacktestRows.write(w, spec, s, BacktestRows.Kind.BUSY, k, outcomes, cancelled);
                        tick(w, "backtests", ++n, backtestWork(spec.busyCurvePoints()));
                    }
                }
                if (spec.hugeCurvePoints() > 0) {
                    hugeBacktestId = DemoRandom.uuid(DemoRandom.stream(spec.seed(), DemoRandom.HUGE, 0));
                    BacktestRows.write(w, spec, StrategyCore.of(spec, 1), BacktestRows.Kind.HUGE, 0, outcomes,
                            cancelled);
                    tick(w, "backtests", ++n, backtestWork(spec.hugeCurvePoints()));
                }
            });
            table("validations", ValidationRows.COPY, spec.validations(), w -> {
                StrategyCore s = null;
                for (long j = 0; j < spec.validations(); j++) {
                    long si = ValidationRows.strategyOf(spec, j);
                    if (s == null || s.index() != si) {
                        s = StrategyCore.of(spec, si);
                    }
                    ValidationRows.write(w, spec, s, j);
                    tick(w, "validations", j + 1, 3);
                }
            });
            table("gate_results", GateRows.COPY, spec.gateResults(), w -> {
                GateRows gates = new GateRows(w, spec, outcomes);
                for (long i = 0; i < spec.strategies(); i++) {
                    long before = gates.emitted();
                    if (gates.due(i) > before || StrategyCore.forcedHostile(spec, i)) {
                        gates.writeFor(StrategyCore.of(spec, i));
                        tick(w, "gate_results", gates.emitted(), gates.emitted() - before);
                    }
                }
            });
        }

        private void table(String name, String sql, long expected, Body body) throws SQLException {
            check();
            progress.update(name, 0, expected, fraction());
            long start = System.nanoTime();
            CopyIn in = copy.copyIn(freeze ? sql + " WITH (FREEZE)" : sql);
            try {
                CopyWriter w = new CopyWriter(in::writeToCopy, BUFFER);
                currentTotal = expected;
                body.write(w);
                w.flush();
                long n = in.endCopy();
                bytes += w.bytesWritten();
                rows.put(name, n);
                log.debug("COPY {}: {} rows, {} MB in {} ms", name, n, w.bytesWritten() >> 20,
                        (System.nanoTime() - start) / 1_000_000);
            } finally {
                if (in.isActive()) {
                    in.cancelCopy();
                }
            }
            progress.update(name, rows.get(name), expected, fraction());
        }

        private long currentTotal;
        private long ticks;

        private void tick(CopyWriter w, String table, long n, double work) {
            doneWork += work;
            if ((++ticks & 255) == 0) {
                check();
                long now = System.nanoTime();
                if (now - lastReport > PROGRESS_NANOS) {
                    lastReport = now;
                    progress.update(table, n, currentTotal, fraction());
                }
            }
        }

        double fraction() {
            return totalWork <= 0 ? 1 : Math.min(1, doneWork / totalWork);
        }

        private void check() {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
        }
    }

    @FunctionalInterface
    private interface Body {
        void write(CopyWriter w) throws SQLException;
    }
}
