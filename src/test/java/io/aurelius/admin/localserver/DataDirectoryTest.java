package io.aurelius.admin.localserver;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DataDirectoryTest {

    private Path dir;

    @BeforeEach
    void setUp() throws IOException {
        dir = TempDirs.create("aurelius-datadir-");
    }

    @AfterEach
    void tearDown() throws IOException {
        TempDirs.delete(dir);
    }

    @Test
    void settingsAreIncludedOnceAndRewrittenEachStart() throws IOException {
        Files.writeString(dir.resolve("postgresql.conf"), "max_connections = 100");
        DataDirectory data = new DataDirectory(dir);
        data.writeSettings(54321, Path.of("/tmp/it's here"), ServerAccount.currentUser());
        data.writeSettings(54322, null, ServerAccount.currentUser());

        String conf = Files.readString(dir.resolve("postgresql.conf"));
        assertThat(conf).startsWith("max_connections = 100\n");
        assertThat(conf.split("include_if_exists = 'aurelius-admin.conf'", -1)).hasSize(2);
        String ours = Files.readString(dir.resolve(DataDirectory.SETTINGS_FILE));
        assertThat(ours).contains("listen_addresses = '127.0.0.1'\n", "port = 54322\n",
                "unix_socket_directories = ''\n");
        assertThat(data.configuredPort()).hasValue(54322);
        assertThat(DataDirectory.quote("C:\\it's")).isEqualTo("C:\\\\it''s");
    }

    @Test
    void aStalePidFileMeansNotRunning() throws Exception {
        Process p = new ProcessBuilder(ServerBinaries.windows() ? "cmd" : "true").start();
        p.waitFor();
        Files.writeString(dir.resolve("postmaster.pid"), p.pid() + "\n" + dir + "\n1700000000\n54321\n/tmp\n"
                + "127.0.0.1\n  1234  5678\nready   \n");
        assertThat(new DataDirectory(dir).postmaster()).isEmpty();
        Files.writeString(dir.resolve("postmaster.pid"), "garbage\n");
        assertThat(new DataDirectory(dir).postmaster()).isEmpty();
    }

    @Test
    void versionFromPgVersion() throws IOException {
        DataDirectory data = new DataDirectory(dir);
        assertThat(data.initialised()).isFalse();
        Files.writeString(dir.resolve("PG_VERSION"), "16\n");
        assertThat(data.initialised()).isTrue();
        assertThat(data.major()).isEqualTo(16);
        assertThat(data.majorText()).isEqualTo("16");
    }
}
