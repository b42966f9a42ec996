package io.aurelius.admin.setup;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.Echo;
import io.aurelius.admin.db.Database;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.db.SchemaManager;
import io.aurelius.admin.setup.SetupStep.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import org.postgresql.PGConnection;

/**
 * The guide's "Step 1" and "Step 4" without typing SQL: with superuser credentials given once (never
 * stored), creates the role, sets the role defaults the guide sets, creates the database, grants
 * privileges, and initialises the schema. A step already done is recognised and skipped; a failing step
 * stops the run with its reason and leaves what was done in place. The role's password never travels as
 * SQL text: it is set as a SCRAM verifier computed here ({@link PGConnection#alterUserPassword}).
 */
public final class DatabaseSetup {

    /** What to set up. {@code rolePassword} may be null only when the role exists already. */
    public record Plan(String role, char[] rolePassword, String database, boolean createRole, boolean createDatabase,
                       boolean initSchema) {
        public Plan {
            Identifiers.require("role", role);
            Identifiers.require("database", database);
        }

        public static Plan everything(String role, char[] password, String database) {
            return new Plan(role, password, database, true, true, true);
        }
    }

    /** The role defaults of the guide's Step 1. */
    static final Map<String, String> ROLE_DEFAULTS = new LinkedHashMap<>();

    static {
        ROLE_DEFAULTS.put("client_encoding", "utf8");
        ROLE_DEFAULTS.put("default_transaction_isolation", "read committed");
        ROLE_DEFAULTS.put("default_transaction_deferrable", "on");
        ROLE_DEFAULTS.put("timezone", "UTC");
    }

    private final ConnectionSettings admin;

    /** @param admin a superuser (or a role with CREATEROLE and CREATEDB) on the target server */
    public DatabaseSetup(ConnectionSettings admin) {
        this.admin = admin.withDatabase("postgres").withPoolSize(2);
    }

    /** Runs the plan, reporting each step as it ends. Returns every step; the last one failed if any did. */
    public List<SetupStep> run(Plan plan, Consumer<SetupStep> progress) {
        List<SetupStep> steps = new ArrayList<>();
        Consumer<SetupStep> record = s -> {
            steps.add(s);
            progress.accept(s);
        };
        try (Database db = Database.open(admin)) {
            if (plan.createRole()) {
                record.accept(step("Create role " + plan.role(), () -> createRole(db, plan)));
                record.accept(step("Role defaults", () -> roleDefaults(db, plan.role())));
            }
            if (plan.createDatabase()) {
                record.accept(step("Create database " + plan.database(), () -> createDatabase(db, plan)));
                record.accept(step("Grant privileges", () -> grant(db, plan)));
            }
        } catch (StepFailed e) {
            record.accept(e.step);
            return steps;
        } catch (DatabaseException e) {
            record.accept(new SetupStep("Connect as " + Echo.of(admin.user()), Outcome.FAILED, e.getMessage()));
            return steps;
        }
        if (plan.initSchema()) {
            try {
                record.accept(step("Initialise the schema", () -> initSchema(plan)));
            } catch (StepFailed e) {
                record.accept(e.step);
            }
        }
        return steps;
    }

    /** The settings the app uses afterwards: the same server, the new role and database. */
    public ConnectionSettings appSettings(Plan plan) {
        Map<String, String> sources = new HashMap<>(admin.sources());
        sources.put("database", "setup");
        sources.put("user", "setup");
        sources.put("password", "setup");
        return new ConnectionSettings(admin.host(), admin.port(), plan.database(), plan.role(),
                plan.rolePassword() == null ? null : new String(plan.rolePassword()), admin.sslmode(),
                admin.echoSql(), ConnectionSettings.DEFAULT_POOL_SIZE, false, sources,
                ConnectionSettings.DEFAULT_STATEMENT_TIMEOUT, admin.sslrootcert());
    }

    /**
     * Keeps the role's password in the password file (mode 0600, other lines kept) when this run created the
     * role (its password exists nowhere else then) or when {@code always}; returns whether it did.
     */
    public boolean rememberPassword(Plan plan, List<SetupStep> steps, java.nio.file.Path passFile, boolean always) {
        boolean created = steps.stream().anyMatch(s -> s.name().equals("Create role " + plan.role())
                && s.outcome() == Outcome.DONE);
        if (!(created || always) || plan.rolePassword() == null) {
            return false;
        }
        ConnectionSettings app = appSettings(plan);
        try {
            io.aurelius.admin.config.PgPass.save(passFile, app.host(), app.port(), app.database(), app.user(),
                    new String(plan.rolePassword()));
            return true;
        } catch (java.io.IOException e) {
            throw new DatabaseException("The setup is done, but the password could not be saved to " + passFile
                    + " (" + e.getMessage() + "): set the role's password again with ALTER ROLE and put it in"
                    + " DB_PASSWORD.", e);
        } catch (io.aurelius.admin.config.SettingsException e) {
            String why = e.getMessage().endsWith(".") ? e.getMessage().substring(0, e.getMessage().length() - 1)
                    : e.getMessage();
            throw new DatabaseException("The setup is done, but " + Character.toLowerCase(why.charAt(0))
                    + why.substring(1) + "; then set the role's password again with ALTER ROLE and put it in"
                    + " DB_PASSWORD.", e);
        }
    }

