package io.aurelius.admin.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.aurelius.admin.testing.FreshDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar itself, run as a user runs it from another working directory: Flyway finds its migrations
 * and database plugin, Hibernate its services, picocli its commands.
 */
class PackagedJarIT {

    @RegisterExtension
    static final FreshDatabase DB = new FreshDatabase();

    @TempDir
    Path elsewhere;

    record Run(int exit, String out, String err) {
    }

    static Path jar() {
        return Path.of(System.getProperty("aurelius.jar", "target/aurelius-admin.jar")).toAbsolutePath();
    }

    Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                .toString(), "-jar", jar().toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(elsewhere.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("DB_") || k.startsWith("PG"));
        pb.environment().putAll(env);
        pb.environment().put("AURELIUS_ADMIN_LOG_DIR", elsewhere.resolve("logs").toString());
        pb.redirectOutput(elsewhere.resolve("out.txt").toFile()).redirectError(elsewhere.resolve("err.txt").toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("jar finished").isTrue();
        return new Run(p.exitValue(), Files.readString(elsewhere.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(elsewhere.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void servicesFilesAreMergedAndFxmlAndCssArePackaged() throws IOException {
        try (JarFile jar = new JarFile(jar().toFile())) {
            String flyway = new String(jar.getInputStream(jar.getEntry(
                    "META-INF/services/org.flywaydb.core.extensibility.Plugin")).readAllBytes(), StandardCharsets.UTF_8);
            assertThat(flyway).contains("org.flywaydb.database.postgresql.PostgreSQLDatabaseType");
            assertThat(jar.getEntry("db/migration/V1__aurelius_schema.sql")).isNotNull();
            assertThat(jar.stream().anyMatch(e -> e.getName().startsWith("fxml/") && e.getName().endsWith(".fxml")))
                    .isTrue();
            assertThat(jar.stream().anyMatch(e -> e.getName().startsWith("css/") && e.getName().endsWith(".css")))
                    .isTrue();
        }
    }

    @Test
    void initStatusAndListRunFromTheJar() throws Exception {
        Map<String, String> env = DB.env();
        Run init = run(env, "db", "init");
        assertThat(init.exit()).as(init.err()).isZero();
        assertThat(init.out()).contains("Created the AURELIUS schema");
        DB.sql("INSERT INTO strategies VALUES ('s-1', E'Tab\\there \"quoted\"', NULL, 'ts_momentum', 0.875,"
                + " '{\"lookback\": 20}', '2025-03-04 05:06:07', '2025-03-04 05:06:07', 'active')");

        Run status = run(env, "db", "status");
        assertThat(status.exit()).as(status.err()).isZero();
        assertThat(status.out()).contains("managed by AURELIUS Admin (schema version 1)").contains("strategies");

        Run list = run(env, "strategies", "list");
        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.out()).contains("Tab here \"quoted\"").contains("0.88").contains("2025-03-04 05:06:07")
                .contains("1 of 1 strategies");
        assertThat(list.err()).isEmpty();
    }

    @Test
    void versionAndHelp() throws Exception {
        Run v = run(Map.of(), "--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("aurelius-admin ");
        Run help = run(Map.of(), "db", "--help");
        assertThat(help.out()).contains("check").contains("init").contains("status").contains("drop").contains("reset");
    }
}
