package io.aurelius.admin.backup;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.db.Confirmation;
import io.aurelius.admin.db.Database;
import io.aurelius.admin.db.DatabaseException;
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
 * damaged file, a target with AURELIUS rows and no confirmation for it) and returns a {@link RestoreJob}.
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
     * @param aureliusRows rows in each AURELIUS table the target has (counted up to 1,000,001)
     */
    public record Target(String database, boolean exists, Map<String, Long> aureliusRows) {
        public boolean holdsAureliusData() {
            return aureliusRows.values().stream().anyMatch(n -> n > 0);
        }
    }

    /** What the file holds; reads it whole (and checks its manifest's SHA-256), touches no database. */
    public DumpContents inspect(java.nio.file.Path source) {
        Map<String, PgTool> t = restoreTools();
        return DumpReader.read(source, t.get("pg_restore"), t.get("psql"));
    }

    /** The database a request restores into, and what it holds now. */
    public Target target(RestoreRequest request) {
        String name = targetName(request);
        boolean exists = exists(name);
        if (!exists) {
            return new Target(name, false, Map.of());
        }
        if (name.equals(database.settings().database())) {
            return new Target(name, true, aureliusRows(database));
        }
        try (Database other = Database.open(database.settings().withDatabase(name).withPoolSize(1))) {
            return new Target(name, true, aureliusRows(other));
        }
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
            throw new DatabaseException("The database '" + target.database() + "' already exists: restore into it"
                    + " without --create, or choose a new name.");
        }
        if (!request.create() && !target.exists()) {
            throw new DatabaseException("The database '" + target.database() + "' does not exist: add --create to"
                    + " create it.");
        }
        if (target.holdsAureliusData()) {
            if (confirmation == null) {
                throw new DatabaseException("The database '" + target.database() + "' holds AURELIUS data that the"
                        + " restore replaces: confirm by typing its name (or pass --yes), after making a backup.");
            }
            check(confirmation, target.database());
        }
        Map<String, PgTool> t = restoreTools();
        return new RestoreJob(this, settings, t, contents, request, target);
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

    private static Map<String, Long> aureliusRows(Database db) {
        return db.withConnection(c -> {
            Map<String, Long> rows = new LinkedHashMap<>();
            for (String t : BackupRequest.AURELIUS_TABLES) {
                boolean present;
                try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
                    ps.setString(1, Names.quote(t));
                    try (ResultSet rs = ps.executeQuery()) {
                        present = rs.next() && rs.getBoolean(1);
                    }
                }
                if (present) {
                    try (Statement st = c.createStatement();
                         ResultSet rs = st.executeQuery("SELECT count(*) FROM (SELECT 1 FROM " + Names.quote(t)
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
