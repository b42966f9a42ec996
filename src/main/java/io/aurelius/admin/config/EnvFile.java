package io.aurelius.admin.config;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dotenv file as the AURELIUS API reads its {@code api/.env}: {@code KEY=value} lines, blank lines,
 * {@code #} comments, optional {@code export }, single or double quotes around a value, a {@code #} after
 * whitespace starting an inline comment in an unquoted value. Inside double quotes {@code \"}, {@code \\},
 * {@code \n}, {@code \r} and {@code \t} are escapes; inside single quotes only {@code \'} and {@code \\}.
 * A line that is none of these is an error naming the file and the line number; its text is never
 * repeated, because it may hold a password.
 */
public final class EnvFile {

    /** One value and the line it came from. */
    public record Entry(String value, int line) {
    }

    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=(.*)$");
    private static final Pattern LEADING_NAME = Pattern.compile("^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)");
    /** Names safe to repeat in a message about a malformed line (any other word might be a secret). */
    private static final Set<String> KNOWN_KEYS = Set.of("DB_HOST", "DB_PORT", "DB_NAME", "DB_USER",
            "DB_PASSWORD", "DB_ECHO", "DB_SSLMODE", "DB_POOL_SIZE", "DB_STATEMENT_TIMEOUT", "PGHOST", "PGPORT", "PGDATABASE", "PGUSER",
            "PGPASSWORD", "PGSSLMODE", "PGPASSFILE", "DATABASE_URL", "DB_SSLROOTCERT", "PGSSLROOTCERT");

    private final Path path;
    private final Map<String, Entry> entries;

    private EnvFile(Path path, Map<String, Entry> entries) {
        this.path = path;
        this.entries = entries;
    }

    /**
     * Reads a file of at most 1 MB of UTF-8 text (see {@link SettingsFiles}); a folder, pipe, device, binary
     * or larger file is refused with a sentence naming it and the fix.
     */
    public static EnvFile read(Path path) {
        byte[] bytes;
        try {
            bytes = SettingsFiles.read(path, "settings file");
        } catch (SettingsFiles.Unreadable e) {
            throw new SettingsException(e.sentence());
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new SettingsException("The settings file " + path + " holds NUL bytes, so it is binary, not"
                        + " text; point to the right file, or save it as UTF-8 text of KEY=value lines.");
            }
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new SettingsException("The settings file " + path + " is not UTF-8 text; save it as UTF-8.");
        }
        return parse(path, text.lines().toList());
    }

    static EnvFile parse(Path path, List<String> lines) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            if (i == 0 && raw.startsWith("\uFEFF")) {
                raw = raw.substring(1);
            }
            String trimmed = raw.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            Matcher m = LINE.matcher(raw);
            int lineNo = i + 1;
            if (!m.matches()) {
                throw new SettingsException("Line " + lineNo + " of " + path + " is not KEY=value"
                        + knownKeyHint(raw) + "; write it as KEY=value or comment it out with #.");
            }
            // the value is stripped here, not by the pattern: "(.*?)\\s*$" backtracks quadratically on a long line
            entries.put(m.group(1), new Entry(unquote(m.group(2).strip(), path, lineNo, m.group(1)), lineNo));
        }
        return new EnvFile(path, entries);
    }

    /** " (it starts with DB_PASSWORD)" when the line starts with a setting name we know; else nothing. */
    private static String knownKeyHint(String raw) {
        Matcher m = LEADING_NAME.matcher(raw);
        return m.find() && KNOWN_KEYS.contains(m.group(1)) ? " (it starts with " + m.group(1) + ")" : "";
    }

    private static String unquote(String value, Path path, int lineNo, String key) {
        if (value.isEmpty()) {
            return value;
        }
        char q = value.charAt(0);
        if (q != '"' && q != '\'') {
            return stripInlineComment(value);
        }
        StringBuilder inner = new StringBuilder();
        int i = 1;
        boolean closed = false;
        for (; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char next = value.charAt(i + 1);
                String decoded = q == '"' ? doubleQuotedEscape(next) : singleQuotedEscape(next);
                if (decoded != null) {
                    inner.append(decoded);
                    i++;
                    continue;
                }
            }
            if (c == q) {
                closed = true;
                break;
            }
            inner.append(c);
        }
        if (!closed) {
            throw new SettingsException("Line " + lineNo + " of " + path + " (" + key
                    + ") opens a quote it never closes; add the closing " + q + " at the end of the value.");
        }
        String rest = value.substring(i + 1).strip();
        if (!rest.isEmpty() && !rest.startsWith("#")) {
            throw new SettingsException("Line " + lineNo + " of " + path + " (" + key
                    + ") has text after its closing quote; remove it or quote the whole value.");
        }
        return inner.toString();
    }

    private static String stripInlineComment(String value) {
        for (int i = 1; i < value.length(); i++) {
            if (value.charAt(i) == '#' && Character.isWhitespace(value.charAt(i - 1))) {
                return value.substring(0, i).strip();
            }
        }
        return value;
    }

    private static String doubleQuotedEscape(char c) {
        return switch (c) {
            case '"' -> "\"";
            case '\\' -> "\\";
            case 'n' -> "\n";
            case 'r' -> "\r";
            case 't' -> "\t";
            case '\'' -> "'";
            default -> null;
        };
    }

    private static String singleQuotedEscape(char c) {
        return switch (c) {
            case '\'' -> "'";
            case '\\' -> "\\";
            default -> null;
        };
    }

    public Path path() {
        return path;
    }

    public Entry get(String key) {
        return entries.get(key);
    }

    public Map<String, Entry> entries() {
        return Map.copyOf(entries);
    }
}
