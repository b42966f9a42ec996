package io.aurelius.admin.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A dotenv file as the AURELIUS API reads its {@code api/.env}: {@code KEY=value} lines, blank lines,
 * {@code #} comments, optional {@code export }, single or double quotes around a value.
 * A line that is none of these is an error naming the file and the line number.
 */
public final class EnvFile {

    /** One value and the line it came from. */
    public record Entry(String value, int line) {
    }

    private static final Pattern LINE = Pattern.compile(
            "^\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*?)\\s*$");

    private final Path path;
    private final Map<String, Entry> entries;

    private EnvFile(Path path, Map<String, Entry> entries) {
        this.path = path;
        this.entries = entries;
    }

    public static EnvFile read(Path path) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (java.nio.charset.MalformedInputException e) {
            throw new SettingsException("The settings file " + path + " is not UTF-8 text; save it as UTF-8.");
        } catch (IOException e) {
            throw new SettingsException("Cannot read the settings file " + path + " (" + e.getMessage()
                    + "); check the path given to --env-file.");
        }
        return parse(path, lines);
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
                        + describeKeyOnly(trimmed) + "; fix or comment out that line.");
            }
            entries.put(m.group(1), new Entry(unquote(m.group(2), path, lineNo, m.group(1)), lineNo));
        }
        return new EnvFile(path, entries);
    }

    private static String describeKeyOnly(String trimmed) {
        // Never echo the line itself: it may hold a password.
        int eq = trimmed.indexOf('=');
        String key = eq > 0 ? trimmed.substring(0, eq).strip() : "";
        return key.matches("[A-Za-z_][A-Za-z0-9_]*") || key.isEmpty() ? "" : " (\"" + key + "\" is not a valid name)";
    }

    private static String unquote(String value, Path path, int lineNo, String key) {
        if (value.isEmpty()) {
            return value;
        }
        char q = value.charAt(0);
        if (q == '"' || q == '\'') {
            int end = value.indexOf(q, 1);
            if (end < 0) {
                throw new SettingsException("Line " + lineNo + " of " + path + " (" + key
                        + ") opens a quote it never closes; add the closing " + q + ".");
            }
            String rest = value.substring(end + 1).strip();
            if (!rest.isEmpty() && !rest.startsWith("#")) {
                throw new SettingsException("Line " + lineNo + " of " + path + " (" + key
                        + ") has text after its closing quote; remove it or quote the whole value.");
            }
            String inner = value.substring(1, end);
            return q == '"' ? inner.replace("\\n", "\n").replace("\\\"", "\"") : inner;
        }
        int hash = value.indexOf(" #");
        return hash >= 0 ? value.substring(0, hash).strip() : value;
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
