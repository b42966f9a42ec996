package io.aurelius.admin.localserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.db.DatabaseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Which binaries a server would use, and the sentences when none fit; nothing is started. */
class ChoosingBinariesTest {

    private Path home;

    @BeforeEach
    void setUp() throws IOException {
        home = TempDirs.create("aurelius-choose-");
    }

    @AfterEach
    void tearDown() throws IOException {
        TempDirs.delete(home);
    }

    @Test
    void aNewServerTakesTheNewestSupportedMajor() {
        LocalServer ls = new LocalServer(home, List.of(source(bin(15), bin(17), bin(11), bin(16))));
        assertThat(ls.findBinaries()).get().extracting(ServerBinaries::major).isEqualTo(17);
    }

    @Test
    void anExistingClusterKeepsItsMajor() throws IOException {
        cluster("15");
        LocalServer ls = new LocalServer(home, List.of(source(bin(16), bin(15), bin(17))));
        assertThat(ls.findBinaries()).get().extracting(ServerBinaries::major).isEqualTo(15);
    }

    @Test
    void noBinariesSaysWhatToInstall() {
        LocalServer ls = new LocalServer(home, List.of(source()));
        assertThat(ls.findBinaries()).isEmpty();
        assertThatThrownBy(ls::start).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("No PostgreSQL server binaries found (looked in /fake/*/bin):")
                .hasMessageContaining("install PostgreSQL (")
                .hasMessageContaining("build the app with mvn package and keep the folder pg-binaries/ it makes"
                        + " beside aurelius-admin.jar")
                .hasMessageEndingWith("or point DB_HOST at a server.");
    }

    @Test
    void tooOldBinariesAreNamed() {
        LocalServer ls = new LocalServer(home, List.of(source(bin(11))));
        assertThat(ls.findBinaries()).isEmpty();
        assertThatThrownBy(ls::start).isInstanceOf(DatabaseException.class)
                .hasMessageStartingWith("No PostgreSQL server binaries of version 12 or newer found (only"
                        + " PostgreSQL 11.1 (/fake/11/bin);");
    }

    @Test
    void aChangedMajorIsExplainedAndNothingIsTouched() throws IOException {
        cluster("15");
        List<Integer> fetched = new ArrayList<>();
        BinarySource downloads = new BinarySource() {
            @Override
            public List<ServerBinaries> available() {
                return List.of();
            }

            @Override
            public String lookedIn() {
                return "downloads";
            }

            @Override
            public Optional<ServerBinaries> fetch(int major) {
                fetched.add(major);
                return Optional.empty();
            }
        };
        LocalServer ls = new LocalServer(home, List.of(source(bin(16)), downloads));
        assertThatThrownBy(ls::start).isInstanceOf(DatabaseException.class)
                .hasMessage("The private server's data in " + home.resolve("data") + " was made by PostgreSQL 15,"
                        + " but the server binaries found are PostgreSQL 16.1 (/fake/16/bin): install PostgreSQL 15,"
                        + " or move the folder " + home + " aside to start a new, empty server.");
        assertThat(fetched).as("the download seam is asked for the cluster's major").containsExactly(15);
        assertThat(Files.readString(home.resolve("data/PG_VERSION"))).isEqualTo("15\n");
        assertThat(home.resolve("data/" + DataDirectory.SETTINGS_FILE)).doesNotExist();
    }

    @Test
    void aForeignFolderIsNotOverwritten() throws IOException {
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data/notes.txt"), "mine");
        LocalServer ls = new LocalServer(home, List.of(source(bin(16))));
        assertThatThrownBy(ls::start).isInstanceOf(DatabaseException.class)
                .hasMessage("The folder " + home.resolve("data") + " is neither empty nor a PostgreSQL data"
                        + " directory: move it aside so the app can create its private server there.");
    }

    @Test
    void statusOfANewHome() {
        LocalServer.Status st = new LocalServer(home, List.of(source())).status();
        assertThat(st.initialised()).isFalse();
        assertThat(st.running()).isFalse();
        assertThat(st.port()).isZero();
        assertThat(st.version()).isEmpty();
        assertThat(st.summary()).isEqualTo("No private PostgreSQL server yet; starting one creates it in "
                + home.resolve("data") + ".");
    }

    private void cluster(String major) throws IOException {
        Files.createDirectories(home.resolve("data"));
        Files.writeString(home.resolve("data/PG_VERSION"), major + "\n");
        Files.writeString(home.resolve("data/postgresql.conf"), "# fake\n");
        Files.writeString(home.resolve("password"), "secret\n");
    }

    private static ServerBinaries bin(int major) {
        return new ServerBinaries(Path.of("/fake/" + major + "/bin"), major, major + ".1", "test");
    }

    private static BinarySource source(ServerBinaries... found) {
        return new BinarySource() {
            @Override
            public List<ServerBinaries> available() {
                return List.of(found);
            }

            @Override
            public String lookedIn() {
                return "/fake/*/bin";
            }
        };
    }
}
