package io.aurelius.admin.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.db.DatabaseException;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The screens' reads run in transactions the server itself keeps read-only: a write smuggled through the read
 * path is refused by PostgreSQL (not by the client) and changes nothing; a read-only profile makes every
 * session of the connection read-only at the server. (PostgreSQL lets a transaction's first statement say SET
 * TRANSACTION READ WRITE, so this guards against the client's own statements, which only ever bind user text as
 * parameters; it is no sandbox for arbitrary SQL.)
 */
class ReadOnlyBrowsingTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();
    private static Services services;

    @BeforeAll
    static void open() throws Exception {
        services = Services.connect(DB.settings());
        services.schema().init();
        DB.sql(BrowseData.sql(20, "jsonb"));
    }

    @AfterAll
    static void close() {
        services.close();
    }

    @Test
    @Proves(value = Reliability.READ_ONLY_BROWSING, how = "The server itself reports transaction_read_only = on "
            + "inside the screens' read path.")
    void theServerSaysTheReadPathsTransactionIsReadOnly() {
        String setting = ReadOnlyJdbc.read(services.database(), c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SHOW transaction_read_only")) {
                rs.next();
                return rs.getString(1);
            }
        });
        assertThat(setting).isEqualTo("on");
    }

    @Test
    @Proves(value = Reliability.READ_ONLY_BROWSING, how = "DELETE, UPDATE, CREATE TABLE and DELETE … RETURNING "
            + "sent through the read path are refused by PostgreSQL and change nothing.")
    void aWriteThroughTheReadPathIsRefusedByTheServerAndChangesNothing() throws Exception {
        for (String write : new String[] {"DELETE FROM strategies", "UPDATE strategies SET name = 'x'",
                "CREATE TABLE sneaky (x int)"}) {
            assertThatThrownBy(() -> ReadOnlyJdbc.read(services.database(), c -> {
                try (Statement st = c.createStatement()) {
                    return st.execute(write);
                }
            })).as(write).isInstanceOf(DatabaseException.class).hasMessageContaining("read-only");
        }
        assertThatThrownBy(() -> services.database().read(s -> s.createNativeQuery(
                "DELETE FROM backtests RETURNING id", String.class).getResultList())).hasMessageContaining("read-only");
        assertThat(count("SELECT count(*) FROM strategies")).isEqualTo(20);
        assertThat(count("SELECT count(*) FROM pg_class WHERE relname = 'sneaky'")).isZero();
        assertThat(services.browser().page(StrategyFilter.none(), SortOrder.newestFirst(), 50, null, true).rows())
                .as("the pooled connection reads on afterwards").hasSize(20);
    }

    @Test
    @Proves(value = Reliability.READ_ONLY_BROWSING, how = "A write through a read-only profile's connection is "
            + "refused by the server.")
    void aReadOnlyProfileMakesEverySessionReadOnlyAtTheServer() throws Exception {
        ConnectionSettings s = DB.settings();
        ConnectionSettings ro = new ConnectionSettings(s.host(), s.port(), s.database(), s.user(), s.password(),
                null, false, 2, true, s.sources());
        try (Services readOnly = Services.connect(ro)) {
            assertThatThrownBy(() -> readOnly.database().withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    return st.executeUpdate("DELETE FROM strategies");
                }
            })).isInstanceOf(DatabaseException.class).hasMessageContaining("read-only");
        }
        assertThat(count("SELECT count(*) FROM strategies")).isEqualTo(20);
    }

    private static long count(String sql) throws Exception {
        try (var c = DB.connect(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
