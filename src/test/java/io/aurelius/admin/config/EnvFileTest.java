package io.aurelius.admin.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.aurelius.admin.testing.Proves;
import io.aurelius.admin.testing.Reliability;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvFileTest {

    private static final String SECRET = "S3cr3t-Pa55";

    @TempDir
    Path dir;

    private EnvFile parse(String... lines) {
        return EnvFile.parse(dir.resolve(".env"), List.of(lines));
    }

    private static String value(EnvFile f, String key) {
        return f.get(key) == null ? null : f.get(key).value();
    }

    @Test
    void theGuidesExampleFile() {
        EnvFile f = parse("# Database Settings", "DB_HOST=localhost", "DB_PORT=5432", "DB_NAME=aurelius",
                "DB_USER=aurelius", "DB_PASSWORD=aurelius_dev", "DB_ECHO=False");
        assertThat(f.entries()).hasSize(6);
        assertThat(value(f, "DB_HOST")).isEqualTo("localhost");
        assertThat(value(f, "DB_PASSWORD")).isEqualTo("aurelius_dev");
        assertThat(f.get("DB_HOST").line()).isEqualTo(2);
        assertThat(f.get("DB_ECHO").line()).isEqualTo(7);
        assertThat(f.path()).isEqualTo(dir.resolve(".env"));
    }

    @Test
    void commentsAndBlankLinesAreSkippedButCounted() {
        EnvFile f = parse("", "   # indented comment", "#DB_HOST=commented", "\t", "DB_HOST=db");
        assertThat(f.entries()).containsOnlyKeys("DB_HOST");
        assertThat(f.get("DB_HOST").line()).isEqualTo(5);
    }

    @Test
    void exportPrefixAndSpacesAroundTheEqualsSign() {
        EnvFile f = parse("export DB_HOST=db1", "  export   DB_PORT = 5433  ", "DB_NAME =  x");
        assertThat(value(f, "DB_HOST")).isEqualTo("db1");
        assertThat(value(f, "DB_PORT")).isEqualTo("5433");
        assertThat(value(f, "DB_NAME")).isEqualTo("x");
    }

    @Test
    void quotes() {
        EnvFile f = parse("A=\"two words\"", "B='single # not a comment'", "C=\"\"", "D=''", "E=\"x\" # comment",
                "F='y'   ", "G=\"it's\"", "H='say \"hi\"'");
        assertThat(value(f, "A")).isEqualTo("two words");
        assertThat(value(f, "B")).isEqualTo("single # not a comment");
        assertThat(value(f, "C")).isEmpty();
        assertThat(value(f, "D")).isEmpty();
        assertThat(value(f, "E")).isEqualTo("x");
        assertThat(value(f, "F")).isEqualTo("y");
        assertThat(value(f, "G")).isEqualTo("it's");
        assertThat(value(f, "H")).isEqualTo("say \"hi\"");
    }

    @Test
    void escapesInsideDoubleQuotes() {
        EnvFile f = parse("A=\"p\\\"w\\\"d\"", "B=\"back\\\\slash\"", "C=\"line\\nbreak\\ttab\"", "D=\"keep\\x\"");
        assertThat(value(f, "A")).isEqualTo("p\"w\"d");
        assertThat(value(f, "B")).isEqualTo("back\\slash");
        assertThat(value(f, "C")).isEqualTo("line\nbreak\ttab");
        assertThat(value(f, "D")).isEqualTo("keep\\x");
    }

    @Test
    void singleQuotesAreLiteralExceptForEscapedQuote() {
        EnvFile f = parse("A='no\\nescape'", "B='it\\'s'");
        assertThat(value(f, "A")).isEqualTo("no\\nescape");
        assertThat(value(f, "B")).isEqualTo("it's");
    }

    @Test
    void inlineCommentsNeedWhitespaceBeforeTheHash() {
        EnvFile f = parse("A=value # the comment", "B=pa#ss", "C=#leading", "D=x\t# tab comment", "E=");
        assertThat(value(f, "A")).isEqualTo("value");
        assertThat(value(f, "B")).isEqualTo("pa#ss");
        assertThat(value(f, "C")).isEqualTo("#leading");
        assertThat(value(f, "D")).isEqualTo("x");
        assertThat(value(f, "E")).isEmpty();
    }

    @Test
    void valuesMayContainEqualsSigns() {
        assertThat(value(parse("DB_PASSWORD=a=b=c"), "DB_PASSWORD")).isEqualTo("a=b=c");
    }

    @Test
    void theLastOfTwoEqualKeysWins() {
        EnvFile f = parse("DB_HOST=one", "DB_HOST=two");
        assertThat(value(f, "DB_HOST")).isEqualTo("two");
        assertThat(f.get("DB_HOST").line()).isEqualTo(2);
    }

    @Test
    void byteOrderMarkAndWindowsLineEndingsFromAFile() throws IOException {
        Path file = dir.resolve("bom.env");
        Files.write(file, "\uFEFFDB_HOST=db\r\nDB_PORT=5433\r\n".getBytes(StandardCharsets.UTF_8));
        EnvFile f = EnvFile.read(file);
        assertThat(value(f, "DB_HOST")).isEqualTo("db");
        assertThat(value(f, "DB_PORT")).isEqualTo("5433");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A malformed .env line is refused naming the file "
            + "and line, never its value.")
    void malformedLineNamesFileAndLineButNotTheValue() {
        assertThatThrownBy(() -> parse("DB_HOST=localhost", "DB_PASSWORD " + SECRET))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("Line 2 of " + dir.resolve(".env"))
                .hasMessageContaining("KEY=value")
                .hasMessageContaining("DB_PASSWORD")
                .message().doesNotContain(SECRET);
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "Lines that are a bare secret, or a secret with a "
            + "bad key, are refused without repeating them.")
    @Proves(value = Reliability.PASSWORDS_HIDDEN, how = "A password on a malformed .env line is never repeated in "
            + "the error.")
    void aLineThatIsJustASecretIsNotRepeated() {
        assertThatThrownBy(() -> parse("# settings", SECRET))
                .isInstanceOf(SettingsException.class)
                .hasMessageStartingWith("Line 2 of ")
                .message().doesNotContain(SECRET);
        assertThatThrownBy(() -> parse("DB_PASSWORD: " + SECRET + "=x"))
                .message().doesNotContain(SECRET);
        assertThatThrownBy(() -> parse(SECRET + " DB=x"))
                .message().doesNotContain(SECRET);
        assertThatThrownBy(() -> parse("DB-PASSWORD=" + SECRET))
                .hasMessageContaining("Line 1")
                .message().doesNotContain(SECRET);
    }

    @Test
    void malformedLineMessageIsOneSentenceWithAFix() {
        assertThatThrownBy(() -> parse("A=1", "B=2", "oops"))
                .hasMessage("Line 3 of " + dir.resolve(".env")
                        + " is not KEY=value; write it as KEY=value or comment it out with #.");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "An unterminated quote is refused naming the line "
            + "and key, not the value.")
    void unterminatedQuoteNamesLineAndKeyButNotTheValue() {
        assertThatThrownBy(() -> parse("DB_HOST=x", "DB_PASSWORD=\"" + SECRET))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("Line 2 of " + dir.resolve(".env"))
                .hasMessageContaining("(DB_PASSWORD)")
                .hasMessageContaining("closing \"")
                .message().doesNotContain(SECRET);
        assertThatThrownBy(() -> parse("DB_PASSWORD='" + SECRET + "\\'"))
                .hasMessageContaining("closing '")
                .message().doesNotContain(SECRET);
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "Text after a closing quote is refused without the "
            + "value.")
    void textAfterTheClosingQuoteIsAnErrorWithoutTheValue() {
        assertThatThrownBy(() -> parse("DB_PASSWORD=\"" + SECRET + "\"tail"))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining("Line 1")
                .hasMessageContaining("after its closing quote")
                .message().doesNotContain(SECRET).doesNotContain("tail");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A .env that is not UTF-8 is refused naming the "
            + "file, not its bytes.")
    void fileThatIsNotUtf8() throws IOException {
        Path file = dir.resolve("latin1.env");
        Files.write(file, "DB_PASSWORD=caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> EnvFile.read(file))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("UTF-8")
                .message().doesNotContain("caf");
    }

    @Test
    @Proves(value = Reliability.HOSTILE_SETTINGS_FILES, how = "A directory where the .env file should be is "
            + "refused with a sentence, no exception text.")
    void unreadableFile() {
        Path directory = dir.resolve("adir");
        assertThatThrownBy(() -> EnvFile.read(Files.createDirectories(directory)))
                .isInstanceOf(SettingsException.class)
                .hasMessageContaining(directory.toString())
                .message().doesNotContain("Exception");
    }
}
