package io.aurelius.admin.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The text issue 8 throws at every field that reaches SQL, a file name or a command line: quotes, LIKE
 * wildcards, backslashes, semicolons, dollar quotes, NUL, 10,000 characters, right-to-left text and emoji, and
 * the path and URL tricks a name can hide. Each has a short label, so a failure names the string.
 */
public final class HostileStrings {

    /** 10,000 characters, the long string of the issue. */
    public static final String TEN_THOUSAND = "x".repeat(9_990) + "0123456789";
    /** The classic. */
    public static final String DROP_TABLE = "'; DROP TABLE strategies; --";
    /** Right-to-left text with emoji, and a right-to-left override that would flip what follows it. */
    public static final String RTL_EMOJI = "שלום 🚀 مرحبا 👩‍👩‍👧 \u202Egnp.exe";
    /** A NUL in the middle. */
    public static final String NUL = "ab\u0000cd";

    private static final Map<String, String> ALL = new LinkedHashMap<>();

    static {
        ALL.put("single quote", "O'Brien's");
        ALL.put("drop table", DROP_TABLE);
        ALL.put("double quotes", "\"quoted\" \"\"name");
        ALL.put("percent", "%");
        ALL.put("percent in text", "100% sure");
        ALL.put("underscore", "_");
        ALL.put("underscore in text", "a_b");
        ALL.put("backslash", "\\");
        ALL.put("backslashes", "C:\\temp\\x\\");
        ALL.put("like escape", "\\%\\_");
        ALL.put("semicolons", "a; SELECT pg_sleep(30); --");
        ALL.put("dollar quotes", "$$; DROP TABLE strategies; $$");
        ALL.put("dollar tag", "$x$ DELETE FROM strategies $x$");
        ALL.put("nul", NUL);
        ALL.put("only nul", "\u0000");
        ALL.put("ten thousand", TEN_THOUSAND);
        ALL.put("ten thousand wildcards", "%_'\\".repeat(2_500));
        ALL.put("rtl and emoji", RTL_EMOJI);
        ALL.put("emoji", "📈🚀");
        ALL.put("lone surrogate", "a\uD83Db");
        ALL.put("newline and tab", "line1\nline2\tend\r\n");
        ALL.put("path traversal", "../../x");
        ALL.put("absolute path", "/etc/passwd");
        ALL.put("windows traversal", "..\\..\\x");
        ALL.put("url parameters", "localhost/postgres?options=-c%20default_transaction_read_only%3Doff&sslmode=disable");
        ALL.put("colon and star", "*:*:*:*");
        ALL.put("everything", "'\"%_\\;$$\u0000🚀שלום\n");
    }

    private HostileStrings() {
    }

    /** Label -> string, in a fixed order. */
    public static Map<String, String> all() {
        return java.util.Collections.unmodifiableMap(ALL);
    }

    /** The strings alone. */
    public static List<String> values() {
        return List.copyOf(ALL.values());
    }

    /** For {@code @MethodSource}: (label, string) pairs. */
    public static Stream<Arguments> arguments() {
        return ALL.entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    /** The string shown in a test name or assertion: control characters visible, at most 60 characters. */
    public static String shown(String s) {
        StringBuilder b = new StringBuilder();
        s.codePoints().limit(60).forEach(cp -> {
            if (cp < 0x20 || cp == 0x7f || (cp >= 0x202a && cp <= 0x202e)) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return s.codePointCount(0, s.length()) > 60 ? b + "…" : b.toString();
    }
}
