package io.aurelius.admin.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.config.SettingsException;
import io.aurelius.admin.db.SchemaReport;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.ui.common.ConnectionState.Phase;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectionStateTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    private ConnectionState state;

    @AfterEach
    void close() {
        if (state != null) {
            state.close();
        }
    }

    @Test
    void connectsAndLearnsTheServerAndTheSchema() {
        state = new ConnectionState(new FixedConnector(DB.settings()), new DirectTaskRunner());

        state.connect();

        assertThat(state.phaseProperty().get()).isEqualTo(Phase.CONNECTED);
        assertThat(state.settingsProperty().get().describe()).isEqualTo(DB.settings().describe());
        assertThat(state.serverProperty().get().database()).isEqualTo(DB.name());
        assertThat(state.schemaProperty().get().state()).isEqualTo(SchemaReport.State.EMPTY);
        assertThat(state.failureProperty().get()).isNull();
    }

    @Test
    void aFailedConnectKeepsTheSentenceAndARetryCanSucceed() {
        ConnectionSettings s = DB.settings();
        ConnectionSettings closedPort = new ConnectionSettings(s.host(), 1, s.database(), s.user(), s.password(),
                s.sslmode(), false, 2, false, s.sources());
        Connector[] target = {new FixedConnector(closedPort)};
        Connector switching = new Connector() {
            @Override
            public ConnectionSettings resolve() {
                return target[0].resolve();
            }

            @Override
            public Services connect(ConnectionSettings settings, Consumer<String> say) {
                return target[0].connect(settings, say);
            }
        };
        state = new ConnectionState(switching, new DirectTaskRunner());

        state.connect();

        assertThat(state.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(state.failureProperty().get().getMessage()).contains(DB.settings().host() + ":1").doesNotContain("Exception");
        assertThat(state.servicesProperty().get()).isNull();

        target[0] = new FixedConnector(DB.settings());
        state.connect();

        assertThat(state.phaseProperty().get()).isEqualTo(Phase.CONNECTED);
        assertThat(state.failureProperty().get()).isNull();
    }

    @Test
    void settingsThatCannotBeResolvedFailWithTheirSentence() {
        state = new ConnectionState(new Connector() {
            @Override
            public ConnectionSettings resolve() {
                throw new SettingsException("The port 'abc' from DB_PORT is not a number.");
            }

            @Override
            public Services connect(ConnectionSettings settings, Consumer<String> say) {
                throw new AssertionError("never reached");
            }
        }, new DirectTaskRunner());

        state.connect();

        assertThat(state.phaseProperty().get()).isEqualTo(Phase.FAILED);
        assertThat(state.settingsProperty().get()).isNull();
        assertThat(Messages.sentence(state.failureProperty().get())).isEqualTo("The port 'abc' from DB_PORT is not a number.");
    }

    @Test
    void reconnectingReplacesTheServices() {
        FixedConnector connector = new FixedConnector(DB.settings());
        state = new ConnectionState(connector, new DirectTaskRunner());
        state.connect();
        var first = state.services();

        state.connect();

        assertThat(state.services()).isNotSameAs(first);
        assertThat(connector.connects()).isEqualTo(2);
        assertThat(state.phaseProperty().get()).isEqualTo(Phase.CONNECTED);
    }
}
