package io.aurelius.admin.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The root certificate setting (the CA file verify-ca and verify-full check the server against): where it is read
 * from, in which order, and that it always ends up an absolute file name, the same for the app and the tools it starts.
 */
class SslRootCertSettingsTest {

    @TempDir
    Path tmp;
    Path cwd;
    Path home;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void dirs() throws IOException {
        cwd = Files.createDirectories(tmp.resolve("work"));
        home = Files.createDirectories(tmp.resolve("home"));
        env.put("AURELIUS_ADMIN_HOME", tmp.resolve("config").toString());
    }

    private SettingsResolver resolver() {
        return new SettingsResolver(env, cwd, home);
    }

    private ConnectionSettings resolve(String flag, String profile) {
        return resolver().resolve(new SettingsResolver.Overrides(null, null, null, null, null, flag, null, profile));
    }

    @Test
    void noneGivenLeavesTheDriverDefault() {
        ConnectionSettings s = resolve(null, null);
        assertThat(s.sslrootcert()).isNull();
        assertThat(s.sourceOf("sslrootcert")).isEqualTo("default");
        env.put("DB_SSLROOTCERT", "  ");
        assertThat(resolve(null, null).sslrootcert()).isNull();
    }

    @Test
    void theApiVariableThenTheEnvFileThenLibpqs() throws IOException {
        env.put("PGSSLROOTCERT", "/etc/pg/libpq-ca.crt");
        assertThat(resolve(null, null).sslrootcert()).isEqualTo("/etc/pg/libpq-ca.crt");
        assertThat(resolve(null, null).sourceOf("sslrootcert")).isEqualTo("PGSSLROOTCERT in the environment");

        Files.writeString(cwd.resolve(".env"), "DB_HOST=db\nDB_SSLROOTCERT=/etc/pg/dotenv-ca.crt\n");
        assertThat(resolve(null, null).sslrootcert()).isEqualTo("/etc/pg/dotenv-ca.crt");
        assertThat(resolve(null, null).sourceOf("sslrootcert")).endsWith(".env line 2");

        env.put("DB_SSLROOTCERT", "/etc/pg/env-ca.crt");
        assertThat(resolve(null, null).sslrootcert()).isEqualTo("/etc/pg/env-ca.crt");
        assertThat(resolve(null, null).sourceOf("sslrootcert")).isEqualTo("DB_SSLROOTCERT in the environment");

        ConnectionSettings flagged = resolve("/etc/pg/flag-ca.crt", null);
        assertThat(flagged.sslrootcert()).isEqualTo("/etc/pg/flag-ca.crt");
        assertThat(flagged.sourceOf("sslrootcert")).isEqualTo("--sslrootcert");
    }

    @Test
    void relativeNamesAndTheHomeFolderBecomeAbsolute() {
        env.put("DB_SSLROOTCERT", "certs/../ca.crt");
        assertThat(resolve(null, null).sslrootcert()).isEqualTo(cwd.resolve("ca.crt").toString());
        env.put("DB_SSLROOTCERT", "~/.postgresql/company-ca.crt");
        assertThat(resolve(null, null).sslrootcert()).isEqualTo(home.resolve(".postgresql/company-ca.crt").toString());
    }

    @Test
    void aProfileCarriesItsRootCertificateAndOldProfilesReadWithout() throws IOException {
        ProfileStore store = resolver().profiles();
        store.save(new Profile("secure", "db.example", 5432, "aurelius", "analyst", "verify-full", true,
                "/etc/pg/company-ca.crt"));
        ConnectionSettings s = resolve(null, "secure");
        assertThat(s.sslmode()).isEqualTo("verify-full");
        assertThat(s.sslrootcert()).isEqualTo("/etc/pg/company-ca.crt");
        assertThat(s.sourceOf("sslrootcert")).isEqualTo("profile 'secure'");
        assertThat(resolve("/other/ca.crt", "secure").sslrootcert()).isEqualTo("/other/ca.crt");

        // a profiles file written before the setting existed
        Files.writeString(store.file(), "[{\"name\":\"old\",\"host\":\"h\",\"port\":5432,\"database\":\"d\","
                + "\"user\":\"u\",\"sslmode\":\"require\",\"readOnly\":false}]");
        assertThat(store.require("old").sslrootcert()).isNull();
        assertThat(store.require("old").sslmode()).isEqualTo("require");
    }

    @Test
    void anImportedEnvFileNamesItsCaFromItsOwnFolder() throws IOException {
        Path api = Files.createDirectories(tmp.resolve("api"));
        Path envFile = Files.writeString(api.resolve(".env"), "DB_HOST=db\nDB_SSLMODE=verify-full\n"
                + "DB_SSLROOTCERT=certs/ca.crt\n");
        Profile p = ProfileStore.fromEnvFile("api", envFile, false);
        assertThat(p.sslmode()).isEqualTo("verify-full");
        assertThat(p.sslrootcert()).isEqualTo(api.resolve("certs/ca.crt").toString());
    }

    @Test
    void theSettingsShowTheFileButNeverThePassword() {
        ConnectionSettings s = new ConnectionSettings("db", 5432, "aurelius", "u", "pw-xyz", "verify-full", false, 1,
                false, Map.of(), 60, "/etc/pg/ca.crt");
        assertThat(s.toString()).contains("sslrootcert=/etc/pg/ca.crt").doesNotContain("pw-xyz");
        assertThat(s.withDatabase("other").sslrootcert()).isEqualTo("/etc/pg/ca.crt");
        assertThat(s.withCredentials("v", "w").withPoolSize(3).withStatementTimeout(5).sslrootcert())
                .isEqualTo("/etc/pg/ca.crt");
    }
}
