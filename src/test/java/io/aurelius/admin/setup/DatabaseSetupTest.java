package io.aurelius.admin.setup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.PgPass;
import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.setup.SetupStep.Outcome;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.testing.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The first-run setup against a real server: role, defaults, database, grants, schema; idempotent. */
class DatabaseSetupTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final String role = "setup_role_" + suffix;
    private final String database = "setup_db_" + suffix;

    @AfterEach
    void cleanUp() throws Exception {
        TestServer.adminSql("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        TestServer.adminSql("DROP ROLE IF EXISTS " + role);
    }

    @Test
    void createsEverythingThenRecognisesItAllAsDone() throws Exception {
        DatabaseSetup setup = new DatabaseSetup(DB.settings());
        char[] password = "Pw-with:colon\\and'quote".toCharArray();
        DatabaseSetup.Plan plan = DatabaseSetup.Plan.everything(role, password, database);
        List<SetupStep> seen = new ArrayList<>();

        List<SetupStep> first = setup.run(plan, seen::add);

        assertThat(first).extracting(SetupStep::outcome).containsOnly(Outcome.DONE);
        assertThat(first).hasSize(5);
        assertThat(seen).isEqualTo(first);
        try (Connection c = DB.connect()) {
            ResultSet rs = c.createStatement().executeQuery("SELECT rolcanlogin, rolpassword LIKE 'SCRAM-SHA-256$%'"
                    + " FROM pg_authid WHERE rolname = '" + role + "'");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(1)).isTrue();
            assertThat(rs.getBoolean(2)).isTrue();
            rs = c.createStatement().executeQuery("SELECT array_to_string(setconfig, ',') FROM pg_db_role_setting s"
                    + " JOIN pg_roles r ON r.oid = s.setrole WHERE r.rolname = '" + role + "' AND setdatabase = 0");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).contains("client_encoding=utf8", "default_transaction_isolation=read committed",
                    "default_transaction_deferrable=on", "TimeZone=UTC");
            rs = c.createStatement().executeQuery("SELECT pg_get_userbyid(datdba), pg_encoding_to_char(encoding)"
                    + " FROM pg_database WHERE datname = '" + database + "'");
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(role);
            assertThat(rs.getString(2)).isEqualTo("UTF8");
        }
        try (Services app = Services.connect(setup.appSettings(plan))) {
            assertThat(app.database().serverInfo().user()).isEqualTo(role);
            assertThat(app.schema().inspect().state()).isEqualTo(SchemaReport.State.MANAGED);
        }

        List<SetupStep> again = setup.run(plan, s -> { });
        assertThat(again).extracting(SetupStep::outcome).containsExactly(Outcome.ALREADY_DONE, Outcome.ALREADY_DONE,
                Outcome.ALREADY_DONE, Outcome.DONE, Outcome.ALREADY_DONE);
    }

    @Test
    void aFailingStepStopsTheRunAndKeepsWhatWasDone() throws Exception {
        TestServer.adminSql("CREATE DATABASE " + database);
        DatabaseSetup setup = new DatabaseSetup(DB.settings());
        DatabaseSetup.Plan plan = new DatabaseSetup.Plan(role, null, database, true, true, true);

        List<SetupStep> steps = setup.run(plan, s -> { });

        assertThat(steps).singleElement().satisfies(s -> {
            assertThat(s.outcome()).isEqualTo(Outcome.FAILED);
            assertThat(s.detail()).contains("no password");
        });
        try (Connection c = DB.connect()) {
            assertThat(c.createStatement().executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database
                    + "'").next()).isTrue();
        }
    }

    @Test
    @Proves(value = Reliability.HOSTILE_TEXT, how = "Role and database names for the setup with a leading dash or "
            + "`\"; DROP TABLE x; --` are refused when the plan is made, before any SQL.")
    void namesAreValidated() {
        assertThatThrownBy(() -> DatabaseSetup.Plan.everything("-bad", "x".toCharArray(), "aurelius"))
                .hasMessageContaining("must start with a letter");
        assertThatThrownBy(() -> DatabaseSetup.Plan.everything("ok", "x".toCharArray(), "a\"; DROP TABLE x; --"))
                .hasMessageContaining("may only hold");
        assertThat(Identifiers.quote("aurelius-dev")).isEqualTo("\"aurelius-dev\"");
    }

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "The password file is written with mode 0600, keeping its "
            + "other lines.")
    void pgpassIsWrittenPrivatelyKeepingOtherLines(@TempDir Path dir) throws Exception {
        Path file = dir.resolve(".pgpass");
        Files.writeString(file, "# mine\nother:5432:*:someone:keep\nlocalhost:5432:aurelius:aurelius:old\n");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));

        PgPass.save(file, "localhost", 5432, "aurelius", "aurelius", "new:pw\\x");

        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
        assertThat(Files.readAllLines(file)).containsExactly("# mine", "other:5432:*:someone:keep",
                "localhost:5432:aurelius:aurelius:new\\:pw\\\\x");
        assertThat(PgPass.lookup(file, "localhost", 5432, "aurelius", "aurelius")).contains("new:pw\\x");

        Path fresh = dir.resolve("sub/.pgpass");
        PgPass.save(fresh, "h", 1, "d", "u", "p");
        assertThat(Files.getPosixFilePermissions(fresh)).isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
}
