package io.aurelius.admin.localserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Discovery over a fake file-system tree whose {@code pg_ctl} scripts print a version. */
class InstalledBinariesTest {

    private Path root;

    @BeforeEach
    void setUp() throws IOException {
        assumeTrue(!ServerBinaries.windows(), "the fake programs are shell scripts");
        root = TempDirs.create("aurelius-binaries-");
    }

    @AfterEach
    void tearDown() throws IOException {
        TempDirs.delete(root);
    }

    @Test
    void findsEveryCommonLayoutNewestFirst() throws IOException {
        fake("usr/lib/postgresql/15/bin", "15.4 (Debian 15.4-1.pgdg120+1)");
        fake("usr/lib/postgresql/16/bin", "16.2 (Ubuntu 16.2-1)");
        fake("usr/pgsql-14/bin", "14.11");
        fake("usr/local/pgsql/bin", "13.14");
        fake("opt/homebrew/opt/postgresql@17/bin", "17.0 (Homebrew)");
        fake("usr/local/opt/postgresql@12/bin", "12.18");
        fake("Applications/Postgres.app/Contents/Versions/18/bin", "18beta1");
        fake("Library/PostgreSQL/11/bin", "11.22");
        Path onPath = fake("somewhere/else/bin", "16.9");

        List<ServerBinaries> found = discover(onPath.toString());

        assertThat(found).extracting(ServerBinaries::major).containsExactly(18, 17, 16, 16, 15, 14, 13, 12, 11);
        assertThat(found).extracting(ServerBinaries::version)
                .containsExactly("18beta1", "17.0", "16.2", "16.9", "15.4", "14.11", "13.14", "12.18", "11.22");
        assertThat(found.get(2).binDir()).isEqualTo(root.resolve("usr/lib/postgresql/16/bin"));
        assertThat(found.get(2).origin()).isEqualTo("installed");
        assertThat(found.get(3).origin()).isEqualTo("PATH");
        assertThat(found.get(2).pgCtl()).isEqualTo(root.resolve("usr/lib/postgresql/16/bin/pg_ctl"));
    }

    @Test
    void skipsIncompleteBrokenAndDuplicateFolders() throws IOException {
        Path clientOnly = root.resolve("usr/lib/postgresql/14/bin");
        Files.createDirectories(clientOnly);
        script(clientOnly.resolve("pg_ctl"), "echo 'pg_ctl (PostgreSQL) 14.1'");
        script(clientOnly.resolve("psql"), "exit 0");
        Path broken = root.resolve("usr/pgsql-13/bin");
        fake("usr/pgsql-13/bin", "13.1");
        script(broken.resolve("pg_ctl"), "echo 'error while loading shared libraries' >&2; exit 127");
        Path real = fake("Applications/Postgres.app/Contents/Versions/16/bin", "16.3");
        Files.createSymbolicLink(root.resolve("Applications/Postgres.app/Contents/Versions/latest"),
                real.getParent());
        Path notExecutable = fake("usr/local/pgsql/bin", "12.1");
        notExecutable.resolve("postgres").toFile().setExecutable(false, false);

        List<ServerBinaries> found = discover(real + File.pathSeparator + root.resolve("missing"));

        assertThat(found).singleElement().satisfies(b -> {
            assertThat(b.major()).isEqualTo(16);
            assertThat(b.origin()).isEqualTo("installed");
        });
    }

    @Test
    void findsNothingInAnEmptyTree() {
        assertThat(discover(null)).isEmpty();
        assertThat(new InstalledBinaries(root, null).lookedIn())
                .contains("/usr/lib/postgresql/*/bin", "/opt/homebrew/opt/postgresql@*/bin",
                        "/Applications/Postgres.app/Contents/Versions/*/bin", "PATH");
    }

    @Test
    void readsVersionLines() {
        Path dir = Path.of("/x");
        assertThat(ServerBinaries.parse(dir, "pg_ctl (PostgreSQL) 15.18 (Debian 15.18-0+deb12u1)\n", "t"))
                .hasValueSatisfying(b -> {
                    assertThat(b.major()).isEqualTo(15);
                    assertThat(b.version()).isEqualTo("15.18");
                });
        assertThat(ServerBinaries.parse(dir, "pg_ctl (PostgreSQL) 9.6.24", "t")).get()
                .extracting(ServerBinaries::major).isEqualTo(9);
        assertThat(ServerBinaries.parse(dir, "pg_ctl (PostgreSQL) 17beta1", "t")).get()
                .extracting(ServerBinaries::version).isEqualTo("17beta1");
        assertThat(ServerBinaries.parse(dir, "bash: pg_ctl: command not found", "t")).isEmpty();
    }

    private List<ServerBinaries> discover(String path) {
        return new InstalledBinaries(root, path).available();
    }

    private Path fake(String relative, String version) throws IOException {
        Path dir = root.resolve(relative);
        Files.createDirectories(dir);
        script(dir.resolve("pg_ctl"), "echo 'pg_ctl (PostgreSQL) " + version + "'");
        script(dir.resolve("initdb"), "exit 1");
        script(dir.resolve("postgres"), "exit 1");
        return dir;
    }

    private static void script(Path file, String body) throws IOException {
        Files.writeString(file, "#!/bin/sh\n" + body + "\n");
        FileModes.set(file, "rwxr-xr-x");
    }
}