    // --- steps -------------------------------------------------------------------------------------------

    private SetupStep createRole(Database db, Plan plan) throws SQLException {
        String name = "Create role " + plan.role();
        return db.withConnection(c -> {
            if (exists(c, "SELECT 1 FROM pg_roles WHERE rolname = ?", plan.role())) {
                return new SetupStep(name, Outcome.ALREADY_DONE, "the role exists; its password was left as it is");
            }
            if (plan.rolePassword() == null || plan.rolePassword().length == 0) {
                throw new StepFailed(new SetupStep(name, Outcome.FAILED, "no password was given for the new role:"
                        + " set DB_PASSWORD (or let setup generate one)"));
            }
            exec(c, "CREATE ROLE " + Identifiers.quote(plan.role()) + " LOGIN");
            // the driver wipes the array it is given: hand it a copy
            c.unwrap(PGConnection.class).alterUserPassword(plan.role(), plan.rolePassword().clone(), "scram-sha-256");
            return new SetupStep(name, Outcome.DONE, "with LOGIN and a SCRAM-SHA-256 password");
        });
    }

    private SetupStep roleDefaults(Database db, String role) throws SQLException {
        return db.withConnection(c -> {
            Map<String, String> current = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT unnest(setconfig) FROM pg_db_role_setting s"
                    + " JOIN pg_roles r ON r.oid = s.setrole WHERE r.rolname = ? AND s.setdatabase = 0")) {
                ps.setString(1, role);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String[] kv = rs.getString(1).split("=", 2);
                        current.put(kv[0].toLowerCase(Locale.ROOT), kv.length > 1 ? kv[1] : "");
                    }
                }
            }
            List<String> set = new ArrayList<>();
            for (Map.Entry<String, String> want : ROLE_DEFAULTS.entrySet()) {
                if (!want.getValue().equalsIgnoreCase(current.getOrDefault(want.getKey(), ""))) {
                    exec(c, "ALTER ROLE " + Identifiers.quote(role) + " SET " + want.getKey() + " TO '"
                            + want.getValue() + "'");
                    set.add(want.getKey() + " = " + want.getValue());
                }
            }
            return set.isEmpty() ? new SetupStep("Role defaults", Outcome.ALREADY_DONE, "all four already set")
                    : new SetupStep("Role defaults", Outcome.DONE, String.join(", ", set));
        });
    }

    private SetupStep createDatabase(Database db, Plan plan) throws SQLException {
        String name = "Create database " + plan.database();
        return db.withConnection(c -> {
            if (exists(c, "SELECT 1 FROM pg_database WHERE datname = ?", plan.database())) {
                return new SetupStep(name, Outcome.ALREADY_DONE, "the database exists");
            }
            exec(c, "CREATE DATABASE " + Identifiers.quote(plan.database()) + " OWNER " + Identifiers.quote(plan.role())
                    + " ENCODING 'UTF8' TEMPLATE template0");
            return new SetupStep(name, Outcome.DONE, "owned by " + plan.role() + ", UTF8");
        });
    }

    private SetupStep grant(Database db, Plan plan) throws SQLException {
        return db.withConnection(c -> {
            exec(c, "GRANT ALL PRIVILEGES ON DATABASE " + Identifiers.quote(plan.database()) + " TO "
                    + Identifiers.quote(plan.role()));
            return new SetupStep("Grant privileges", Outcome.DONE, "ALL on database " + plan.database() + " to "
                    + plan.role());
        });
    }

    private SetupStep initSchema(Plan plan) {
        try (Services app = Services.connect(appSettings(plan))) {
            SchemaManager.InitResult r = app.schema().init();
            return new SetupStep("Initialise the schema", r.action() == SchemaManager.InitAction.ALREADY_CURRENT
                    ? Outcome.ALREADY_DONE : Outcome.DONE, r.message());
        }
    }

    // --- plumbing ----------------------------------------------------------------------------------------

    @FunctionalInterface
    private interface StepWork {
        SetupStep run() throws SQLException;
    }

    /** Runs a step; a failure becomes a FAILED step that stops the run. */
    private static SetupStep step(String name, StepWork work) {
        try {
            return work.run();
        } catch (StepFailed e) {
            throw e;
        } catch (DatabaseException e) {
            throw new StepFailed(new SetupStep(name, Outcome.FAILED, e.getMessage()));
        } catch (SQLException e) {
            throw new StepFailed(new SetupStep(name, Outcome.FAILED, Database.firstLine(e.getMessage())));
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, value);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }

    private static final class StepFailed extends RuntimeException {
        private final transient SetupStep step;

        StepFailed(SetupStep step) {
            super(step.detail(), null, false, false);
            this.step = step;
        }
    }
}
