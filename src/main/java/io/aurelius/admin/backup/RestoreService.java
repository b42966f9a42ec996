package io.aurelius.admin.backup;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.Echo;
import io.aurelius.admin.db.Confirmation;
import io.aurelius.admin.db.Database;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.db.OtherSessions;
import io.aurelius.admin.db.ServerInfo;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Restores backups into the connected database or a new one. {@link #inspect} shows what a file holds;
 * {@link #target} what the target holds; {@link #prepare} refuses what is unsafe (read-only settings, a
 * damaged file, a target with AURELIUS rows and no confirmation for it, a target other clients are connected
 * to unless the request ends their sessions) and returns a {@link RestoreJob}.
 */
public final class RestoreService {

    private final Database database;
    private final PgTools tools;

    public RestoreService(Database database, PgTools tools) {
        this.database = database;
        this.tools = tools;
    }

    /**
     * A restore target.
     *
     * @param aureliusRows rows in each table the restore replaces that the target has (counted up to 1,000,001):
     *                     the AURELIUS tables, or, when the request picks tables, the picked ones
     * @param others       other clients' sessions on it (this client's own never count): a restore over it is
     *                     refused while there are any, unless the request ends them
     */
    public record Target(String database, boolean exists, Map<String, Long> aureliusRows,
                         List<OtherSessions.Session> others) {

        public Target {
            others = List.copyOf(others);
        }

        public boolean holdsAureliusData() {
            return aureliusRows.values().stream().anyMatch(n -> n > 0);
        }
    }

    /** What the file holds; reads it whole (and checks its manifest's SHA-256), touches no database. */
    public DumpContents inspect(java.nio.file.Path source) {
        Map<String, PgTool> t = restoreTools();
        return DumpReader.read(source, t.get("pg_restore"), t.get("psql"));
    }

    /** The database a request restores into, and what it holds now (in the picked tables, when it picks). */
    public Target target(RestoreRequest request) {
        String name = targetName(request);
        boolean exists = exists(name);
        if (!exists) {
            return new Target(name, false, Map.of(), List.of());
        }
        List<String> tables = request.picking() ? request.tables() : BackupRequest.AURELIUS_TABLES;
        Map<String, Long> rows = onTarget(name, db -> rows(db, tables));
        return new Target(name, true, rows, sessions().list(name));
    }

    private <T> T onTarget(String name, java.util.function.Function<Database, T> read) {
        if (name.equals(database.settings().database())) {
            return read.apply(database);
        }
        try (Database other = database.sibling(name)) { // its session is this client's, not another's
            return read.apply(other);
        }
    }

    private OtherSessions sessions() {
        return new OtherSessions(database);
    }

    /**
     * Before the restore starts: no other client on an existing target, or (the request ends them) ends them
     * and waits until they are gone. Throws, naming them, when they stay. Returns the sessions it ended.
     */
    List<OtherSessions.Session> clearSessions(RestoreRequest request, String target) {
        return request.create() ? List.of() : sessions().clear(target, request.sessionPolicy(), "restoring");
    }

    /**
     * Checks everything and returns the job. A target holding AURELIUS rows needs a confirmation given for
     * that database (null otherwise is fine).
     */
    public RestoreJob prepare(RestoreRequest request, DumpContents contents, Confirmation confirmation) {
        ConnectionSettings settings = database.settings();
        ServerInfo server = database.serverInfo();
        if (settings.readOnly() || server.readOnly()) {
            throw new DatabaseException("These connection settings are read-only, so restoring is refused: connect"
                    + " with a profile that may write.");
        }
        if (!contents.restorable()) {
            throw new DatabaseException(contents.refusal());
        }
        Target target = target(request);
        if (request.create() && target.exists()) {
            throw new DatabaseException("The database '" + Echo.of(target.database())
                    + "' already exists: restore into it"
                    + " without --create, or choose a new name.");
        }
        if (!request.create() && !target.exists()) {
            throw new DatabaseException("The database '" + Echo.of(target.database())
                    + "' does not exist: add --create to"
                    + " create it.");
        }
        TablePick.Plan plan = request.picking() ? pick(request, contents, target) : null;
        confirmed(target, confirmation, plan != null);
        // refuses early, naming the others, unless the request ends them (the job does, before it starts)
        sessions().check(target.others(), target.database(), request.sessionPolicy(), "restoring");
        Map<String, PgTool> t = restoreTools();
        return new RestoreJob(this, settings, t, contents, request, target, plan);
    }

    /** A target whose replaced tables hold rows needs a confirmation for that database. */
    private static void confirmed(Target target, Confirmation confirmation, boolean picking) {
        if (!target.holdsAureliusData()) {
            return;
        }
        if (confirmation == null) {
            throw new DatabaseException("The database '" + Echo.of(target.database()) + "' holds " + (!picking
                    ? "AURELIUS data" : "rows in " + String.join(", ", target.aureliusRows().entrySet().stream()
                    .filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList()))
                    + " that the restore replaces: confirm by typing its name (or pass --yes), after making a"
                    + " backup.");
        }
        check(confirmation, target.database());
    }

    /**
     * The tables a request picks, as the file names them ("schema.table"); empty when it restores everything.
     * Throws, naming the fault, for a plain or gzip file or a name the file does not hold. {@link #prepare}
     * checks the same; call this to ask early, before a confirmation.
     */
    public List<String> pickedTables(RestoreRequest request, DumpContents contents) {
        if (!request.picking()) {
            return List.of();
        }
        if (!contents.format().archive()) {
            throw new DatabaseException("A plain SQL file restores whole, so tables cannot be picked from "
                    + contents.source().getFileName() + ": use a custom or directory backup to pick tables.");
        }
        return TablePick.resolve(request.tables(), contents);
    }

    /** Checks the picked tables against the file and the target, before anything runs; the items to restore. */
    private TablePick.Plan pick(RestoreRequest request, DumpContents contents, Target target) {
        List<String> picked = pickedTables(request, contents);
        TablePick.TargetFacts facts = target.exists() && !request.create()
                ? onTarget(target.database(), TargetReader::facts) : TablePick.TargetFacts.NONE;
        if (!contents.dataOnly()) {
            TablePick.checkIncoming(picked, facts, target.database());
        }
        Map<Integer, List<Integer>> deps = TablePick.dependencies(restoreTools().get("pg_restore"), contents);
        return TablePick.plan(contents, picked, deps, request.create(), facts);
    }

    private Map<String, PgTool> restoreTools() {
        ServerInfo server = database.serverInfo();
        return tools.pick(List.of("pg_restore", "psql"), server.majorVersion(), server.version());
    }

    String targetName(RestoreRequest request) {
        return request.into() == null || request.into().isBlank() ? database.settings().database() : request.into();
    }

    boolean exists(String name) {
        return database.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    void createDatabase(String name) {
        database.withConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE DATABASE " + Names.quote(name));
            }
            return null;
        });
    }

    void dropDatabase(String name) {
        boolean force = database.serverInfo().majorVersion() >= 13;
        database.withConnection(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + Names.quote(name) + (force ? " WITH (FORCE)" : ""));
            }
            return null;
        });
    }

    /** Rows in each of these tables the database has (tables it lacks are left out). */
    private static Map<String, Long> rows(Database db, List<String> tables) {
        return db.withConnection(c -> {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String t : tables) {
                String name = Names.tablePattern(t);
                boolean present;
                try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                    ps.setString(1, name);
                    try (ResultSet rs = ps.executeQuery()) {
                        present = rs.next() && rs.getBoolean(1);
                    }
                }
                if (present) {
                    try (Statement st = c.createStatement();
                         ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT 1 FROM " + name
                                 + " LIMIT 1000001) s")) {
                        rs.next();
                        rows.put(t, rs.getLong(1));
                    }
                }
            }
            return rows;
        });
    }

    /** The confirmation must name this database. */
    static void check(Confirmation confirmation, String databaseName) {
        confirmation.check(databaseName);
    }
}
