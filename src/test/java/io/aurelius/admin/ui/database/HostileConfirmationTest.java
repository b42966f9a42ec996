package io.aurelius.admin.ui.database;

import static io.aurelius.admin.testing.Sentences.assertOneSentence;
import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.Services;
import io.aurelius.admin.demo.DemoData;
import io.aurelius.admin.demo.DemoSpec;
import io.aurelius.admin.demo.Progress;
import io.aurelius.admin.testing.DataChecksum;
import io.aurelius.admin.testing.FreshDatabase;
import io.aurelius.admin.testing.HostileStrings;
import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import io.aurelius.admin.ui.common.ConnectionState;
import io.aurelius.admin.ui.common.DirectTaskRunner;
import io.aurelius.admin.ui.common.Tone;
import io.aurelius.admin.ui.testing.FakeDialogs;
import io.aurelius.admin.ui.testing.FixedConnector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each hostile string typed into the Database screen's confirmation for Drop and Reset: refused in one sentence,
 * before anything runs (not even the offered backup), and the tables and rows stay exactly as they were.
 */
@Proves(value = Reliability.HOSTILE_TEXT, how = "Types each hostile string as the confirmation of Drop and Reset"
        + " on demo data with 'back up first' ticked, and checks the one-sentence refusal, that no backup ran and an"
        + " unchanged MD5 of the four tables.")
class HostileConfirmationTest {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path dir;

    private static Map<String, String> before;
    private ConnectionState connection;

    @BeforeAll
    static void data() throws Exception {
        try (Services s = Services.connect(DB.settings())) {
            s.schema().init();
            new DemoData(s.database()).generate(DemoSpec.of(20).withSeed(3).withBacktests(1, 10, false),
                    Progress.NONE, () -> false);
        }
        try (Connection c = DB.connect()) {
            before = DataChecksum.of(c);
        }
    }

    @AfterEach
    void close() {
        connection.close();
    }

    @ParameterizedTest(name = "typed: {0}")
    @MethodSource("io.aurelius.admin.testing.HostileStrings#arguments")
    void aHostileConfirmationChangesNothingAndRunsNothing(String label, String text) throws Exception {
        DirectTaskRunner runner = new DirectTaskRunner();
        connection = new ConnectionState(new FixedConnector(DB.settings()), runner);
        FakeDialogs dialogs = new FakeDialogs().answering(text).backingUpFirst(true);
        Path folder = dir.resolve("safety");
        DatabaseViewModel vm = new DatabaseViewModel(connection, runner, dialogs, () -> folder);
        connection.connect();

        vm.drop();
        assertThat(vm.messageToneProperty().get()).as(label).isEqualTo(Tone.ERROR);
        assertOneSentence(vm.messageProperty().get(), text);
        assertThat(vm.messageProperty().get()).as(label).startsWith("The name typed does not match");

        vm.reset();
        assertThat(vm.messageToneProperty().get()).as(label).isEqualTo(Tone.ERROR);
        assertOneSentence(vm.messageProperty().get(), text);

        assertThat(dialogs.asked()).as(label).hasSize(2);
        assertThat(dialogs.errors()).as(label).allSatisfy(e -> assertThat(e.error().getMessage())
                .startsWith("The name typed does not match"));
        if (Files.exists(folder)) {
            try (Stream<Path> files = Files.list(folder)) {
                assertThat(files).as("no backup runs before the typed name is checked").isEmpty();
            }
        }
        try (Connection c = DB.connect()) {
            assertThat(DataChecksum.of(c)).as(label).isEqualTo(before);
        }
    }
}
