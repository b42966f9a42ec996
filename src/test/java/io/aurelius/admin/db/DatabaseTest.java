package io.aurelius.admin.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatabaseTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static Database db;

    @BeforeAll
    static void open() {
        db = Database.open(DB.settings());
        new SchemaManager(db).init();
    }

    @AfterAll
    static void close() {
        db.close();
    }

    @Test
    void serverInfoDescribesTheServer() {
        ServerInfo info = db.serverInfo();
        assertThat(info.product()).isEqualTo("PostgreSQL");
        assertThat(info.majorVersion()).isGreaterThanOrEqualTo(12);
        assertThat(info.database()).isEqualTo(DB.name());
        assertThat(info.roundTripMillis()).isPositive();
    }

    @Test
    @Proves(value = Reliability.READ_ONLY_BROWSING, how = "An INSERT inside a read transaction is refused by the "
            + "server; the pooled connection writes again afterwards.")
    void readTransactionsAreReadOnly() {
        assertThatThrownBy(() -> db.read(s -> s.doReturningWork(c -> c.createStatement().executeUpdate(
                "INSERT INTO strategies VALUES ('x', 'x', NULL, 't', 1, '{}', now(), now(), 'active')"))))
                .hasStackTraceContaining("read-only transaction");
        // the connection went back to the pool writable
        int inserted = db.write(s -> s.createNativeMutationQuery(
                "INSERT INTO strategies VALUES ('y', 'y', NULL, 't', 1, '{}', now(), now(), 'active')")
                .executeUpdate());
        assertThat(inserted).isEqualTo(1);
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "A confirmed drop through a read-only profile is "
            + "refused and the schema stays.")
    void aReadOnlyProfileIsRefusedWritesByTheServer() {
        ConnectionSettings s = DB.settings();
        ConnectionSettings ro = new ConnectionSettings(s.host(), s.port(), s.database(), s.user(), s.password(),
                null, false, 2, true, s.sources());
        try (Database readOnly = Database.open(ro)) {
            assertThat(readOnly.serverInfo().readOnly()).isTrue();
            assertThatThrownBy(() -> new SchemaManager(readOnly).drop(Confirmation.assumedYes(DB.name())))
                    .isInstanceOf(DatabaseException.class).hasMessageContaining("read-only");
        }
        assertThat(new SchemaManager(db).inspect().state()).isEqualTo(SchemaReport.State.MANAGED);
    }

    @Test
    void everyStatementIsCounted() {
        long before = db.statementCount();
        db.withConnection(c -> c.createStatement().execute("SELECT 1"));
        db.read(s -> s.createNativeQuery("SELECT 2", Integer.class).getSingleResult());
        assertThat(db.statementCount() - before).isEqualTo(2);
    }
}
