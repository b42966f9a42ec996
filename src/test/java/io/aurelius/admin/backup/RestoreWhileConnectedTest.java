package io.aurelius.admin.backup;

import io.aurelius.admin.testing.OtherClients;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.Services;
import io.aurelius.admin.cli.Console;
import io.aurelius.admin.cli.RestoreCommand;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsResolver;
import io.aurelius.admin.db.Confirmation;
import io.aurelius.admin.db.Database;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.db.OtherSessions;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.TestServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * A restore over a database another client is connected to: refused with a sentence naming the session, the
 * target and the other client untouched; or, when asked, the other sessions are ended first and the restore
 * goes through. This client's own pool, heartbeat and side connections never count as another client; a second
 * AURELIUS Admin does.
 */
class RestoreWhileConnectedTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    static Path dir;

    private static final String SOURCE = Fixtures.newName("aat_rwc_src");
    private static Path backup;
    private static TreeMap<String, String> source;

    @BeforeAll
    static void setUp() throws Exception {
        TestServer.adminSql("CREATE DATABASE " + SOURCE);
        Fixtures.fill(Fixtures.server(SOURCE), 40);
        source = Fixtures.checksums(Fixtures.server(SOURCE));
        try (Services s = Services.connect(Fixtures.server(SOURCE))) {
            backup = new BackupService(s.database(), Fixtures.systemTools())
                    .prepare(BackupRequest.of(dir.resolve("src.dump"), BackupFormat.CUSTOM)).run().path();
        }
    }

    @AfterAll
    static void tearDown() throws Exception {
        Fixtures.dropDatabase(SOURCE);
    }

    /** Fresh target data (different from the backup's), so a restore shows. */
    private static TreeMap<String, String> freshTarget() throws Exception {
        DB.sql("DROP TABLE IF EXISTS gate_results, validations, backtests, strategies, flyway_schema_history");
        Fixtures.fill(DB.settings(), 25);
        return Fixtures.checksums(DB.settings());
    }

    private static Connection client(String name) throws SQLException {
        return OtherClients.connect(DB.settings(), name);
    }

    private static boolean alive(Connection c) {
        return OtherClients.alive(c);
    }

    @Test
    @Proves(value = Reliability.RESTORE_WHILE_CONNECTED, how = "With a psql-like session connected to the target,"
            + " a confirmed restore is refused naming that session and --end-sessions, and the target's rows and"
            + " the other session are untouched.")
    void anotherClientConnectedRefusesTheRestoreNamingItAndChangesNothing() throws Exception {
        TreeMap<String, String> before = freshTarget();
        try (Connection other = client("analyst notebook"); Services s = Services.connect(DB.settings())) {
            RestoreService rs = new RestoreService(s.database(), Fixtures.systemTools());
            DumpContents c = rs.inspect(backup);
            RestoreService.Target target = rs.target(RestoreRequest.of(backup));
            assertThat(target.others()).singleElement().satisfies(o -> {
                assertThat(o.application()).isEqualTo("analyst notebook");
                assertThat(o.user()).isEqualTo(DB.settings().user());
                assertThat(o.endable()).isTrue();
            });
            assertThatThrownBy(() -> rs.prepare(RestoreRequest.of(backup), c, Confirmation.assumedYes(DB.name())))
                    .isInstanceOf(OtherSessions.Refusal.class)
                    .hasMessageStartingWith("1 other session is connected to " + DB.name() + " (" + DB.settings().user()
                            + " from ")
                    .hasMessageContaining("'analyst notebook', idle, connected since ")
                    .hasMessageContaining("--end-sessions")
                    .hasMessageEndingWith("nothing was changed.");
            assertThat(alive(other)).isTrue();
        }
        assertThat(Fixtures.checksums(DB.settings())).isEqualTo(before);
    }

    @Test
    @Proves(value = Reliability.RESTORE_WHILE_CONNECTED, how = "A session idle in a transaction holding a lock on"
            + " the target (which would stall the restore for ever) is ended when the request asks for it, and the"
            + " restore then replaces the data with the backup's.")
    void endingTheOtherSessionsFirstLetsTheRestoreThrough() throws Exception {
        freshTarget();
        try (Connection other = client("psql"); Services s = Services.connect(DB.settings())) {
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) {
                st.execute("LOCK TABLE strategies IN ACCESS SHARE MODE");
            }
            RestoreService rs = new RestoreService(s.database(), Fixtures.systemTools());
            DumpContents c = rs.inspect(backup);
            RestoreJob job = rs.prepare(RestoreRequest.of(backup).withEndSessions(true), c,
                    Confirmation.assumedYes(DB.name()));
            assertThat(alive(other)).as("prepare ends nothing; the job does when it starts").isTrue();
            var run = java.util.concurrent.CompletableFuture.supplyAsync(job::run);
            try {
                run.get(120, java.util.concurrent.TimeUnit.SECONDS); // left waiting on the lock it would never end
            } finally {
                job.cancel();
            }
            assertThat(alive(other)).as("the other session was ended").isFalse();
        }
        assertThat(Fixtures.checksums(DB.settings())).isEqualTo(source);
    }

    @Test
    @Proves(value = Reliability.RESTORE_WHILE_CONNECTED, how = "The app's own extra pooled connections, heartbeat and"
            + " side connection never count as other clients, while a second AURELIUS Admin (its own pool) does.")
    void theAppsOwnConnectionsDoNotCountButASecondClientDoes() throws Exception {
        freshTarget();
        try (Services s = Services.connect(DB.settings());
             Connection pooled = s.database().dataSource().getConnection();
             Connection pooledToo = s.database().dataSource().getConnection();
             var heartbeat = s.database().heartbeat();
             Database side = s.database().sibling(DB.name())) {
            assertThat(heartbeat.beat()).isTrue();
            side.withConnection(c -> c.isValid(1));
            RestoreService rs = new RestoreService(s.database(), Fixtures.systemTools());
            assertThat(rs.target(RestoreRequest.of(backup)).others()).isEmpty();
            assertThat(alive(pooled) && alive(pooledToo)).isTrue();

            try (Services second = Services.connect(DB.settings());
                 Connection held = second.database().dataSource().getConnection()) {
                assertThat(alive(held)).isTrue();
                assertThat(rs.target(RestoreRequest.of(backup)).others()).singleElement()
                        .satisfies(o -> assertThat(o.application()).isEqualTo(second.database().applicationName())
                                .startsWith("aurelius-admin #"));
                assertThat(second.schema().otherSessions()).as("the first client is the second's other")
                        .isNotEmpty();
            }
            DumpContents c = rs.inspect(backup);
            rs.prepare(RestoreRequest.of(backup), c, Confirmation.assumedYes(DB.name())).run();
        }
        assertThat(Fixtures.checksums(DB.settings())).isEqualTo(source);
    }

    @Test
    @Proves(value = Reliability.RESTORE_WHILE_CONNECTED, how = "A role that is not superuser asked to end a"
            + " superuser's session is refused with a sentence saying whose sessions it may end, and nothing is"
            + " ended; its own role's sessions it may end.")
    void aRoleMayEndOnlySessionsItHasThePrivilegesOf() throws Exception {
        String role = Fixtures.newName("aat_rwc_role");
        TestServer.adminSql("CREATE ROLE " + role + " LOGIN PASSWORD 'pw-" + role + "'");
        try {
            ConnectionSettings s = DB.settings().withCredentials(role, "pw-" + role);
            try (Connection admin = client("admin console"); Database asRole = Database.open(s)) {
                OtherSessions sessions = new OtherSessions(asRole);
                assertThatThrownBy(() -> sessions.clear(DB.name(), OtherSessions.Policy.END, "restoring"))
                        .isInstanceOf(OtherSessions.Refusal.class)
                        .hasMessageStartingWith("Role '" + role + "' may end only sessions of roles whose privileges"
                                + " it has")
                        .hasMessageContaining("'admin console'")
                        .hasMessageContaining("connect as a superuser");
                assertThat(alive(admin)).isTrue();
            }
            try (Database mine = Database.open(s); Database asRole = Database.open(s);
                 Connection held = mine.dataSource().getConnection()) {
                new OtherSessions(asRole).clear(DB.name(), OtherSessions.Policy.END, "restoring");
                assertThat(alive(held)).as("a session of its own role was ended").isFalse();
            }
        } finally {
            TestServer.adminSql("DROP ROLE IF EXISTS " + role);
        }
    }

    @Test
    @Proves(value = Reliability.RESTORE_WHILE_CONNECTED, how = "`restore --yes` over a database another session is"
            + " connected to exits 1 with the sentence naming it; `--end-sessions` ends it and restores.")
    void theCommandLineRefusesOrEndsTheSessionsWhenAsked() throws Exception {
        TreeMap<String, String> before = freshTarget();
        try (Connection other = client("DBeaver")) {
            StringWriter err = new StringWriter();
            assertThat(restore(err, backup.toString(), "--yes")).isEqualTo(1);
            assertThat(err.toString()).contains("1 other session is connected to " + DB.name())
                    .contains("'DBeaver'").contains("--end-sessions").doesNotContain(DB.settings().password());
            assertThat(Fixtures.checksums(DB.settings())).isEqualTo(before);
            assertThat(alive(other)).isTrue();

            assertThat(restore(new StringWriter(), backup.toString(), "--yes", "--end-sessions")).isEqualTo(0);
            assertThat(alive(other)).isFalse();
        }
        assertThat(Fixtures.checksums(DB.settings())).isEqualTo(source);
    }

    private static int restore(StringWriter err, String... args) {
        ConnectionSettings s = DB.settings();
        SettingsResolver resolver = new SettingsResolver(Map.of("DB_HOST", s.host(), "DB_PORT",
                Integer.toString(s.port()), "DB_NAME", s.database(), "DB_USER", s.user(), "DB_PASSWORD",
                s.password()), dir, dir);
        Console console = new Console() {
            @Override
            public boolean interactive() {
                return false;
            }

            @Override
            public String ask(String prompt) {
                return null;
            }
        };
        CommandLine cl = new CommandLine(new RestoreCommand(console, resolver));
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, line, pr) -> {
            if (ex instanceof DatabaseException) {
                err.write(ex.getMessage());
                return 1;
            }
            throw ex;
        });
        return cl.execute(args);
    }
}
