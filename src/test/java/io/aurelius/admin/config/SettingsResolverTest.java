package io.aurelius.admin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsResolverTest {

    private static final String SECRET = "S3cr3t-Pa55";

    @TempDir
    Path tmp;
    Path cwd;
    Path home;
    final Map<String, String> env = new HashMap<>();

    @BeforeEach
    void dirs() throws IOException {
        cwd = Files.createDirectories(tmp.resolve("work"));
        home = Files.createDirectories(tmp.resolve("home"));
    }

    private ConnectionSettings resolve() {
        return resolve(SettingsResolver.Overrides.none());
    }

    private ConnectionSettings resolve(SettingsResolver.Overrides o) {
        return new SettingsResolver(env, cwd, home).resolve(o);
    }

    private static SettingsResolver.Overrides flags(String host, String port, String db, String user, String sslmode) {
        return new SettingsResolver.Overrides(host, port, db, user, sslmode, null);
    }

    private static SettingsResolver.Overrides envFile(Path file) {
        return new SettingsResolver.Overrides(null, null, null, null, null, file);
    }

    private Path dotenv(String text) throws IOException {
        return Files.writeString(cwd.resolve(".env"), text);
    }

    private Path pgpass(Path file, String text, String mode) throws IOException {
        Files.writeString(file, text);
        if (posix()) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(mode));
        }
        return file;
    }

    private static boolean posix() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
    }

    // --- the layers ----------------------------------------------------------------------------------

    @Test
    void defaults() {
        ConnectionSettings s = resolve();
        assertThat(s.host()).isEqualTo("localhost");
        assertThat(s.port()).isEqualTo(5432);
        assertThat(s.database()).isEqualTo("aurelius");
        assertThat(s.user()).isEqualTo("aurelius");
        assertThat(s.password()).isNull();
        assertThat(s.hasPassword()).isFalse();
        assertThat(s.sslmode()).isNull();
        assertThat(s.echoSql()).isFalse();
        assertThat(s.poolSize()).isEqualTo(ConnectionSettings.DEFAULT_POOL_SIZE);
        assertThat(s.readOnly()).isFalse();
        for (String setting : new String[] {"host", "port", "database", "user", "password", "sslmode"}) {
            assertThat(s.sourceOf(setting)).as(setting).isEqualTo("default");
        }
        assertThat(new SettingsResolver(env, cwd, home).nothingConfigured(SettingsResolver.Overrides.none()))
                .isTrue();
    }

    @Test
    void libpqVariablesComeBeforeDefaults() {
        env.putAll(Map.of("PGHOST", "pg.example", "PGPORT", "6432", "PGDATABASE", "research", "PGUSER", "analyst",
                "PGPASSWORD", SECRET, "PGSSLMODE", "require"));
        ConnectionSettings s = resolve();
        assertThat(s.describe()).isEqualTo("analyst@pg.example:6432/research");
        assertThat(s.password()).isEqualTo(SECRET);
        assertThat(s.sslmode()).isEqualTo("require");
        assertThat(s.sourceOf("host")).isEqualTo("PGHOST in the environment");
        assertThat(s.sourceOf("port")).isEqualTo("PGPORT in the environment");
        assertThat(s.sourceOf("database")).isEqualTo("PGDATABASE in the environment");
        assertThat(s.sourceOf("user")).isEqualTo("PGUSER in the environment");
        assertThat(s.sourceOf("password")).isEqualTo("PGPASSWORD in the environment");
        assertThat(s.sourceOf("sslmode")).isEqualTo("PGSSLMODE in the environment");
        assertThat(new SettingsResolver(env, cwd, home).nothingConfigured(SettingsResolver.Overrides.none()))
                .isFalse();
    }

    @Test
    void dotEnvComesBeforeLibpqVariables() throws IOException {
        env.putAll(Map.of("PGHOST", "pg.example", "PGPORT", "6432", "PGUSER", "analyst", "PGPASSWORD", "other"));
        Path file = dotenv("# AURELIUS\nDB_HOST=db.example\nDB_PORT=5433\n\nDB_USER=aurelius\nDB_PASSWORD="
                + SECRET + "\nDB_ECHO=True\nDB_SSLMODE=verify-full\nDB_POOL_SIZE=3\n");
        ConnectionSettings s = resolve();
        assertThat(s.describe()).isEqualTo("aurelius@db.example:5433/aurelius");
        assertThat(s.password()).isEqualTo(SECRET);
        assertThat(s.echoSql()).isTrue();
        assertThat(s.sslmode()).isEqualTo("verify-full");
        assertThat(s.poolSize()).isEqualTo(3);
        assertThat(s.sourceOf("host")).isEqualTo("DB_HOST in " + file + " line 2");
        assertThat(s.sourceOf("port")).isEqualTo("DB_PORT in " + file + " line 3");
        assertThat(s.sourceOf("user")).isEqualTo("DB_USER in " + file + " line 5");
        assertThat(s.sourceOf("password")).isEqualTo("DB_PASSWORD in " + file + " line 6");
        assertThat(s.sourceOf("database")).isEqualTo("default");
    }

    @Test
    void environmentComesBeforeDotEnv() throws IOException {
        dotenv("DB_HOST=from-file\nDB_PORT=1111\nDB_PASSWORD=file-pw\nDB_ECHO=True\n");
        env.putAll(Map.of("DB_HOST", "from-env", "DB_PORT", "2222", "DB_PASSWORD", SECRET, "DB_ECHO", "False"));
        ConnectionSettings s = resolve();
        assertThat(s.host()).isEqualTo("from-env");
        assertThat(s.port()).isEqualTo(2222);
        assertThat(s.password()).isEqualTo(SECRET);
        assertThat(s.echoSql()).isFalse();
        assertThat(s.sourceOf("host")).isEqualTo("DB_HOST in the environment");
        assertThat(s.sourceOf("password")).isEqualTo("DB_PASSWORD in the environment");
    }

    @Test
    void flagsComeFirst() throws IOException {
        dotenv("DB_HOST=from-file\nDB_NAME=file_db\n");
        env.putAll(Map.of("DB_HOST", "from-env", "DB_PORT", "2222", "DB_USER", "env_user", "DB_SSLMODE", "disable",
                "PGHOST", "pg"));
        ConnectionSettings s = resolve(flags("from-flag", "3333", "flag_db", "flag_user", "require"));
        assertThat(s.describe()).isEqualTo("flag_user@from-flag:3333/flag_db");
        assertThat(s.sslmode()).isEqualTo("require");
        assertThat(s.sources()).containsEntry("host", "--host").containsEntry("port", "--port")
                .containsEntry("database", "--db").containsEntry("user", "--user")
                .containsEntry("sslmode", "--sslmode");
    }

    @Test
    void eachSettingFallsThroughItsOwnLayers() throws IOException {
        Path file = dotenv("DB_NAME=file_db\n");
        env.putAll(Map.of("DB_USER", "env_user", "PGPORT", "6543"));
        ConnectionSettings s = resolve(flags("flag-host", null, null, null, null));
        assertThat(s.describe()).isEqualTo("env_user@flag-host:6543/file_db");
        assertThat(s.sources()).containsEntry("host", "--host").containsEntry("user", "DB_USER in the environment")
                .containsEntry("database", "DB_NAME in " + file + " line 1")
                .containsEntry("port", "PGPORT in the environment").containsEntry("sslmode", "default");
    }

    @Test
    void envFileFlagReplacesTheWorkingDirectorysDotEnv() throws IOException {
        dotenv("DB_HOST=local-file\nDB_NAME=local_db\n");
        Path other = Files.writeString(tmp.resolve("prod.env"), "DB_HOST=prod-file\n");
        ConnectionSettings s = resolve(envFile(other));
        assertThat(s.host()).isEqualTo("prod-file");
        assertThat(s.database()).as("./.env is not read when --env-file is given").isEqualTo("aurelius");
        assertThat(s.sourceOf("host")).isEqualTo("DB_HOST in " + other + " line 1");
    }

    @Test
    void envFileFlagIsRelativeToTheWorkingDirectory() throws IOException {
        Files.createDirectories(cwd.resolve("conf"));
        Files.writeString(cwd.resolve("conf/a.env"), "DB_PORT=7777\n");
        assertThat(resolve(envFile(Path.of("conf/a.env"))).port()).isEqualTo(7777);
    }

    @Test
    void missingEnvFileNamesThePathAndTheFlag() {
        Path missing = tmp.resolve("nope.env");
        assertThatThrownBy(() -> resolve(envFile(missing)))
                .isInstanceOf(SettingsException.class)
                .hasMessage("The settings file " + missing + " given with --env-file does not exist; check the path.");
    }

    @Test
    void noDotEnvIsFine() {
        assertThat(resolve().host()).isEqualTo("localhost");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A malformed .env in the working directory stops "
            + "resolution naming the file and line, never the password.")
    void malformedDotEnvFailsResolution() throws IOException {
        dotenv("DB_HOST=x\nDB_PASSWORD " + SECRET + "\n");
        assertThatThrownBy(this::resolve).isInstanceOf(SettingsException.class)
                .hasMessageContaining("Line 2 of " + cwd.resolve(".env"))
                .message().doesNotContain(SECRET);
    }

    // --- the password file -------------------------------------------------------------------------

    @Test
    void pgpassFileNamedByPgpassfile() throws IOException {
        Path file = pgpass(tmp.resolve("pw"), "# comment\n"
                + "other:5432:aurelius:aurelius:wrong-host\n"
                + "localhost:5433:aurelius:aurelius:wrong-port\n"
                + "localhost:5432:aurelius:aurelius:" + SECRET + "\n"
                + "*:*:*:*:too-late\n", "rw-------");
        env.put("PGPASSFILE", file.toString());
        ConnectionSettings s = resolve();
        assertThat(s.password()).isEqualTo(SECRET);
        assertThat(s.sourceOf("password")).isEqualTo("PGPASSFILE " + file);
    }

    @Test
    void homePgpassWithWildcards() throws IOException {
        pgpass(home.resolve(".pgpass"), "db.example:*:*:analyst:" + SECRET + "\n", "rw-------");
        env.putAll(Map.of("DB_HOST", "db.example", "DB_PORT", "6000", "DB_NAME", "anything", "DB_USER", "analyst"));
        ConnectionSettings s = resolve();
        assertThat(s.password()).isEqualTo(SECRET);
        assertThat(s.sourceOf("password")).isEqualTo("~/.pgpass");
    }

    @Test
    void pgpassMatchesTheResolvedSettingsNotTheDefaults() throws IOException {
        pgpass(home.resolve(".pgpass"), "localhost:5432:*:*:for-5432\nlocalhost:6543:*:*:for-6543\n", "rw-------");
        assertThat(resolve(flags(null, "6543", null, null, null)).password()).isEqualTo("for-6543");
        assertThat(resolve().password()).isEqualTo("for-5432");
    }

    @Test
    void pgpassEscapes() throws IOException {
        Path file = pgpass(tmp.resolve("pw"),
                "h\\:x:5432:d\\\\b:u:wrong\n"
                        + "*:5432:db\\:1:*:pa\\:ss\\\\word\n", "rw-------");
        env.put("PGPASSFILE", file.toString());
        env.put("DB_NAME", "db:1");
        assertThat(resolve().password()).isEqualTo("pa:ss\\word");
        env.put("DB_NAME", "d\\b");
        env.put("DB_HOST", "h:x");
        env.put("DB_USER", "u");
        assertThat(resolve().password()).isEqualTo("wrong");
    }

    @Test
    void escapedStarIsALiteralStar() throws IOException {
        Path file = pgpass(tmp.resolve("pw"), "\\*:*:*:*:literal\n", "rw-------");
        env.put("PGPASSFILE", file.toString());
        assertThat(resolve().password()).isNull();
        env.put("DB_HOST", "*");
        assertThat(resolve().password()).isEqualTo("literal");
    }

    @Test
    void pgpassIsReadOnlyWithoutAPassword() throws IOException {
        pgpass(home.resolve(".pgpass"), "*:*:*:*:from-file\n", "rw-------");
        env.put("DB_PASSWORD", SECRET);
        assertThat(resolve().password()).isEqualTo(SECRET);
        env.put("DB_PASSWORD", "");
        assertThat(resolve().password()).as("an empty password falls back to the file, as in libpq")
                .isEqualTo("from-file");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "Short and blank lines in ~/.pgpass are skipped "
            + "without an error.")
    void pgpassWithoutAMatchGivesNoPassword() throws IOException {
        pgpass(home.resolve(".pgpass"), "elsewhere:*:*:*:x\nshort:line\n\n", "rw-------");
        assertThat(resolve().password()).isNull();
        assertThat(resolve().sourceOf("password")).isEqualTo("default");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A ~/.pgpass readable by group or others is ignored, "
            + "as libpq does.")
    void groupReadablePgpassIsIgnored() throws IOException {
        assumeTrue(posix(), "needs POSIX file permissions");
        pgpass(home.resolve(".pgpass"), "*:*:*:*:" + SECRET + "\n", "rw-r-----");
        assertThat(resolve().password()).isNull();
        pgpass(home.resolve(".pgpass"), "*:*:*:*:" + SECRET + "\n", "rw----r--");
        assertThat(resolve().password()).isNull();
        pgpass(home.resolve(".pgpass"), "*:*:*:*:" + SECRET + "\n", "rw-------");
        assertThat(resolve().password()).isEqualTo(SECRET);
    }

    @Test
    void missingPgpassfileIsNoError() {
        env.put("PGPASSFILE", tmp.resolve("absent").toString());
        assertThat(resolve().password()).isNull();
    }

    // --- malformed values ----------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"abc", "54x32", "", "0", "65536", "-1", "5432.0"})
    void badPortFromFlag(String port) {
        assertThatThrownBy(() -> resolve(flags(null, port, null, null, null)))
                .isInstanceOf(SettingsException.class)
                .hasMessage("The port '" + port + "' (--port) is not a number from 1 to 65535; set it to the"
                        + " server's port, usually 5432.");
    }

    @Test
    void badPortFromDotEnvNamesFileAndLine() throws IOException {
        Path file = dotenv("DB_HOST=x\nDB_PORT=five\n");
        assertThatThrownBy(this::resolve)
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("'five'")
                .hasMessageContaining("DB_PORT in " + file + " line 2")
                .hasMessageContaining("5432");
    }

    @Test
    void badPortFromPgport() {
        env.put("PGPORT", "http");
        assertThatThrownBy(this::resolve).hasMessageContaining("PGPORT in the environment");
    }

    @Test
    void portWithSurroundingSpacesIsAccepted() {
        env.put("DB_PORT", " 6543 ");
        assertThat(resolve().port()).isEqualTo(6543);
    }

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "A password typed into DB_PORT is refused without being "
            + "repeated.")
    void passwordTypedIntoTheWrongSettingIsNotEchoed() {
        env.put("DB_PASSWORD", SECRET);
        env.put("DB_PORT", SECRET);
        assertThatThrownBy(this::resolve).isInstanceOf(SettingsException.class)
                .hasMessageContaining("DB_PORT in the environment")
                .message().doesNotContain(SECRET);
    }

    @Test
    void badSslmode() {
        env.put("DB_SSLMODE", "strict");
        assertThatThrownBy(this::resolve)
                .isInstanceOf(SettingsException.class)
                .hasMessage("The sslmode 'strict' (DB_SSLMODE in the environment) is not one of disable, allow,"
                        + " prefer, require, verify-ca, verify-full; set it to one of those, e.g. prefer.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full", "REQUIRE", " Prefer "})
    void everyLibpqSslmodeIsPassedThroughInLowerCase(String mode) {
        env.put("PGSSLMODE", mode);
        assertThat(resolve().sslmode()).isEqualTo(mode.strip().toLowerCase(java.util.Locale.ROOT));
    }

    @ParameterizedTest
    @ValueSource(strings = {"True", "true", "TRUE", "1", "yes", "on", "y", "t", " True "})
    void dbEchoTrue(String text) {
        env.put("DB_ECHO", text);
        assertThat(resolve().echoSql()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"False", "false", "0", "no", "off", "n", "f", ""})
    void dbEchoFalse(String text) {
        env.put("DB_ECHO", text);
        assertThat(resolve().echoSql()).isFalse();
    }

    @Test
    void dbEchoNeitherTrueNorFalse() throws IOException {
        Path file = dotenv("DB_ECHO=verbose\n");
        assertThatThrownBy(this::resolve)
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("DB_ECHO 'verbose' (DB_ECHO in " + file + " line 1)")
                .hasMessageContaining("set it to True");
    }

    @Test
    void parseBool() {
        assertThat(SettingsResolver.parseBool("True")).isTrue();
        assertThat(SettingsResolver.parseBool("False")).isFalse();
        assertThat(SettingsResolver.parseBool(null)).isFalse();
    }

    @Test
    void poolSize() {
        env.put("DB_POOL_SIZE", "25");
        assertThat(resolve().poolSize()).isEqualTo(25);
        env.put("DB_POOL_SIZE", "0");
        assertThatThrownBy(this::resolve).hasMessageContaining("DB_POOL_SIZE");
        env.put("DB_POOL_SIZE", "many");
        assertThatThrownBy(this::resolve).hasMessageContaining("'many'").hasMessageContaining("1 to 200");
    }

    @Test
    void emptyHostDatabaseOrUser() {
        env.put("DB_HOST", " ");
        assertThatThrownBy(this::resolve).hasMessage("The host (DB_HOST in the environment) is empty; set it to"
                + " the server's host name, e.g. localhost.");
        env.remove("DB_HOST");
        env.put("DB_NAME", "");
        assertThatThrownBy(this::resolve).hasMessageContaining("The database (DB_NAME in the environment) is empty");
        env.remove("DB_NAME");
        env.put("PGUSER", "");
        assertThatThrownBy(this::resolve).hasMessageContaining("The user (PGUSER in the environment) is empty");
    }

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "A host written as a URL holding a password is refused "
            + "without repeating it.")
    void hostWrittenAsAUrlIsRefusedWithoutRepeatingIt() {
        env.put("DB_HOST", "postgresql://aurelius:" + SECRET + "@db.example/aurelius");
        assertThatThrownBy(this::resolve).isInstanceOf(SettingsException.class)
                .hasMessageContaining("DB_HOST in the environment")
                .hasMessageContaining("URL")
                .message().doesNotContain(SECRET).doesNotContain("db.example");
    }

    @Test
    void unixSocketDirectoryAsHost() {
        env.put("PGHOST", "/var/run/postgresql");
        assertThatThrownBy(this::resolve).isInstanceOf(SettingsException.class)
                .hasMessageContaining("PGHOST in the environment")
                .hasMessageContaining("Unix socket")
                .hasMessageContaining("localhost");
    }

    @Test
    void severalHostsAreRefused() {
        env.put("PGHOST", "a,b");
        assertThatThrownBy(this::resolve).hasMessageContaining("several hosts");
    }

    // --- the password stays out of text ----------------------------------------------------------------

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "The settings' text form, description, JDBC URL and "
            + "sources never hold the password.")
    void passwordIsNeverInTheTextForms() {
        env.put("DB_PASSWORD", SECRET);
        ConnectionSettings s = resolve();
        assertThat(s.toString()).doesNotContain(SECRET).contains("password=(set)");
        assertThat(s.describe()).doesNotContain(SECRET);
        assertThat(s.jdbcUrl()).doesNotContain(SECRET).isEqualTo("jdbc:postgresql://localhost:5432/aurelius");
        assertThat(s.sources().values()).noneMatch(v -> v.contains(SECRET));
    }

    @Test
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "The settings have no password flag, so no password needs "
            + "a command line.")
    void noPasswordFlagExists() {
        assertThat(SettingsResolver.Overrides.class.getRecordComponents())
                .extracting(java.lang.reflect.RecordComponent::getName)
                .doesNotContain("password");
    }

    @Test
    void redaction() {
        assertThat(Redaction.redact("a " + SECRET + " b", SECRET)).isEqualTo("a ******** b");
        assertThat(Redaction.redact("abc", null)).isEqualTo("abc");
        assertThat(Redaction.redact("a pw b", "pw")).as("too short to search for").isEqualTo("a pw b");
    }
}
