package io.aurelius.admin.ui.database;

import io.aurelius.admin.testing.OtherClients;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DialogService;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.OthersQuestion;
import io.aurelius.admin.ui.common.TypedConfirmation;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.testing.FixedConnector;
import io.aurelius.admin.ui.testing.Schemas;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Database screen's Drop and Reset: disabled on a read-only profile; Reset with a wrong name changes nothing;
 * with another client connected, the screen lists its session and asks first (End them / Cancel).
 */
class DestructiveButtonsTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private final FakeDialogs typed = new FakeDialogs();
    private final Choosing dialogs = new Choosing(typed);
    private final DirectTaskRunner runner = new DirectTaskRunner();
    private ConnectionState connection;
    private DatabaseViewModel vm;

    @BeforeEach
    void connect() throws SQLException {
        Schemas.empty(DB);
        connection = new ConnectionState(new FixedConnector(DB.settings()), runner);
        vm = new DatabaseViewModel(connection, runner, dialogs);
        connection.connect();
        vm.init();
        Schemas.oneStrategy(DB);
        vm.refresh();
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "On a read-only profile the Database screen's Drop, Reset"
            + " and Init are disabled, while on a writable one Drop and Reset are enabled.")
    void aReadOnlyProfileDisablesDropAndReset() {
        assertThat(vm.canDropProperty().get()).isTrue();
        assertThat(vm.canResetProperty().get()).isTrue();
        ConnectionSettings s = DB.settings();
        ConnectionSettings ro = new ConnectionSettings(s.host(), s.port(), s.database(), s.user(), s.password(), null,
                false, s.poolSize(), true, s.sources());
        ConnectionState readOnly = new ConnectionState(new FixedConnector(ro), runner);
        try {
            DatabaseViewModel roVm = new DatabaseViewModel(readOnly, runner, typed);
            readOnly.connect();
            assertThat(roVm.idleProperty().get()).isTrue();
            assertThat(roVm.schema().tables()).as("the schema shows, only the changes are off").isNotEmpty();
            assertThat(roVm.canDropProperty().get()).isFalse();
            assertThat(roVm.canResetProperty().get()).isFalse();
            assertThat(roVm.canInitProperty().get()).isFalse();
        } finally {
            readOnly.close();
        }
    }

    @Test
    @Proves(value = Reliability.DESTRUCTIVE_GUARDED, how = "Reset on the Database screen with a wrong name typed"
            + " shows why and leaves the row and the schema as they were.")
    void resetWithAWrongNameChangesNothing() {
        typed.answering("aurelius");

        vm.reset();

        assertThat(typed.asked()).singleElement().satisfies(q -> assertThat(q.expected()).isEqualTo(DB.name()));
        assertThat(vm.messageProperty().get()).startsWith("The name typed does not match the database '" + DB.name()
                + "'; nothing was changed.");
        assertThat(vm.schema().tables()).filteredOn(t -> t.table().equals("strategies"))
                .singleElement().satisfies(t -> assertThat(t.rows()).isEqualTo(1));
    }

    @Test
    @Proves(value = Reliability.RESTORE_WHILE_CONNECTED, how = "Drop on the Database screen with a psql session"
            + " connected first lists that session and asks; Cancel changes nothing and leaves it connected.")
    void anotherClientConnectedIsListedAndCancelChangesNothing() throws Exception {
        try (Connection other = client("psql")) {
            dialogs.choosing(null);
            typed.answering(DB.name());

            vm.drop();

            assertThat(dialogs.questions).singleElement().satisfies(q -> assertThat(q)
                    .startsWith("1 other session is connected to " + DB.name() + ":")
                    .contains("'psql', idle, connected since ").contains("then drop the tables?"));
            assertThat(typed.asked()).as("no typed confirmation after Cancel").isEmpty();
            assertThat(vm.messageProperty().get()).isEqualTo("Cancelled; nothing was changed.");
            assertThat(vm.schema().tables()).hasSize(4);
            assertThat(alive(other)).isTrue();
        }
    }

    @Test
    @Proves(value = Reliability.RESTORE_WHILE_CONNECTED, how = "Reset on the Database screen with a session idle in"
            + " a transaction on the table (which would block the drop) ends it when the user chooses so, then resets.")
    void choosingToEndTheOtherSessionsResets() throws Exception {
        try (Connection other = client("psql")) {
            other.setAutoCommit(false);
            try (Statement st = other.createStatement()) {
                st.execute("SELECT count(*) FROM strategies");
            }
            dialogs.choosing(OthersQuestion.answer(1, "reset the schema"));
            typed.answering(DB.name());

            vm.reset();

            assertThat(dialogs.questions).hasSize(1);
            assertThat(vm.messageProperty().get()).startsWith("Dropped gate_results");
            assertThat(vm.schema().tables()).allSatisfy(t -> assertThat(t.rows()).isZero());
            assertThat(alive(other)).isFalse();
        }
    }

    private static Connection client(String name) throws SQLException {
        return OtherClients.connect(DB.settings(), name);
    }

    private static boolean alive(Connection c) {
        return OtherClients.alive(c);
    }

    /** FakeDialogs plus an answer to {@link DialogService#choose}; records the questions asked. */
    private static final class Choosing implements DialogService {
        private final FakeDialogs typed;
        private final List<String> questions = new ArrayList<>();
        private String choice;

        Choosing(FakeDialogs typed) {
            this.typed = typed;
        }

        void choosing(String answer) {
            this.choice = answer;
        }

        @Override
        public Optional<String> choose(String title, String question, List<String> answers) {
            questions.add(question);
            return Optional.ofNullable(choice).filter(answers::contains);
        }

        @Override
        public void showError(String title, Throwable error) {
            typed.showError(title, error);
        }

        @Override
        public Optional<TypedConfirmation.Answer> askTyped(TypedConfirmation request) {
            return typed.askTyped(request);
        }
    }
}
